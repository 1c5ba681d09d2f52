// The registry is complete and self-describing: every measure of DESIGN §4 is there once, with
// a label, a one-line meaning and a citation; computing the whole set gives defined values on
// awkward networks.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/core/metrics/compute';
import { METRICS, METRIC_ORDER } from '../../src/core/metrics/registry';
import type { NetworkDocument } from '../../src/core/document/types';
import { documentOf as doc } from '../helpers/documents';
import { createExampleDocument } from '../../src/core/example/qic-example';

describe('the metric registry', () => {
  for (const level of ['actor', 'group', 'network'] as const) {
    it(`holds every ${level} measure of DESIGN §4, once, in order`, () => {
      expect(METRICS.filter((m) => m.level === level).map((m) => m.id)).toEqual(
        METRIC_ORDER[level],
      );
    });
  }

  it('describes each measure in one plain line with a citation', () => {
    for (const m of METRICS) {
      expect(m.label.length, m.id).toBeGreaterThan(1);
      expect(m.description, m.id).toMatch(/^\S.*\S$/);
      expect(m.description, m.id).not.toContain('\n');
      expect(m.citation.length, m.id).toBeGreaterThan(3);
    }
  });
});

describe('computeMetrics on awkward networks', () => {
  const cases: [string, NetworkDocument][] = [
    ['an empty network', doc({})],
    ['a single actor', doc({ actors: [{ id: 'a', role: 'member' }] })],
    [
      'a group of one',
      doc({
        groups: [{ id: 'g', kind: 'team' }],
        actors: [{ id: 'a', role: 'coordinator', group: 'g' }],
      }),
    ],
    [
      'an empty group',
      doc({ groups: [{ id: 'g', kind: 'team' }], actors: [{ id: 'a', role: 'member' }] }),
    ],
    [
      'two components and an isolate',
      doc({
        actors: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, role: 'member' })),
        ties: [
          { id: '1', source: 'a', target: 'b', kind: 'leadership', weight: 1 },
          { id: '2', source: 'c', target: 'd', kind: 'support', weight: 0.5 },
        ],
      }),
    ],
    ['the example', createExampleDocument()],
  ];
  for (const [name, network] of cases) {
    it(`gives every measure, finite or null, for ${name}`, () => {
      const result = computeMetrics(network);
      expect(result.errors).toEqual([]);
      const all = [
        ...Object.values(result.network),
        ...Object.values(result.groups.values).flat(),
        ...Object.values(result.actors.values).flat(),
      ];
      for (const value of all) expect(value === null || Number.isFinite(value)).toBe(true);
      expect(Object.keys(result.actors.values)).toEqual(METRIC_ORDER.actor);
      expect(Object.keys(result.groups.values)).toEqual(METRIC_ORDER.group);
      expect(Object.keys(result.network)).toEqual(METRIC_ORDER.network);
    });
  }
});
