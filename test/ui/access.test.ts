// The text view's words and the drawing's keyboard moves: ties read as sentences, pages of long
// lists, teams with their coordinators, a scenario's result at a week, and the arrow keys going
// to the nearest actor in their direction.
import { describe, expect, it } from 'vitest';
import type { NetworkDocument, Tie } from '../../src/core/document/types';
import type { SimulationResult } from '../../src/core/simulation/monte-carlo';
import { nearestInDirection, readingOrder } from '../../src/ui/access/canvas-keys';
import {
  numberFormat,
  pageOf,
  reportWeek,
  scenarioRows,
  teamPeople,
  tieCounts,
  tieSentence,
} from '../../src/ui/access/text-view';
import * as messages from '../../src/paraglide/messages.js';

const doc = {
  format: 'leadnet-network',
  version: 1,
  meta: {},
  groups: [
    { id: '__proto__', label: 'Ortho', kind: 'team' },
    { id: 'org', label: 'Hospital', kind: 'organization' },
  ],
  actors: [
    { id: 'mette', label: 'Mette H.', role: 'coordinator', group: '__proto__' },
    { id: 'henrik', label: 'Henrik Q.', role: 'manager', group: 'org' },
    { id: 'constructor', role: 'member', group: '__proto__' },
  ],
  ties: [
    { id: 't1', source: 'mette', target: 'henrik', kind: 'support', weight: 1 },
    { id: 't2', source: 'constructor', target: 'mette', kind: 'leadership', weight: 0.5 },
    { id: 't3', source: 'constructor', target: 'henrik', kind: 'advice', weight: 0.25 },
  ],
  scenarios: [],
  parameters: {},
  views: [],
} as unknown as NetworkDocument;

const names = new Map([
  ['mette', 'Mette H.'],
  ['henrik', 'Henrik Q.'],
]);
const nameOf = (id: string) => names.get(id) ?? id;

describe('ties in words', () => {
  it('reads each kind as a sentence with its weight, in English and Danish', () => {
    const [support, leadership, other] = doc.ties as readonly Tie[];
    expect(tieSentence(support!, nameOf, messages, 'en')).toBe(
      'Mette H. looks to Henrik Q. for support (weight 1).',
    );
    expect(tieSentence(leadership!, nameOf, messages, 'en')).toBe(
      'constructor looks to Mette H. for leadership (weight 0.5).',
    );
    expect(tieSentence(other!, nameOf, messages, 'en')).toBe(
      'constructor names Henrik Q. as “advice” (weight 0.25).',
    );
    // The message functions take the language as an option; the weight uses its decimal comma.
    const da = {
      ...messages,
      access_tie_leadership: (a: Parameters<typeof messages.access_tie_leadership>[0]) =>
        messages.access_tie_leadership(a, { locale: 'da' }),
    };
    expect(tieSentence(leadership!, nameOf, da, 'da')).toBe(
      'constructor ser hen til Mette H. for ledelse (vægt 0,5).',
    );
  });

  it('counts ties sent and received by each actor, whatever the ids', () => {
    const counts = tieCounts(doc);
    expect(counts.get('constructor')).toEqual({ out: 2, in: 0 });
    expect(counts.get('henrik')).toEqual({ out: 0, in: 2 });
    expect(counts.get('mette')).toEqual({ out: 1, in: 1 });
  });
});

describe('pages of a long list', () => {
  it('gives 50 rows a page and clamps the page asked for', () => {
    expect(pageOf(120, 0)).toEqual({ start: 0, end: 50, index: 0, count: 3 });
    expect(pageOf(120, 2)).toEqual({ start: 100, end: 120, index: 2, count: 3 });
    expect(pageOf(120, 9)).toEqual({ start: 100, end: 120, index: 2, count: 3 });
    expect(pageOf(0, 0)).toEqual({ start: 0, end: 0, index: 0, count: 1 });
  });
});

describe('teams', () => {
  it('lists each team with its people and coordinators, a team called __proto__ included', () => {
    expect(teamPeople(doc)).toEqual([
      { id: '__proto__', label: 'Ortho', count: 2, coordinators: ['Mette H.'] },
    ]);
  });
});

describe('the scenario result', () => {
  const series = (mean: number[], low: number[], high: number[]) => ({
    mean,
    quantiles: { '5': low, '25': mean, '50': mean, '75': mean, '95': high },
  });
  const result = {
    seed: 1,
    runs: 10,
    weeks: 60,
    teamIds: ['__proto__'],
    baseline: {
      overall: series(Array(61).fill(0.6), Array(61).fill(0.5), Array(61).fill(0.7)),
      teams: Object.fromEntries([
        ['__proto__', series(Array(61).fill(0.61), Array(61).fill(0.5), Array(61).fill(0.7))],
      ]),
    },
    scenarios: {
      'support-withdrawn-26': {
        overall: series(Array(61).fill(0.45), Array(61).fill(0.35), Array(61).fill(0.55)),
        teams: Object.fromEntries([
          ['__proto__', series(Array(61).fill(0.41), Array(61).fill(0.33), Array(61).fill(0.49))],
        ]),
        difference: {
          overall: series(Array(61).fill(-0.15), Array(61).fill(-0.2), Array(61).fill(-0.1)),
          teams: Object.fromEntries([
            ['__proto__', series(Array(61).fill(-0.2), Array(61).fill(-0.3), Array(61).fill(-0.1))],
          ]),
        },
      },
    },
    warnings: [],
  } as unknown as SimulationResult;

  it('reads week 52 when the run reaches it, else the last week', () => {
    expect(reportWeek(78)).toBe(52);
    expect(reportWeek(30)).toBe(30);
  });

  it('gives all teams first, then each team, with the paired difference', () => {
    const outcome = scenarioRows(result, 52, (id) => (id === '__proto__' ? 'Ortho' : id), 'All');
    expect(outcome?.scenarioId).toBe('support-withdrawn-26');
    expect(outcome?.rows).toEqual([
      {
        id: null,
        label: 'All',
        baseline: 0.6,
        scenario: 0.45,
        low: 0.35,
        high: 0.55,
        difference: -0.15,
        ciLow: null,
        ciHigh: null,
      },
      {
        id: '__proto__',
        label: 'Ortho',
        baseline: 0.61,
        scenario: 0.41,
        low: 0.33,
        high: 0.49,
        difference: -0.2,
        ciLow: null,
        ciHigh: null,
      },
    ]);
    const row = outcome!.rows[1]!;
    const two = numberFormat('en', 2);
    expect(
      messages.access_scenario_team({
        scenario: 'Management withdraws support at week 26',
        team: row.label,
        week: 52,
        mean: two(row.scenario),
        low: two(row.low),
        high: two(row.high),
        difference: two(Math.abs(row.difference)),
        direction: messages.access_lower(),
      }),
    ).toBe(
      "Under “Management withdraws support at week 26”, the Ortho team's simulated progress at week 52 is 0.41 (the middle 90 % of replicates between 0.33 and 0.49), 0.20 lower than the simulated baseline.",
    );
    expect(numberFormat('da', 2)(0.41)).toBe('0,41');
  });
});

describe('arrow keys on the drawing', () => {
  // A plus shape around C, with a far point E to the right on C's row.
  const points = [
    { id: 'C', x: 100, y: 100 },
    { id: 'N', x: 100, y: 40 },
    { id: 'S', x: 105, y: 170 },
    { id: 'W', x: 30, y: 100 },
    { id: 'E', x: 260, y: 104 },
    { id: 'NE', x: 140, y: 40 },
  ];
  const from = points[0]!;

  it('goes to the nearest actor that lies in the direction of the key', () => {
    expect(nearestInDirection(from, points, 'up')?.id).toBe('N');
    expect(nearestInDirection(from, points, 'down')?.id).toBe('S');
    expect(nearestInDirection(from, points, 'left')?.id).toBe('W');
    // NE is nearer than E but lies more up than right of C: ArrowRight keeps to the row.
    expect(nearestInDirection(from, points, 'right')?.id).toBe('E');
  });

  it('stays put at the edge: nothing lies further that way', () => {
    expect(nearestInDirection(points[3]!, points, 'left')).toBeNull();
    expect(nearestInDirection(points[2]!, points, 'down')).toBeNull();
  });

  it('orders actors in rows from top to bottom, each from left to right', () => {
    expect(readingOrder(points).map((p) => p.id)).toEqual(['N', 'NE', 'W', 'C', 'E', 'S']);
  });
});
