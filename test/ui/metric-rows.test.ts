// The measures tables' rows: search, role and group filters (sub-groups included), and sorting
// with undefined values always last.
import { describe, expect, it } from 'vitest';
import { groupSubtree } from '../../src/core/document/groups';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { actorRows, groupRows, sortRows } from '../../src/ui/panels/metric-rows';

const example = createExampleDocument();
const all = { search: '', role: '', group: '' };

describe('measure table rows', () => {
  it('filters by a group and every group under it', () => {
    const inMunicipality = actorRows(example, { ...all, group: 'org-municipality' });
    expect(inMunicipality).toHaveLength(1 + 7 + 6 + 7); // the manager and three teams
    expect(groupSubtree(example, 'region-vest').size).toBe(example.groups.length);
  });

  it('searches labels and ids, case-insensitively, and filters by role', () => {
    expect(actorRows(example, { ...all, search: 'METTE' }).map((r) => r.id)).toEqual([
      'team-ortho-c',
    ]);
    expect(actorRows(example, { ...all, search: 'team-ed-' })).toHaveLength(8);
    expect(actorRows(example, { ...all, role: 'manager' }).map((r) => r.label)).toEqual([
      'Henrik Q.',
      'Lone I.',
    ]);
    expect(groupRows(example, { ...all, search: 'ward' }).map((r) => r.id)).toEqual([
      'team-ortho',
      'team-med',
    ]);
  });

  it('sorts a measure either way with undefined values last, and text columns by locale', () => {
    const rows = actorRows(example, { ...all, group: 'team-med' });
    const values = { score: rows.map((_, i) => (i === 2 ? null : i)) };
    // Row indexes point into doc.actors: give the column a value at each row's index.
    const column: (number | null)[] = [];
    rows.forEach((r, i) => (column[r.index] = values.score[i]!));
    const down = sortRows([...rows], { score: column }, { column: 'score', descending: true });
    expect(down.map((r) => column[r.index])).toEqual([5, 4, 3, 1, 0, null]);
    const up = sortRows([...rows], { score: column }, { column: 'score', descending: false });
    expect(up.map((r) => column[r.index])).toEqual([0, 1, 3, 4, 5, null]);
    const byName = sortRows([...rows], {}, { column: 'label', descending: false }).map(
      (r) => r.label,
    );
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
  });
});
