// The mapping step's helpers and the export's measures and files: preview rows read labels,
// roles and groups as a person would; a picker's "(none)" removes the field; measures become
// own properties, even for ids such as __proto__; several CSV files become one .zip.
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { NetworkDocument } from '../../src/core/document/types';
import { createExampleDocument } from '../../src/core/example/qic-example';
import type { MetricsResult } from '../../src/core/metrics/types';
import {
  attributeOptionLabel,
  previewRows,
  reportSummary,
  whereText,
  withPick,
} from '../../src/ui/io/mapping-preview';
import { filesToSave, measuresForExport } from '../../src/ui/io/export-files';

const odd: NetworkDocument = {
  ...createExampleDocument(),
  meta: { title: 'Odd ids: a/b "test"' },
  groups: [{ id: 'constructor', label: 'Team C', kind: 'team' }],
  actors: [
    {
      id: '__proto__',
      label: 'Proto P.',
      role: 'coordinator',
      group: 'constructor',
      attributes: {},
    },
    { id: 'b c', role: 'advisor', attributes: {} },
  ],
  ties: [{ id: 't', source: 'b c', target: '__proto__', kind: 'leadership', weight: 0.25 }],
} as NetworkDocument;

describe('the mapping preview', () => {
  it('shows labels, role and group names, and ties between labels', () => {
    const rows = previewRows(odd);
    expect(rows.actors).toEqual([
      { id: '__proto__', label: 'Proto P.', role: 'Local coordinator', group: 'Team C' },
      { id: 'b c', label: 'b c', role: 'advisor', group: '—' },
    ]);
    expect(rows.ties).toEqual([
      { id: 't', source: 'b c', target: 'Proto P.', kind: 'Leadership', weight: '0.25' },
    ]);
  });

  it('shows only the first rows', () => {
    const example = createExampleDocument();
    const rows = previewRows(example, 3);
    expect(rows.actors.map((a) => a.id)).toEqual(example.actors.slice(0, 3).map((a) => a.id));
    expect(rows.ties).toHaveLength(3);
  });

  it('removes a field for "(none)" and keeps the direction', () => {
    const mapping = { roleAttr: 'role', kindAttr: 'type', reverse: true };
    expect(withPick(mapping, 'roleAttr', '')).toEqual({ kindAttr: 'type', reverse: true });
    expect(withPick(mapping, 'groupAttr', 'unit')).toEqual({ ...mapping, groupAttr: 'unit' });
  });

  it('labels an attribute with its count and samples', () => {
    const label = attributeOptionLabel(
      { name: 'role', count: 12, samples: ['manager', 'member', null], distinct: 4 },
      40,
    );
    expect(label).toBe('role — 12 of 40 · manager, member, null…');
  });

  it('sums the report in one line and says where', () => {
    const report = {
      format: 'gexf' as const,
      kept: { actors: 1, ties: 118, groups: 6 },
      changed: [
        {
          message: { code: 'fmt_changed_undirected', params: {} },
          count: 4,
          where: [{ path: ['edges', 0] }],
        },
      ],
      refused: [
        {
          message: { code: 'fmt_refused_self_loop', params: {} },
          count: 1,
          where: [{ file: 'ties.csv', line: 4 }],
        },
      ],
      notes: [],
    };
    expect(reportSummary(report)).toBe('1 actor, 118 ties, 6 groups kept · 4 changed · 1 refused');
    expect(whereText(report.changed[0]!)).toBe('at edges[0] and 3 more');
    expect(whereText(report.refused[0]!)).toBe('at “\u2068ties.csv\u2069” line 4');
  });
});

describe('export helpers', () => {
  const result = {
    network: {},
    groups: { ids: [], values: {} },
    actors: { ids: ['__proto__', 'b c'], values: { indegree: [1, null], betweenness: [0.5, 0] } },
    errors: [],
  } as unknown as MetricsResult;

  it('hands the measures over by actor id, as own properties, then by measure', () => {
    const measures = measuresForExport(odd, result)!;
    expect(Object.keys(measures)).toEqual(['__proto__', 'b c']);
    const proto = Object.getOwnPropertyDescriptor(measures, '__proto__')?.value;
    expect(proto).toEqual({ indegree: 1, betweenness: 0.5 });
    expect(measures['b c']).toEqual({ indegree: null, betweenness: 0 });
    expect(({} as Record<string, unknown>).indegree).toBeUndefined();
  });

  it('gives no measures computed for another network', () => {
    const other = { ...odd, actors: [odd.actors[1]!, odd.actors[0]!] } as NetworkDocument;
    expect(measuresForExport(other, result)).toBeUndefined();
    expect(measuresForExport(odd, null)).toBeUndefined();
  });

  it('saves one file under the title, several as one .zip', async () => {
    const one = await filesToSave(
      odd,
      { files: [{ name: 'network.gexf', mime: 'application/xml', text: '<gexf/>' }], warnings: [] },
      'gexf',
    );
    expect(one.name).toBe('odd-ids-ab-test.gexf');
    expect(await one.blob.text()).toBe('<gexf/>');
    const files = [
      { name: 'actors.csv', mime: 'text/csv', text: 'id\n__proto__\n' },
      { name: 'ties.csv', mime: 'text/csv', text: 'source,target\n' },
    ];
    const zip = await filesToSave(odd, { files, warnings: [] }, 'csv');
    expect(zip.name).toBe('odd-ids-ab-test-csv.zip');
    const unpacked = unzipSync(new Uint8Array(await zip.blob.arrayBuffer()));
    expect(Object.keys(unpacked)).toEqual(['actors.csv', 'ties.csv']);
    expect(strFromU8(unpacked['actors.csv']!)).toBe('id\n__proto__\n');
  });
});
