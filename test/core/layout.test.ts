// Layouts the user applies to the drawing: positions come back in `doc.actors` order as
// [x0, y0, x1, y1, …]; the tier layouts show who leads whom by place (hierarchy: top-down;
// concentric: by ring), and ForceAtlas2 is reproducible from its seed.
import { describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { communityLayout, overviewGroups } from '../../src/core/layout/communities';
import { forceAtlas2Layout } from '../../src/core/layout/forceatlas2';
import { concentricLayout, hierarchyLayout } from '../../src/core/layout/tiers';
import { makeDocument } from '../helpers/documents';

type Layout = (doc: NetworkDocument) => Float64Array;

const LAYOUTS: [string, Layout][] = [
  ['hierarchy', (doc) => hierarchyLayout(doc)],
  ['concentric, managers outside', (doc) => concentricLayout(doc, { outer: 'managers' })],
  ['concentric, members outside', (doc) => concentricLayout(doc, { outer: 'members' })],
  ['forceatlas2', (doc) => forceAtlas2Layout(doc, { seed: 7 })],
  ['by communities', (doc) => communityLayout(doc, overviewGroups(doc, 7), { seed: 7 })],
];

const example = createExampleDocument();

function point(positions: Float64Array, i: number) {
  return { x: positions[2 * i]!, y: positions[2 * i + 1]! };
}

function pointsById(doc: NetworkDocument, positions: Float64Array) {
  return new Map(doc.actors.map((a, i) => [a.id, point(positions, i)]));
}

function closestPair(positions: Float64Array): number {
  let closest = Infinity;
  const n = positions.length / 2;
  for (let i = 0; i < n; i += 1)
    for (let j = i + 1; j < n; j += 1) {
      const a = point(positions, i);
      const b = point(positions, j);
      closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
    }
  return closest;
}

/** Actors with no group at all, one of each role tier and one unknown role. */
const ungrouped = makeDocument(
  [
    ['m1', 'member'],
    ['c1', 'coordinator'],
    ['boss', 'manager'],
    ['other', 'friend'],
    ['m2', 'member'],
  ],
  [
    ['m1', 'c1', 'leadership'],
    ['m2', 'c1', 'leadership'],
    ['c1', 'boss', 'support'],
  ],
);

describe.each(LAYOUTS)('%s layout', (_name, layout) => {
  it('gives every actor of the example one finite position, none on top of another', () => {
    const positions = layout(example);
    expect(positions).toBeInstanceOf(Float64Array);
    expect(positions).toHaveLength(2 * example.actors.length);
    expect(positions.every(Number.isFinite)).toBe(true);
    expect(closestPair(positions)).toBeGreaterThan(1);
  });

  it('handles an empty document', () => {
    expect(layout(makeDocument([]))).toHaveLength(0);
  });

  it('handles a single actor', () => {
    const positions = layout(makeDocument([['only', 'member']]));
    expect(positions).toHaveLength(2);
    expect(positions.every(Number.isFinite)).toBe(true);
  });

  it('handles actors that belong to no group', () => {
    const positions = layout(ungrouped);
    expect(positions).toHaveLength(2 * ungrouped.actors.length);
    expect(positions.every(Number.isFinite)).toBe(true);
    expect(closestPair(positions)).toBeGreaterThan(1);
  });

  it('does not change the document', () => {
    const before = structuredClone(example);
    layout(example);
    expect(example).toStrictEqual(before);
  });
});

describe('hierarchy layout', () => {
  const at = pointsById(example, hierarchyLayout(example));
  const y = (id: string) => at.get(id)!.y;
  const groupOf = new Map(example.groups.map((g) => [g.id, g]));
  const actorsIn = (groupId: string, role: string) =>
    example.actors.filter((a) => a.group === groupId && a.role === role).map((a) => a.id);
  const teams = example.groups.filter((g) => g.kind === 'team');

  it('puts every manager above every coordinator of its organisation', () => {
    let compared = 0;
    for (const team of teams) {
      const managers = actorsIn(team.parent!, 'manager');
      expect(managers.length).toBeGreaterThan(0);
      for (const manager of managers)
        for (const coordinator of actorsIn(team.id, 'coordinator')) {
          expect(y(manager)).toBeLessThan(y(coordinator));
          compared += 1;
        }
    }
    expect(compared).toBe(teams.length);
  });

  it('puts every coordinator above the members of its team', () => {
    for (const team of teams) {
      const members = actorsIn(team.id, 'member');
      expect(members.length).toBeGreaterThan(0);
      for (const coordinator of actorsIn(team.id, 'coordinator'))
        for (const member of members) expect(y(coordinator)).toBeLessThan(y(member));
    }
  });

  it('puts the actors of a group above every actor of the groups nested in it', () => {
    const isUnder = (groupId: string | undefined, ancestor: string): boolean => {
      for (let g = groupId; g !== undefined; g = groupOf.get(g)?.parent)
        if (groupOf.get(g)?.parent === ancestor) return true;
      return false;
    };
    for (const upper of example.actors)
      for (const lower of example.actors)
        if (upper.group !== undefined && isUnder(lower.group, upper.group))
          expect(y(upper.id)).toBeLessThan(y(lower.id));
  });

  it('orders actors without a group by role tier too: managers, then coordinators, then others', () => {
    const loose = pointsById(ungrouped, hierarchyLayout(ungrouped));
    const ly = (id: string) => loose.get(id)!.y;
    expect(ly('boss')).toBeLessThan(ly('c1'));
    for (const member of ['m1', 'm2', 'other']) expect(ly('c1')).toBeLessThan(ly(member));
  });
});

describe('concentric layout', () => {
  const radii = (doc: NetworkDocument, outer: 'managers' | 'members') => {
    const at = pointsById(doc, concentricLayout(doc, { outer }));
    const r = (role: string) =>
      doc.actors
        .filter((a) => a.role === role)
        .map((a) => Math.hypot(at.get(a.id)!.x, at.get(a.id)!.y));
    return { manager: r('manager'), coordinator: r('coordinator'), member: r('member') };
  };

  it('with managers outside: managers on a larger ring than coordinators, coordinators larger than members', () => {
    const r = radii(example, 'managers');
    expect(Math.min(...r.manager)).toBeGreaterThan(Math.max(...r.coordinator));
    expect(Math.min(...r.coordinator)).toBeGreaterThan(Math.max(...r.member));
  });

  it('with members outside: the reverse order', () => {
    const r = radii(example, 'members');
    expect(Math.min(...r.member)).toBeGreaterThan(Math.max(...r.coordinator));
    expect(Math.min(...r.coordinator)).toBeGreaterThan(Math.max(...r.manager));
  });

  /**
   * `organizations` organisations with a manager and one team each (a coordinator and two
   * members); the first team is much larger, so the actors' angular anchors are uneven.
   */
  function collaborative(organizations: number, bigTeam: number): NetworkDocument {
    const groups: { id: string; kind: string; parent?: string }[] = [];
    const actors: [string, string, string][] = [];
    for (let o = 0; o < organizations; o += 1) {
      groups.push({ id: `org${o}`, kind: 'organization' });
      groups.push({ id: `team${o}`, kind: 'team', parent: `org${o}` });
      actors.push([`mgr${o}`, 'manager', `org${o}`], [`c${o}`, 'coordinator', `team${o}`]);
      for (let m = 0; m < (o === 0 ? bigTeam : 2); m += 1)
        actors.push([`m${o}-${m}`, 'member', `team${o}`]);
    }
    return makeDocument(actors, [], groups);
  }

  // Neighbours on a ring are meant to be `spacing` (110) apart along the arc; on rings of
  // radius ≥ 170 the straight-line distance is then at least 2·170·sin(55/170) ≈ 108.
  it.each([
    ['the example', example],
    ['nine organisations, one with a team of 30', collaborative(9, 30)],
    ['twelve organisations, one with a team of 30', collaborative(12, 30)],
    ['eight organisations, one with a team of 60', collaborative(8, 60)],
  ])('keeps neighbours on a ring apart for %s, with either tier outside', (_name, doc) => {
    for (const outer of ['managers', 'members'] as const)
      expect(closestPair(concentricLayout(doc, { outer }))).toBeGreaterThan(100);
  });

  it('puts managers outside by default', () => {
    expect(concentricLayout(example)).toEqual(concentricLayout(example, { outer: 'managers' }));
  });

  it('keeps the role rings for actors without a group', () => {
    const r = radii(ungrouped, 'managers');
    expect(Math.min(...r.manager)).toBeGreaterThan(Math.max(...r.coordinator));
    expect(Math.min(...r.coordinator)).toBeGreaterThan(Math.max(...r.member));
  });
});

describe('ForceAtlas2 layout', () => {
  it('gives the same positions for the same seed', () => {
    expect(forceAtlas2Layout(example, { seed: 11 })).toEqual(
      forceAtlas2Layout(example, { seed: 11 }),
    );
  });

  it('gives different positions for another seed', () => {
    const a = forceAtlas2Layout(example, { seed: 11 });
    const b = forceAtlas2Layout(example, { seed: 12 });
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it('reports progress that rises to 1', () => {
    const seen: number[] = [];
    forceAtlas2Layout(example, { iterations: 35, onProgress: (done) => seen.push(done) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
    expect(seen.every((done) => done > 0 && done <= 1)).toBe(true);
  });
});
