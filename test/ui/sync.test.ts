// The document → Cytoscape sync, on a headless Cytoscape in Node: what is drawn always matches
// the document after any change, odd ids included.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentOf as doc, nestedTeams } from '../helpers/documents';
import { createExampleDocument } from '../../src/core/example/qic-example';
import {
  actorElementId,
  groupElementId,
  tieElementId,
  toElements,
} from '../../src/ui/graph/elements';
import {
  SYNC_CHUNK,
  SYNC_FRAMES,
  mostlyNew,
  movedActors,
  syncChunk,
  syncDocument,
} from '../../src/ui/graph/sync';

let cy: Core;
beforeEach(() => {
  cy = cytoscape({ headless: true });
});
afterEach(() => cy.destroy()); // a headless instance keeps Node alive otherwise

/** What is drawn, as comparable data: node → parent, edge → endpoints. */
function drawn() {
  return {
    nodes: Object.fromEntries(
      cy.nodes().map((n) => [n.id(), n.parent().nonempty() ? n.parent().first().id() : null]),
    ),
    edges: Object.fromEntries(
      cy.edges().map((e) => [e.id(), `${e.source().id()}→${e.target().id()}`]),
    ),
  };
}

describe('syncDocument', () => {
  it('draws every group, actor and tie of the example, nested as the document says', () => {
    const example = createExampleDocument();
    const { report } = syncDocument(cy, example);
    expect(cy.nodes('.actor')).toHaveLength(example.actors.length);
    expect(cy.nodes('.group')).toHaveLength(example.groups.length);
    expect(cy.edges()).toHaveLength(example.ties.length);
    expect(report.unplaced).toBe(example.actors.length);
    expect(cy.getElementById(actorElementId('team-ortho-c')).parent().first().id()).toBe(
      groupElementId('team-ortho'),
    );
    expect(cy.getElementById(groupElementId('team-ortho')).parent().first().id()).toBe(
      groupElementId('org-hospital'),
    );
  });

  it('follows a change of group, label, removal and a new tie, and matches a fresh drawing', () => {
    const before = doc({
      groups: [
        { id: 'g1', kind: 'team' },
        { id: 'g2', kind: 'team' },
      ],
      actors: [
        { id: 'a', role: 'member', group: 'g1' },
        { id: 'b', role: 'member', group: 'g1' },
        { id: 'c', role: 'manager' },
      ],
      ties: [{ id: 't1', source: 'a', target: 'b', kind: 'leadership', weight: 1 }],
    });
    syncDocument(cy, before);
    const after = doc({
      groups: [{ id: 'g2', kind: 'team', label: 'Renamed' }],
      actors: [
        { id: 'a', role: 'member', group: 'g2' },
        { id: 'c', role: 'coordinator', group: 'g2' },
      ],
      ties: [{ id: 't2', source: 'c', target: 'a', kind: 'support', weight: 0.5 }],
    });
    syncDocument(cy, after);
    const fresh = cytoscape({ headless: true });
    const saved = cy;
    cy = fresh;
    syncDocument(cy, after);
    const expected = drawn();
    cy = saved;
    fresh.destroy();
    expect(drawn()).toEqual(expected);
    expect(cy.getElementById(groupElementId('g2')).data('label')).toBe('Renamed');
    expect(cy.getElementById(actorElementId('c')).hasClass('role-coordinator')).toBe(true);
    expect(cy.getElementById(tieElementId('t2')).hasClass('kind-support')).toBe(true);
  });

  it('keeps ids such as __proto__ and constructor, and an actor sharing an id with a group', () => {
    const odd = doc({
      groups: [{ id: '__proto__', kind: 'team' }],
      actors: [
        { id: '__proto__', role: 'member', group: '__proto__' },
        { id: 'constructor', role: 'member', group: '__proto__', position: { x: 5, y: 6 } },
      ],
      ties: [
        {
          id: 'toString',
          source: '__proto__',
          target: 'constructor',
          kind: 'leadership',
          weight: 1,
        },
      ],
    });
    const { report } = syncDocument(cy, odd);
    expect(report.unplaced).toBe(1);
    expect(cy.getElementById(actorElementId('__proto__')).parent().first().id()).toBe(
      groupElementId('__proto__'),
    );
    expect(cy.getElementById(actorElementId('constructor')).position()).toEqual({ x: 5, y: 6 });
    expect(cy.getElementById(tieElementId('toString')).source().id()).toBe(
      actorElementId('__proto__'),
    );
  });

  it('moves nodes to the positions of the document, and reports drawn positions that differ', () => {
    const placed = doc({
      actors: [
        { id: 'a', role: 'member', position: { x: 1, y: 2 } },
        { id: 'b', role: 'member', position: { x: 3, y: 4 } },
      ],
    });
    syncDocument(cy, placed);
    expect(movedActors(cy, placed)).toEqual([]);
    cy.getElementById(actorElementId('b')).position({ x: 30, y: 40 });
    expect(movedActors(cy, placed)).toEqual([{ id: 'b', position: { x: 30, y: 40 } }]);
    syncDocument(cy, placed);
    expect(cy.getElementById(actorElementId('b')).position()).toEqual({ x: 3, y: 4 });
  });
});

describe('syncDocument a chunk at a time', () => {
  const big = () =>
    doc({
      groups: [
        { id: 'g1', kind: 'team' },
        { id: 'g2', kind: 'team', parent: 'g1' },
      ],
      actors: Array.from({ length: 30 }, (_, i) => ({
        id: `a${i}`,
        role: 'member' as const,
        group: i % 3 === 0 ? undefined : i % 3 === 1 ? 'g1' : 'g2',
        position: { x: i, y: 2 * i },
      })),
      ties: Array.from({ length: 40 }, (_, i) => ({
        id: `t${i}`,
        source: `a${i % 30}`,
        target: `a${(i * 7 + 1) % 30}`,
        kind: 'leadership' as const,
        weight: 1,
      })),
    });

  it('adds everything in chunks and ends with the same drawing as one sync, positions included', () => {
    const network = big();
    const { report, more } = syncDocument(cy, network, { chunk: 7 });
    expect(report.added).toBe(2 + 30 + 40);
    expect(report.pending).toBe(2 + 30 + 40 - 7);
    expect(cy.elements()).toHaveLength(7);
    let left = report.pending;
    let steps = 0;
    while (left > 0) {
      left = more();
      steps += 1;
      expect(cy.elements()).toHaveLength(72 - left);
    }
    expect(steps).toBe(Math.ceil((72 - 7) / 7));
    const chunked = drawn();
    const positions = cy.nodes('.actor').map((n) => [n.id(), n.position()]);
    const fresh = cytoscape({ headless: true });
    const saved = cy;
    cy = fresh;
    syncDocument(cy, network);
    expect(chunked).toEqual(drawn());
    expect(positions).toEqual(cy.nodes('.actor').map((n) => [n.id(), n.position()]));
    cy = saved;
    fresh.destroy();
  });

  it('lets a newer sync take over from one left half-way', () => {
    const network = big();
    syncDocument(cy, network, { chunk: 10 }).more(); // 20 of 72 added, then another document comes
    const next = doc({
      ...network,
      actors: network.actors.filter((a) => a.id !== 'a0'),
      ties: network.ties.filter((t) => t.source !== 'a0' && t.target !== 'a0'),
    });
    const { more } = syncDocument(cy, next, { chunk: 10 });
    while (more() > 0);
    const converged = drawn();
    const fresh = cytoscape({ headless: true });
    const saved = cy;
    cy = fresh;
    syncDocument(cy, next);
    expect(converged).toEqual(drawn());
    cy = saved;
    fresh.destroy();
  });
});

describe('syncDocument moving nodes a chunk at a time', () => {
  it('moves every node to its new place over several calls, after the same adds', () => {
    const placed = (dx: number) =>
      doc({
        actors: Array.from({ length: 12 }, (_, i) => ({
          id: `a${i}`,
          role: 'member' as const,
          position: { x: i + dx, y: i },
        })),
      });
    syncDocument(cy, placed(0));
    const { report, more } = syncDocument(cy, placed(100), { chunk: 5 });
    expect(report.pending).toBe(12);
    expect(cy.nodes().filter((n) => n.position().x >= 100)).toHaveLength(0);
    expect(more()).toBe(7);
    expect(cy.nodes().filter((n) => n.position().x >= 100)).toHaveLength(5);
    while (more() > 0);
    expect(movedActors(cy, placed(100))).toEqual([]);
  });
});

describe('the chunk of a framed sync', () => {
  it('fills any drawing in at most SYNC_FRAMES frames, and never in chunks below SYNC_CHUNK', () => {
    for (const elements of [1_300, 3_600, 12_000, 30_000, 110_000]) {
      const chunk = syncChunk(elements);
      expect(chunk).toBeGreaterThanOrEqual(SYNC_CHUNK);
      expect(Math.ceil(elements / chunk), `${elements} elements`).toBeLessThanOrEqual(SYNC_FRAMES);
    }
    expect(syncChunk(3_600)).toBe(SYNC_CHUNK); // 600 people: as before
    expect(syncChunk(30_000)).toBe(3_750); // 5,000 people and 25,000 ties: 8 frames, not 50
  });
});

describe('leaving people out of the drawing (an overview’s folded groups)', () => {
  const network = nestedTeams;
  const omitT1 = { actors: new Set(['a', 'b']), groups: new Set(['t1']) };

  it('draws neither the people left out, nor their box, nor any tie of theirs', () => {
    syncDocument(cy, network(), { omit: omitT1 });
    expect(drawn()).toEqual({
      nodes: {
        [groupElementId('org')]: null,
        [groupElementId('t2')]: groupElementId('org'),
        [groupElementId('empty')]: null,
        [actorElementId('c')]: groupElementId('t2'),
        [actorElementId('m')]: null,
      },
      edges: { [tieElementId('mc')]: `${actorElementId('m')}→${actorElementId('c')}` },
    });
  });

  it('adds them when a group opens and takes them out when it folds, as a fresh drawing would', () => {
    const d = network();
    syncDocument(cy, d, { omit: omitT1 });
    const { report } = syncDocument(cy, d, { omit: null });
    expect(report.added).toBe(5); // t1, a, b and the ties ab, bc
    const fresh = cytoscape({ headless: true });
    syncDocument(fresh, d);
    const whole = drawn();
    const other = cy;
    cy = fresh;
    expect(drawn()).toEqual(whole);
    cy = other;
    fresh.destroy();
    expect(cy.getElementById(actorElementId('b')).position()).toEqual({ x: 10, y: 0 });
    const folded = syncDocument(cy, d, { omit: omitT1 }).report;
    expect(folded.removed).toBe(5);
    expect(cy.getElementById(actorElementId('a')).empty()).toBe(true);
    expect(cy.getElementById(tieElementId('bc')).empty()).toBe(true);
  });

  it('toElements leaves a box’s parent out when the parent is left out', () => {
    const defs = toElements(network(), {
      omit: { actors: new Set(['a', 'b', 'c']), groups: new Set(['org', 't1', 't2']) },
    });
    expect(defs.map((d) => d.data.id)).toEqual([groupElementId('empty'), actorElementId('m')]);
  });
});

describe('telling another network from an edit', () => {
  const example = createExampleDocument();
  it('calls the first drawing and a network with mostly other people and ties new', () => {
    expect(mostlyNew(null, example)).toBe(true);
    const other = doc({ actors: [{ id: 'x', role: 'member' }], ties: [] });
    expect(mostlyNew(example, other)).toBe(true);
  });
  it('calls an edit (a person added, a tie removed, everyone moved) not new', () => {
    const edited = {
      ...example,
      actors: [
        ...example.actors.map((a) => ({ ...a, position: { x: 1, y: 2 } })),
        { id: 'new-person', role: 'member' as const },
      ],
      ties: example.ties.slice(1),
    };
    expect(mostlyNew(example, edited)).toBe(false);
  });
});
