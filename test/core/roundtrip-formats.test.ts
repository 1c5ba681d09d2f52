// Every export re-imports to an equal document (DESIGN §3): Leadnet JSON, GEXF and GraphML
// exactly; CSV up to what its export warnings say it cannot carry. Odd ids everywhere.
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { exportNetwork, importNetwork } from '../../src/core/formats';
import { exportCell, unneutralise } from '../../src/core/formats/csv';
import {
  EXPORT_FORMATS,
  ODD_IDS,
  csvExpectation,
  exportedSource,
  oddDocument,
  reimport,
  valid,
} from './formats-helpers';
import { englishText } from '../../src/core/messages';

const example = valid(createExampleDocument());
const odd = oddDocument();

describe.each(['leadnet', 'gexf', 'graphml'] as const)('%s round trip', (format) => {
  it.each([
    ['the example', example],
    ['odd ids in actors, ties, groups and attribute names', odd],
  ])('%s comes back equal, with an empty report', (_name, doc) => {
    const result = reimport(doc, format);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.doc).toEqual(doc);
    expect(result.report.changed).toEqual([]);
    expect(result.report.refused).toEqual([]);
    expect(result.report.kept).toEqual({
      actors: doc.actors.length,
      ties: doc.ties.length,
      groups: doc.groups.length,
    });
  });
});

describe('CSV round trip', () => {
  it.each([
    ['the example', example],
    ['odd ids', odd],
  ])('%s comes back equal up to what the warnings name', (_name, doc) => {
    const result = reimport(doc, 'csv');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.doc).toEqual(csvExpectation(doc));
  });

  it('warns about exactly what the odd document loses', () => {
    const warnings = exportNetwork(odd, 'csv').warnings.map((w) => englishText(w));
    expect(warnings).toEqual([
      expect.stringMatching(/attribute types/),
      expect.stringMatching(/positions \(10 actors\)/),
      expect.stringMatching(/title, description and source \(meta\)/),
      expect.stringMatching(/scenarios \(1\)/),
      expect.stringMatching(/model parameters/),
      expect.stringMatching(/saved views \(1\)/),
      expect.stringMatching(/fields other tools added/),
    ]);
  });

  it('writes actors.csv, ties.csv and groups.csv with the documented columns', () => {
    const { files } = exportNetwork(example, 'csv', {
      measures: { [example.actors[0]!.id]: { inDegree: 3, betweenness: null } },
    });
    expect(files.map((f) => f.name)).toEqual(['actors.csv', 'ties.csv', 'groups.csv']);
    const header = (name: string) => files.find((f) => f.name === name)!.text.split('\r\n')[0];
    expect(header('actors.csv')).toMatch(
      /^id,label,role,group,.*measure:inDegree,measure:betweenness$/,
    );
    expect(header('ties.csv')).toBe('id,source,target,kind,weight');
    expect(header('groups.csv')).toMatch(/^id,label,kind,parent(,|$)/);
    const firstRow = files[0]!.text.split('\r\n')[1]!;
    expect(firstRow.endsWith(',3,')).toBe(true);
  });

  it('ignores measure columns on import, with a note', () => {
    const { files } = exportNetwork(example, 'csv', {
      measures: Object.fromEntries(example.actors.map((a, i) => [a.id, { inDegree: i }])),
    });
    const file = (name: string) => files.find((f) => f.name === name)!;
    const result = importNetwork({
      name: 'ties.csv',
      text: file('ties.csv').text,
      nodes: file('actors.csv'),
      groups: file('groups.csv'),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.doc).toEqual(csvExpectation(example));
    expect(result.report.notes.map((n) => englishText(n.message))).toContain(
      'measure columns are not read (measures are computed again): "measure:inDegree"',
    );
  });

  it('neutralises formula cells and undoes it on import (one apostrophe per round trip)', () => {
    for (const text of ['=SUM(A1)', '+1', '-x', '@cmd', '\tx', "'=x", "''=x", "'hello", 'plain'])
      expect(unneutralise(JSON.parse(JSON.stringify(cellText(exportCell(text)))))).toBe(text);
    expect(exportCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(exportCell("'=x")).toBe("''=x");
    expect(exportCell("'hello")).toBe("'hello");
    // A number is not text and is written as it is.
    expect(exportCell(-5)).toBe('-5');
  });

  it('no cell of the odd document starts with a formula character', () => {
    const { files } = exportNetwork(odd, 'csv');
    for (const file of files)
      for (const line of file.text.split('\r\n'))
        for (const cell of line.split(','))
          expect(/^"?[=+@]/.test(cell), `${file.name}: ${cell}`).toBe(false);
  });
});

/** A csvCell's text, unquoted. */
function cellText(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

describe('XML exports', () => {
  const control = valid({
    format: 'leadnet-network',
    version: 1,
    actors: [
      {
        id: 'a\u0001b',
        role: 'member',
        label: 'bell\u0007 and \uFFFF',
        attributes: { 'x\u0002': 'v\u0003', n: null, mixed: 1 },
      },
      { id: 'a\uFFFDb', role: 'r\u0000', attributes: { mixed: 'one' } },
      { id: 'lone \uD800 surrogate', role: 'member', group: 'g\u0008' },
    ],
    groups: [{ id: 'g\u0008', kind: 'team' }],
    ties: [{ id: 't\u001f', source: 'a\u0001b', target: 'a\uFFFDb', kind: 'k\u000b' }],
  });

  it.each(['gexf', 'graphml'] as const)(
    '%s: characters XML 1.0 cannot hold are written as U+FFFD and restored exactly from the carrier',
    (format) => {
      const { files, warnings } = exportNetwork(control, format);
      // eslint-disable-next-line no-control-regex -- no control character may reach the file
      expect(files[0]!.text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFF]/);
      expect(warnings.map((w) => englishText(w)).join()).toMatch(/Leadnet reads them back exactly/);
      const result = reimport(control, format);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.doc).toEqual(control);
    },
  );

  it.each(['gexf', 'graphml'] as const)(
    '%s: escapes & < > " \' and keeps tabs and newlines',
    (format) => {
      const text = exportNetwork(odd, format).files[0]!.text;
      expect(text).toContain('&lt;&amp;&gt;&quot;&apos;');
      expect(text).toContain('&#10;line two&#9;tab');
    },
  );

  it.each(['gexf', 'graphml'] as const)(
    '%s: edits made in another tool to ordinary attributes are read, the carrier fills in the rest',
    (format) => {
      const { text } = exportedSource(example, format);
      const a0 = example.actors[0]!;
      const edited =
        format === 'gexf'
          ? text.replace(`for="role" value="${a0.role}"`, 'for="role" value="manager"')
          : text.replace(`<data key="role">${a0.role}</data>`, '<data key="role">manager</data>');
      expect(edited).not.toBe(text);
      const result = importNetwork({ name: `x.${format}`, text: edited });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.doc.actors[0]!.role).toBe('manager');
      expect(result.doc.groups).toEqual(example.groups);
      expect(result.doc.actors.slice(1)).toEqual(example.actors.slice(1));
    },
  );

  it.each(['gexf', 'graphml'] as const)(
    '%s: with a chosen mapping the carrier is not used, and the report says so',
    (format) => {
      const result = importNetwork(exportedSource(example, format), { mapping: { reverse: true } });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.report.notes.map((n) => englishText(n.message)).join()).toMatch(
        /a mapping was chosen/,
      );
      const t0 = example.ties[0]!;
      expect(result.doc.ties[0]).toMatchObject({ source: t0.target, target: t0.source });
    },
  );

  it('odd ids are ordinary node ids in GEXF and GraphML (no renaming for other tools)', () => {
    for (const format of ['gexf', 'graphml'] as const) {
      const text = exportNetwork(odd, format).files[0]!.text;
      for (const id of ['__proto__', 'constructor', 'Sø 🏥', ' with spaces '])
        expect(text).toContain(`<node id="${id}"`);
    }
  });
});

describe('all export formats', () => {
  it.each(EXPORT_FORMATS)('%s: nothing lands on Object.prototype', (format) => {
    reimport(odd, format);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the odd ids survive as ids in every format', () => {
    for (const format of EXPORT_FORMATS) {
      const result = reimport(odd, format);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.doc.actors.map((a) => a.id)).toEqual(ODD_IDS);
    }
  });
});
