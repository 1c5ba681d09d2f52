// Group-level measures (DESIGN §4): small teams worked out by hand, the example's teams as
// designed, and the Python definitions of test/fixtures/make-network-metrics-fixture.py.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { computeMetrics } from '../../src/core/metrics/compute';
import { toMetricsJson } from '../../src/core/metrics/output';
import { makeDocument } from '../helpers/documents';
import { ROOT, exampleFile, groupValues } from '../helpers/metric-values';

type Values = Record<string, number | null>;
const fixture = JSON.parse(readFileSync(`${ROOT}test/fixtures/network-metrics.json`, 'utf8')) as {
  example: {
    all: { groups: Record<string, Values> };
    leadership: { groups: Record<string, Values> };
  };
};

type Tie = [string, string, string, number?];

/** Team `t` (inside `org`) of the given actors, the first its coordinator; `extra` actors. */
function team(members: string[], ties: Tie[], extra: [string, string, string?][] = []) {
  return makeDocument(
    [
      ...members.map((id, i): [string, string, string] => [
        id,
        i === 0 ? 'coordinator' : 'member',
        't',
      ]),
      ...extra,
    ],
    ties,
    [
      { id: 'org', kind: 'organization' },
      { id: 't', kind: 'team', parent: 'org' },
    ],
  );
}

describe('group measures worked out by hand', () => {
  it('a star: everyone looks to the coordinator', () => {
    // m1, m2, m3 → c with weights 1, 0.5, 0.5; n = 4, n(n−1) = 12.
    // density 3/12 = 0.25; valuedDensity 2/12 = 1/6.
    // in-degrees c 3, others 0: Σ(3 − d) = 9, / 3² = 1.
    // in-strengths c 2, others 0: Σ(2 − s) = 6, / 9 = 2/3.
    // Gini of [0, 0, 0, 3]: Σᵢⱼ|xᵢ − xⱼ| = 2·3·3 = 18, / (2·16·0.75) = 0.75.
    // reciprocity 0/3; no outside ties: E-I (0 − 3)/3 = −1. Mean in-degree 3 arcs / 4 = 0.75.
    // distributedLeadership = D · (1 − ζZ) = 1/6 · (1 − 0.5 · 2/3) = 1/9.
    const values = groupValues(
      team(
        ['c', 'm1', 'm2', 'm3'],
        [
          ['m1', 'c', 'leadership', 1],
          ['m2', 'c', 'leadership', 0.5],
          ['m3', 'c', 'leadership', 0.5],
        ],
      ),
      't',
    );
    expect(values).toMatchObject({
      actors: 4,
      density: 0.25,
      meanInDegree: 0.75,
      inCentralization: 1,
      reciprocity: 0,
    });
    expect(values.valuedDensity).toBeCloseTo(1 / 6, 15);
    expect(values.inStrengthCentralization).toBeCloseTo(2 / 3, 15);
    expect(values.giniInDegree).toBeCloseTo(0.75, 15);
    expect(values.eiIndex).toBe(-1);
    expect(values.distributedLeadership).toBeCloseTo(1 / 9, 15);
  });

  it('a dense reciprocal team: everything shared', () => {
    // a, b, c all look to each other with weight 1: density 1, valuedDensity 1, all in-degrees
    // 2 (mean in-degree 2, centralizations 0, Gini 0), reciprocity 1,
    // distributedLeadership = 1 · (1 − 0) = 1.
    const ties: Tie[] = [];
    for (const s of ['a', 'b', 'c'])
      for (const t of ['a', 'b', 'c']) if (s !== t) ties.push([s, t, 'leadership']);
    expect(groupValues(team(['a', 'b', 'c'], ties), 't')).toMatchObject({
      actors: 3,
      density: 1,
      meanInDegree: 2,
      valuedDensity: 1,
      inCentralization: 0,
      inStrengthCentralization: 0,
      giniInDegree: 0,
      reciprocity: 1,
      distributedLeadership: 1,
    });
  });

  it('a chain: a looks to b, b to c', () => {
    // density 2/6 = 1/3; in-degrees [0, 1, 1]: Σ(1 − d) = 1, / 2² = 1/4;
    // Gini: Σᵢⱼ|xᵢ − xⱼ| = 2·(1 + 1 + 0) = 4, / (2·9·(2/3)) = 1/3; reciprocity 0.
    // Weights 0.8 and 0.4: valuedDensity 1.2/6 = 0.2; in-strengths [0, 0.8, 0.4]:
    // Σ(0.8 − s) = 0.8 + 0.4 = 1.2, / 4 = 0.3; distributedLeadership = 0.2 · (1 − 0.15) = 0.17.
    // Mean in-degree 2 arcs / 3.
    const values = groupValues(
      team(
        ['a', 'b', 'c'],
        [
          ['a', 'b', 'leadership', 0.8],
          ['b', 'c', 'leadership', 0.4],
        ],
      ),
      't',
    );
    expect(values.density).toBeCloseTo(1 / 3, 15);
    expect(values.inCentralization).toBeCloseTo(1 / 4, 15);
    expect(values.giniInDegree).toBeCloseTo(1 / 3, 15);
    expect(values.valuedDensity).toBeCloseTo(0.2, 15);
    expect(values.inStrengthCentralization).toBeCloseTo(0.3, 15);
    expect(values.distributedLeadership).toBeCloseTo(0.17, 15);
    expect(values.meanInDegree).toBeCloseTo(2 / 3, 15);
    expect(values.reciprocity).toBe(0);
  });

  it('coordinatorDependence: a coordinator who is a cut point', () => {
    // m1 → c → m2 ↔ m3. Pairs of non-coordinators reachable now: (m1,m2), (m1,m3) through c,
    // (m2,m3), (m3,m2) directly: 4. Without c: m1 reaches no one: 2 lost, 2/4 = 0.5.
    const doc = team(
      ['c', 'm1', 'm2', 'm3'],
      [
        ['m1', 'c', 'leadership'],
        ['c', 'm2', 'leadership'],
        ['m2', 'm3', 'leadership'],
        ['m3', 'm2', 'leadership'],
      ],
    );
    expect(groupValues(doc, 't').coordinatorDependence).toBe(0.5);
  });

  it('coordinatorDependence: 0 when members reach each other without the coordinator', () => {
    // m1 → c → m2 and m1 → m2: (m1, m2) survives; (m2, m1) was never reachable: 0/1.
    const doc = team(
      ['c', 'm1', 'm2'],
      [
        ['m1', 'c', 'leadership'],
        ['c', 'm2', 'leadership'],
        ['m1', 'm2', 'leadership'],
      ],
    );
    expect(groupValues(doc, 't').coordinatorDependence).toBe(0);
  });

  it('coordinatorDependence: null when no two members reach each other, and without a coordinator', () => {
    // Only m1 → c and m2 → c: no pair of non-coordinators is reachable at all.
    const star = team(
      ['c', 'm1', 'm2'],
      [
        ['m1', 'c', 'leadership'],
        ['m2', 'c', 'leadership'],
      ],
    );
    expect(groupValues(star, 't').coordinatorDependence).toBeNull();
    // A team of members only: a → b is reachable (now = 1), but there is no coordinator to
    // depend on. Undefined, not 0: 0 would read "independent of its coordinator".
    const flat = makeDocument(
      [
        ['a', 'member', 't'],
        ['b', 'member', 't'],
      ],
      [['a', 'b', 'leadership']],
      [{ id: 't', kind: 'team' }],
    );
    expect(groupValues(flat, 't').coordinatorDependence).toBeNull();
  });

  it('supportLevel: null when no support tie is recorded, the strongest of two otherwise', () => {
    const managers: [string, string, string?][] = [
      ['boss', 'manager', 'org'],
      ['head', 'manager', 'org'],
      ['peer', 'member', 'org'],
    ];
    // No support tie recorded: unknown, not "no support" (a recorded tie weighs > 0).
    const none = team(['c', 'm'], [['m', 'c', 'leadership']], managers);
    expect(groupValues(none, 't').supportLevel).toBeNull();
    // A support tie to a non-manager records nothing about management support either.
    const peerOnly = team(
      ['c', 'm'],
      [
        ['m', 'c', 'leadership'],
        ['m', 'peer', 'support', 0.9],
      ],
      managers,
    );
    expect(groupValues(peerOnly, 't').supportLevel).toBeNull();
    // c → boss 0.4 and m → head 0.7 are support ties to managers: the strongest, 0.7.
    // m → peer 0.9 is support to a non-manager and c → boss reporting is not support: ignored.
    const two = team(
      ['c', 'm'],
      [
        ['m', 'c', 'leadership'],
        ['c', 'boss', 'support', 0.4],
        ['m', 'head', 'support', 0.7],
        ['m', 'peer', 'support', 0.9],
        ['c', 'boss', 'reporting', 1],
      ],
      managers,
    );
    expect(groupValues(two, 't').supportLevel).toBe(0.7);
    // Read whatever the kinds filter: the same with leadership ties only.
    expect(groupValues(two, 't', { kinds: ['leadership'] }).supportLevel).toBe(0.7);
  });

  it('eiIndex counts arcs touching the group, both directions, nested groups inside', () => {
    // Team t (c, m) inside org; o in org only. Internal: m → c, c → m (2). External: c → o,
    // o → m, and x (no group) → c (3). E-I = (3 − 2)/5 = 0.2. For org (c, m, o): internal
    // m→c, c→m, c→o, o→m (4), external x→c (1): (1 − 4)/5 = −0.6.
    const doc = team(
      ['c', 'm'],
      [
        ['m', 'c', 'leadership'],
        ['c', 'm', 'leadership'],
        ['c', 'o', 'coordination'],
        ['o', 'm', 'advice'],
        ['x', 'c', 'advice'],
      ],
      [
        ['o', 'member', 'org'],
        ['x', 'member'],
      ],
    );
    expect(groupValues(doc, 't').eiIndex).toBeCloseTo(0.2, 15);
    expect(groupValues(doc, 'org').eiIndex).toBeCloseTo(-0.6, 15);
  });

  it('a group of one: counts and support defined, everything needing two actors null', () => {
    // c alone in t, with a tie out to o and support to a manager.
    const doc = makeDocument(
      [
        ['c', 'coordinator', 't'],
        ['o', 'member', 'org'],
        ['boss', 'manager', 'org'],
      ],
      [
        ['c', 'o', 'coordination'],
        ['c', 'boss', 'support', 0.6],
      ],
      [
        { id: 't', kind: 'team' },
        { id: 'org', kind: 'organization' },
      ],
    );
    expect(groupValues(doc, 't')).toEqual({
      actors: 1,
      density: null,
      meanInDegree: null,
      inCentralization: null,
      giniInDegree: null,
      reciprocity: null,
      eiIndex: 1, // (2 − 0)/2: both its arcs go out of the group
      supportLevel: 0.6,
      coordinatorDependence: null,
      valuedDensity: null,
      inStrengthCentralization: null,
      distributedLeadership: null,
    });
  });

  it('an empty group: zero actors, nothing else defined', () => {
    const doc = makeDocument(
      [['a', 'member', 'org']],
      [],
      [
        { id: 'org', kind: 'organization' },
        { id: 't', kind: 'team', parent: 'org' },
      ],
    );
    const values = groupValues(doc, 't');
    expect(values.actors).toBe(0);
    for (const [id, value] of Object.entries(values))
      if (id !== 'actors') expect(value, id).toBeNull();
  });

  it('a parent group counts its sub-groups’ actors and the ties between them', () => {
    // org holds team t (a, b) and its own member o: a → b, b → o inside org: density 2/6.
    const doc = makeDocument(
      [
        ['a', 'coordinator', 't'],
        ['b', 'member', 't'],
        ['o', 'member', 'org'],
      ],
      [
        ['a', 'b', 'leadership'],
        ['b', 'o', 'leadership'],
      ],
      [
        { id: 'org', kind: 'organization' },
        { id: 't', kind: 'team', parent: 'org' },
      ],
    );
    const values = groupValues(doc, 'org');
    expect(values.actors).toBe(3);
    expect(values.density).toBeCloseTo(1 / 3, 15);
  });

  it('ζ can be set by the document’s parameters', () => {
    // The star above has valuedDensity 1/6 and inStrengthCentralization 2/3: with ζ = 1,
    // distributedLeadership = 1/6 · (1 − 2/3) = 1/18.
    const doc = team(
      ['c', 'm1', 'm2', 'm3'],
      [
        ['m1', 'c', 'leadership', 1],
        ['m2', 'c', 'leadership', 0.5],
        ['m3', 'c', 'leadership', 0.5],
      ],
    );
    const withZeta = { ...doc, parameters: { zeta: 1 } };
    expect(groupValues(withZeta, 't').distributedLeadership).toBeCloseTo(1 / 18, 15);
  });
});

describe('the example’s teams come out as designed', () => {
  const json = toMetricsJson(computeMetrics(createExampleDocument()));
  const teams = [
    'team-ortho',
    'team-ed',
    'team-med',
    'team-homecare',
    'team-rehab',
    'team-nursinghome',
  ];
  const best = (id: string, pick: (a: number, b: number) => boolean) =>
    teams.reduce((top, t) =>
      pick(json.groups[t]![id] as number, json.groups[top]![id] as number) ? t : top,
    );

  it('the orthopaedic ward has the highest distributed leadership index', () => {
    expect(best('distributedLeadership', (a, b) => a > b)).toBe('team-ortho');
  });
  it('the emergency department is the most centralized', () => {
    expect(best('inCentralization', (a, b) => a > b)).toBe('team-ed');
  });
  it('the medical ward has no management support recorded: null, not 0', () => {
    expect(json.groups['team-med']!.supportLevel).toBeNull();
    for (const t of teams.filter((t) => t !== 'team-med'))
      expect(json.groups[t]!.supportLevel, t).toBeGreaterThan(0);
  });
  it('every group’s index is D · (1 − 0.5 · Z) of the two parts shown beside it', () => {
    for (const [id, g] of Object.entries(json.groups)) {
      const d = g.valuedDensity as number;
      const z = g.inStrengthCentralization as number;
      expect(g.distributedLeadership, id).toBeCloseTo(d * (1 - 0.5 * z), 15);
    }
  });
  it('home care north is the least dense', () => {
    expect(best('density', (a, b) => a < b)).toBe('team-homecare');
  });
});

describe('group measures against the Python definitions', () => {
  it.each(['all', 'leadership'] as const)('on the example, %s ties', (which) => {
    const doc = exampleFile();
    const kinds = which === 'all' ? undefined : ['leadership'];
    for (const [groupId, reference] of Object.entries(fixture.example[which].groups)) {
      const values = groupValues(doc, groupId, { kinds });
      for (const [id, expected] of Object.entries(reference)) {
        if (expected === null) expect(values[id], `${groupId} ${id}`).toBeNull();
        else expect(values[id], `${groupId} ${id}`).toBeCloseTo(expected, 12);
      }
    }
  });
});
