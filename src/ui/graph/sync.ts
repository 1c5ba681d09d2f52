// The one place where Cytoscape is synced from the document: a keyed diff inside cy.batch(),
// so an edit touches only the elements it changed and positions follow the document.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { NetworkDocument } from '../../core/document/types';
import { actorElementId, toElements } from './elements';

export interface SyncReport {
  added: number;
  removed: number;
  updated: number;
  /** Actors the document gives no position: they need a layout. */
  unplaced: number;
}

const sameData = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys({ ...a, ...b }).every((k) => k === 'parent' || a[k] === b[k]);

/** A node's parent is set with move(), never through data(). */
function withoutParent(data: ElementDefinition['data']): ElementDefinition['data'] {
  const { parent: _parent, ...rest } = data;
  return rest as ElementDefinition['data'];
}

export function syncDocument(cy: Core, doc: NetworkDocument): SyncReport {
  const defs = toElements(doc);
  const wanted = new Map<string, ElementDefinition>();
  for (const def of defs) wanted.set(def.data.id as string, def);
  const report: SyncReport = { added: 0, removed: 0, updated: 0, unplaced: 0 };

  cy.batch(() => {
    // Edges whose endpoints changed cannot be updated in place: remove and re-add them.
    cy.edges().forEach((edge) => {
      const def = wanted.get(edge.id());
      if (
        !def ||
        def.data.source !== edge.data('source') ||
        def.data.target !== edge.data('target')
      ) {
        edge.remove();
        report.removed += 1;
      }
    });
    const nodeDefs = defs.filter((d) => d.group === 'nodes');
    for (const def of nodeDefs) {
      const id = def.data.id as string;
      if (cy.getElementById(id).empty()) {
        cy.add({ group: 'nodes', data: withoutParent(def.data), classes: def.classes });
        report.added += 1;
      }
    }
    for (const def of nodeDefs) {
      let node = cy.getElementById(def.data.id as string) as NodeSingular;
      const parent = (def.data.parent as string | undefined) ?? null;
      const current = node.parent().nonempty() ? node.parent().first().id() : null;
      if (parent !== current) node = node.move({ parent }) as unknown as NodeSingular;
      if (!sameData(node.data(), def.data)) {
        node.data(withoutParent(def.data));
        report.updated += 1;
      }
      if ((node.classes() as unknown as string[]).join(' ') !== def.classes)
        node.classes(def.classes as string);
    }
    cy.nodes().forEach((node) => {
      if (!wanted.has(node.id()) && node.inside()) {
        // Children still wanted were moved out above; what is left goes with it.
        report.removed += node.descendants().length + 1;
        node.remove();
      }
    });
    for (const def of defs) {
      if (def.group !== 'edges') continue;
      const edge = cy.getElementById(def.data.id as string);
      if (edge.empty()) {
        cy.add(def);
        report.added += 1;
      } else {
        if (!sameData(edge.data(), def.data)) {
          edge.data(def.data);
          report.updated += 1;
        }
        if ((edge.classes() as unknown as string[]).join(' ') !== def.classes)
          edge.classes(def.classes as string);
      }
    }
    for (const actor of doc.actors) {
      const node = cy.getElementById(actorElementId(actor.id));
      if (!actor.position) {
        report.unplaced += 1;
        continue;
      }
      const at = node.position();
      if (at.x !== actor.position.x || at.y !== actor.position.y)
        node.position({ x: actor.position.x, y: actor.position.y });
    }
  });
  return report;
}

/** Positions of the actor nodes as drawn, for the actors whose drawn position differs from the document. */
export function movedActors(
  cy: Core,
  doc: NetworkDocument,
): { id: string; position: { x: number; y: number } }[] {
  const moves: { id: string; position: { x: number; y: number } }[] = [];
  for (const actor of doc.actors) {
    const node = cy.getElementById(actorElementId(actor.id));
    if (node.empty()) continue;
    const { x, y } = node.position();
    if (
      !actor.position ||
      Math.abs(actor.position.x - x) > 1e-6 ||
      Math.abs(actor.position.y - y) > 1e-6
    ) {
      moves.push({ id: actor.id, position: { x, y } });
    }
  }
  return moves;
}
