// The overview's controller on a headless Cytoscape (issue 14): whom it leaves out of the drawing
// (the people of folded groups and their boxes), its discs and bundles over what is drawn, and a
// group opened when someone in it is chosen elsewhere. The canvas (GraphView) draws the document
// without `omitted` and then calls `apply`; here the test plays the canvas.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeOverview } from '../../src/core/layout/communities';
import type { NetworkDocument } from '../../src/core/document/types';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import type { Omitted } from '../../src/ui/graph/elements';
import { OverviewView } from '../../src/ui/graph/overview';
import { createStylesheet } from '../../src/ui/graph/stylesheet';
import { syncDocument } from '../../src/ui/graph/sync';

let cy: Core;
beforeEach(() => {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: createStylesheet({ overview: true }),
  });
});
afterEach(() => cy.destroy());

/** A canvas for the view: draws the document without whom the view leaves out, then applies. */
function show(doc: NetworkDocument) {
  const overview = computeOverview(doc, { seed: 3 });
  const asked: Omitted[] = [];
  const view: OverviewView = new OverviewView(
    cy,
    doc,
    overview,
    { groupLabel: ({ teamLabel, lead, count }) => `${teamLabel ?? lead} (${count})` },
    () => {},
    (omitted) => {
      asked.push(omitted);
      syncDocument(cy, doc, { omit: omitted });
      view.apply(doc);
    },
  );
  syncDocument(cy, doc, { omit: view.omitted(doc) });
  view.apply(doc);
  return { view, overview, asked };
}

describe('an overview of 400 people in 40 teams', () => {
  const doc = createSyntheticNetwork({ actors: 400, seed: 4, positions: true });

  it('draws only its folded teams as discs: no person, no team box, no tie of theirs', () => {
    const { view, overview } = show(doc);
    expect(overview.groups.source).toBe('document');
    const omitted = view.omitted(doc);
    const inTeams = doc.actors.filter((a) => a.group !== undefined);
    expect(omitted.actors.size).toBe(inTeams.length);
    expect(cy.nodes('.actor')).toHaveLength(doc.actors.length - inTeams.length);
    expect(cy.nodes('.group')).toHaveLength(0); // every team's people are folded away
    expect(cy.nodes('.ov-group.ov-folded')).toHaveLength(overview.groups.count);
    const members = cy.nodes('.ov-group').map((n) => Number(n.data('members')));
    expect(members.reduce((s, k) => s + k, 0)).toBe(inTeams.length);
    // Ties of folded people are bundles between discs (or a disc and someone drawn), never ties.
    cy.edges('.tie').forEach((tie) => {
      expect(omitted.actors.has(tie.source().id().slice(2))).toBe(false);
      expect(omitted.actors.has(tie.target().id().slice(2))).toBe(false);
    });
    expect(cy.edges('.ov-bundle').length).toBeGreaterThan(0);
  });

  it('opens a group on request: its people and box drawn, the rest still folded', () => {
    const { view, overview, asked } = show(doc);
    // The other discs and their links stay the elements they were: updated, not drawn anew.
    const element = (id: string) => cy.getElementById(id)[0];
    const other = element('ov:g:1');
    const link = cy.edges('.ov-bundle').filter((e) => !e.connectedNodes('#ov\\:g\\:0').length)[0]!;
    view.setFolded(false, 0);
    // (Compared as booleans: a failing toBe would print two whole Cytoscape elements.)
    expect(element('ov:g:1') === other).toBe(true);
    expect(element(link.id()) === link).toBe(true);
    expect(element('ov:g:0')!.hasClass('ov-open')).toBe(true);
    expect(asked).toHaveLength(1);
    const team = overview.groups.ids[0]!;
    const people = doc.actors.filter((a) => a.group === team).map((a) => a.id);
    for (const id of people) expect(cy.getElementById(`a:${id}`).nonempty()).toBe(true);
    expect(cy.getElementById(`g:${team}`).nonempty()).toBe(true);
    expect(cy.nodes('.ov-group.ov-open')).toHaveLength(1);
    expect(cy.nodes('.ov-group.ov-folded')).toHaveLength(overview.groups.count - 1);
    // Folding it again takes them out; the discs, now worked out on the page, stand where the
    // worker's first ones stood.
    view.setFolded(true, 0);
    for (const id of people) expect(cy.getElementById(`a:${id}`).empty()).toBe(true);
    overview.folded.forEach((disc, g) => {
      const node = cy.getElementById(`ov:g:${g}`);
      expect(node.position('x')).toBeCloseTo(disc.x, 6);
      expect(node.position('y')).toBeCloseTo(disc.y, 6);
      expect(Number(node.data('diameter'))).toBeCloseTo(2 * disc.r, 6);
    });
  });

  it('opens the group of someone chosen elsewhere, and only when it is folded', () => {
    const { view, overview } = show(doc);
    const someone = doc.actors.find((a) => a.group === overview.groups.ids[5])!;
    expect(cy.getElementById(`a:${someone.id}`).empty()).toBe(true);
    expect(view.reveal(someone.id)).toBe(true);
    expect(cy.getElementById(`a:${someone.id}`).nonempty()).toBe(true);
    expect(view.isFolded(5)).toBe(false);
    expect(view.reveal(someone.id)).toBe(false); // already open
    const outside = doc.actors.find((a) => a.group === undefined);
    if (outside) expect(view.reveal(outside.id)).toBe(false);
  });

  it('keeps a box drawn while anyone in it is drawn (an organisation over an open team)', () => {
    const nested: NetworkDocument = {
      ...doc,
      groups: [
        { id: 'org', kind: 'organisation' },
        ...doc.groups.map((g) => ({ ...g, parent: 'org' })),
      ],
    };
    const { view } = show(nested);
    // Under one organisation there is one top-level group: the overview finds communities.
    const omitted = view.omitted(nested);
    const drawnTeams = nested.groups.filter(
      (g) =>
        g.id !== 'org' && nested.actors.some((a) => a.group === g.id && !omitted.actors.has(a.id)),
    );
    for (const g of drawnTeams) expect(omitted.groups.has(g.id)).toBe(false);
    if (drawnTeams.length > 0) expect(omitted.groups.has('org')).toBe(false);
    else expect(omitted.groups.has('org')).toBe(true);
  });
});
