// The import dialog's file handling: sizes refused from File.size alone, CSV tables told apart
// by their columns, one ImportSource from several files, a Leadnet CSV .zip unpacked, and the
// wording of the "import anyway" button.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../src/core/formats/types';
import {
  assignRoles,
  buildSource,
  capLines,
  dropLabel,
  guessTableRole,
  headerColumns,
  sizeProblems,
  unzipNetworkFiles,
} from '../../src/ui/io/import-files';

describe('size limits', () => {
  it('refuses a file one byte over the limit, by name, and accepts one at the limit', () => {
    expect(sizeProblems([{ name: 'ok.csv', size: IMPORT_LIMITS.bytes }])).toEqual([]);
    const problems = sizeProblems([{ name: 'big.gexf', size: IMPORT_LIMITS.bytes + 1 }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^\u2068big\.gexf\u2069: the file is 50\.0 MB; Leadnet opens files up to 50\.0 MB$/,
    );
  });

  it('refuses files that are together over the limit', () => {
    const half = IMPORT_LIMITS.bytes / 2 + 1;
    const problems = sizeProblems([
      { name: 'ties.csv', size: half },
      { name: 'nodes.csv', size: half },
    ]);
    expect(problems).toEqual([expect.stringContaining('the files together are')]);
  });
});

describe('telling CSV tables apart', () => {
  it('reads the header line: delimiter, quotes, BOM and case', () => {
    expect(headerColumns('\uFEFF"Source";"Target";weight\n1;2;3')).toEqual([
      'source',
      'target',
      'weight',
    ]);
    expect(headerColumns('id\tlabel\trole\r\na\tA\tmember')).toEqual(['id', 'label', 'role']);
  });

  it('takes source/target for ties and id for actors, whatever the file names', () => {
    expect(guessTableRole('nodes.csv', 'Source,Target,kind\n')).toBe('ties');
    expect(guessTableRole('edges.csv', 'id,label,role\n')).toBe('actors');
    expect(guessTableRole('groups.csv', 'id,label,kind,parent\n')).toBe('groups');
    expect(guessTableRole('teams.csv', 'id,label,kind,parent\n')).toBe('groups');
    expect(guessTableRole('people.csv', 'name,unit\n')).toBe('actors');
  });

  it('builds one source: the edge list with its node and group tables', () => {
    const files = assignRoles([
      { name: 'people.csv', text: 'id,role\na,member\n' },
      { name: 'links.csv', text: 'source,target\na,b\n' },
      { name: 'groups.csv', text: 'id,label,kind,parent\nt,T,team,\n' },
    ]);
    expect(files.map((f) => f.role)).toEqual(['actors', 'ties', 'groups']);
    const built = buildSource(files);
    expect(built).toEqual({
      ok: true,
      source: {
        name: 'links.csv',
        text: 'source,target\na,b\n',
        nodes: { name: 'people.csv', text: 'id,role\na,member\n' },
        groups: { name: 'groups.csv', text: 'id,label,kind,parent\nt,T,team,\n' },
      },
    });
  });

  it('refuses two edge lists, no edge list, and a GEXF with a CSV', () => {
    const twoTies = buildSource([
      { name: 'a.csv', text: '', role: 'ties' },
      { name: 'b.csv', text: '', role: 'ties' },
    ]);
    expect(twoTies.ok).toBe(false);
    expect(!twoTies.ok && twoTies.errors[0]).toContain(
      '\u2068a.csv\u2069, \u2068b.csv\u2069: only one file',
    );
    const noTies = buildSource([
      { name: 'a.csv', text: '', role: 'actors' },
      { name: 'b.csv', text: '', role: 'groups' },
    ]);
    expect(!noTies.ok && noTies.errors).toEqual([expect.stringContaining('none of the files')]);
    const mixed = buildSource([
      { name: 'g.gexf', text: '' },
      { name: 'b.csv', text: '', role: 'ties' },
    ]);
    expect(!mixed.ok && mixed.errors[0]).toContain(
      '\u2068g.gexf\u2069: open one network file at a time',
    );
  });

  it('passes a single file through as it is', () => {
    expect(buildSource([{ name: 'x.graphml', text: '<graphml/>' }])).toEqual({
      ok: true,
      source: { name: 'x.graphml', text: '<graphml/>' },
    });
  });
});

describe('a .zip of tables', () => {
  it('unpacks the network files and leaves the others', () => {
    const zip = zipSync({
      'actors.csv': strToU8('id,label\n__proto__,Ægir\n'),
      'ties.csv': strToU8('source,target\n'),
      'readme.md': strToU8('hello'),
    });
    const files = unzipNetworkFiles('net.zip', zip);
    expect(Array.isArray(files)).toBe(true);
    expect((files as { name: string; text: string }[]).map((f) => [f.name, f.text])).toEqual([
      ['actors.csv', 'id,label\n__proto__,Ægir\n'],
      ['ties.csv', 'source,target\n'],
    ]);
  });

  it('refuses a zip that would unpack over the limit, before inflating it', () => {
    // Highly compressible: a few KB packed, over the limit unpacked.
    const zip = zipSync({ 'ties.csv': new Uint8Array(IMPORT_LIMITS.bytes + 10).fill(44) });
    expect(zip.length).toBeLessThan(IMPORT_LIMITS.bytes / 100);
    const result = unzipNetworkFiles('bomb.zip', zip);
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('bomb.zip: unpacked')] });
  });

  it('names a file that is not a zip', () => {
    const result = unzipNetworkFiles('fake.zip', strToU8('not a zip'));
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining('\u2068fake.zip\u2069: not a readable zip')],
    });
  });
});

describe('report wording', () => {
  it('caps long error lists at 20 with the count of the rest', () => {
    const lines = Array.from({ length: 23 }, (_, i) => `ties[${i}]: bad`);
    const { shown, more } = capLines(lines);
    expect(shown).toHaveLength(20);
    expect(shown[19]).toBe('ties[19]: bad');
    expect(more).toBe(3);
    expect(capLines(lines.slice(0, 2)).more).toBe(0);
  });

  it('says what "import anyway" will drop', () => {
    expect(dropLabel({ actors: 0, ties: 1, groups: 0 })).toBe('Import anyway, dropping 1 tie');
    expect(dropLabel({ actors: 2, ties: 3, groups: 0 })).toBe(
      'Import anyway, dropping 3 ties and 2 actors',
    );
    expect(dropLabel({ actors: 1, ties: 2, groups: 1 })).toBe(
      'Import anyway, dropping 2 ties, 1 actor and 1 group',
    );
  });
});
