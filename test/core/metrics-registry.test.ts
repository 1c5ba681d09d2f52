// The registry is complete and self-describing: every measure of DESIGN §4 is there once, with
// a name, a one-line meaning and a source under codes derived from its id (in English for the
// CLI, from the same file the UI compiles); computing the whole set gives defined values on
// awkward networks.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/core/metrics/compute';
import { MESSAGE_SPECS } from '../../src/core/messages';
import { MEASURE_TEXT_SPECS } from '../../src/core/metrics/measure-specs';
import { MEASURE_PARTS, measureCode, parameterCode } from '../../src/core/metrics/messages';
import { METRICS, METRIC_ORDER } from '../../src/core/metrics/registry';
import type { NetworkDocument } from '../../src/core/document/types';
import { documentOf as doc } from '../helpers/documents';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { english } from '../helpers/metric-values';

describe('the metric registry', () => {
  for (const level of ['actor', 'group', 'network'] as const) {
    it(`holds every ${level} measure of DESIGN §4, once, in order`, () => {
      expect(METRICS.filter((m) => m.level === level).map((m) => m.id)).toEqual(
        METRIC_ORDER[level],
      );
    });
  }

  it('describes each measure in one plain line with a source, in the CLI’s English', () => {
    for (const m of METRICS) {
      expect(english(m).length, m.id).toBeGreaterThan(1);
      expect(english(m, 'about'), m.id).toMatch(/^\S.*\S$/);
      expect(english(m, 'about'), m.id).not.toContain('\n');
      expect(english(m, 'source').length, m.id).toBeGreaterThan(3);
      // Sources a user reads cite papers and tools, not Leadnet's design notes.
      expect(english(m, 'source'), m.id).not.toMatch(/DESIGN/);
    }
  });

  it('derives every text code from the registry: one code per part and setting, no clashes', () => {
    const codes = METRICS.flatMap((m) => [
      ...MEASURE_PARTS.map((part) => measureCode(m, part)),
      ...(m.parameters ?? []).map((p) => parameterCode(m, p.name)),
    ]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(MEASURE_TEXT_SPECS).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(MESSAGE_SPECS[code], code).toEqual({});
    expect(measureCode({ level: 'group', id: 'distributedLeadership' }, 'about')).toBe(
      'measure_group_distributedLeadership_about',
    );
  });

  it('names the index for what the ties can show: distributed leadership, not "aligned"', () => {
    const index = METRICS.find((m) => m.level === 'group' && m.id === 'distributedLeadership')!;
    expect(METRICS.some((m) => m.id === 'adl')).toBe(false);
    expect(english(index)).toBe('Distributed leadership index');
    expect(english(index, 'about')).toMatch(/does not measure alignment/);
    expect(METRICS.map((m) => english(m)).join(' ')).not.toMatch(/aligned/i);
    // Its two parts stand right after it, in the table and the team card.
    const order = METRIC_ORDER.group;
    expect(order.slice(order.indexOf('distributedLeadership'))).toEqual([
      'distributedLeadership',
      'valuedDensity',
      'inStrengthCentralization',
    ]);
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
