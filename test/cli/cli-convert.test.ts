// `leadnet convert IN OUT` (DESIGN §6): every format both ways, the mapping flags, --reverse,
// --drop-invalid; exit 1 on bad input with no output file left behind, 2 on usage errors.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { parseDocumentText } from '../../src/core/document';
import { importNetwork } from '../../src/core/formats';
import { EXAMPLE, example } from '../helpers/cli';

const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadnet-convert-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const readDoc = (file: string) => {
  const parsed = parseDocumentText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.doc;
};

describe('convert: Leadnet JSON to every format and back', () => {
  it.each(['gexf', 'graphml'])('json → %s → json gives the same document', (ending) => {
    const middle = join(dir, `example.${ending}`);
    const there = cli('convert', EXAMPLE, middle);
    expect(there.code).toBe(0);
    expect(there.stdout).toBe(middle);
    expect(there.stderr).toMatch(/^kept: 45 actors, 120 ties, 9 groups \(read as leadnet\)$/m);
    const back = join(dir, `example-from-${ending}.json`);
    const home = cli('convert', middle, back);
    expect(home.code).toBe(0);
    expect(home.stderr).toMatch(
      new RegExp(`kept: 45 actors, 120 ties, 9 groups \\(read as ${ending}\\)`),
    );
    expect(readDoc(back)).toEqual(readDoc(EXAMPLE));
  });

  it('json → csv writes the ties table at OUT and the actor and group tables beside it', () => {
    const out = join(dir, 'net.csv');
    const result = cli('convert', EXAMPLE, out);
    expect(result.code).toBe(0);
    const written = [out, join(dir, 'net.actors.csv'), join(dir, 'net.groups.csv')];
    expect(result.stdout.split('\n')).toEqual(written);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe('id,source,target,kind,weight');
    expect(readFileSync(written[1]!, 'utf8')).toMatch(/^id,label,role,group/);
    expect(result.stderr).toMatch(/^warning: CSV does not keep/m);

    const back = join(dir, 'net-back.json');
    const home = cli('convert', out, back, '--nodes', written[1]!, '--groups', written[2]!);
    expect(home.code).toBe(0);
    const doc = readDoc(back);
    expect(doc.actors.map((a) => [a.id, a.role, a.group])).toEqual(
      example.actors.map((a) => [a.id, a.role, a.group]),
    );
    expect(doc.ties).toEqual(readDoc(EXAMPLE).ties);
    expect(doc.groups.map((g) => [g.id, g.kind, g.parent])).toEqual(
      example.groups.map((g) => [g.id, g.kind, g.parent]),
    );
  });
});

describe('convert: foreign files', () => {
  it.each([
    ['gephi.gexf', 'gexf', 3, 3],
    ['networkx.gexf', 'gexf', 3, 4],
    ['yed.graphml', 'graphml', 2, 1],
    ['networkx.graphml', 'graphml', 3, 3],
    ['cytoscape-desktop.cyjs', 'cytoscape', 3, 2],
    ['graphology.json', 'graphology', 3, 3],
  ])('%s → Leadnet JSON (read as %s)', (file, format, actors, ties) => {
    const out = join(dir, `${file}.json`);
    const result = cli('convert', join(FIXTURES, file), out);
    expect(result.code).toBe(0);
    const doc = readDoc(out);
    expect([doc.actors.length, doc.ties.length]).toEqual([actors, ties]);
    expect(result.stderr.split('\n')[0]).toBe(
      `kept: ${actors} actors, ${ties} ties, ${doc.groups.length} groups (read as ${format})`,
    );
  });

  it('a Cytoscape.js file with edges on compound nodes converts, exit 0, those edges reported', () => {
    const out = join(dir, 'cytoscape-js.json.json');
    const result = cli('convert', join(FIXTURES, 'cytoscape-js.json'), out);
    expect(result.code).toBe(0);
    expect(readDoc(out).ties).toHaveLength(4);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('kept: 5 actors, 4 ties, 2 groups (read as cytoscape)');
    expect(lines).toContain(
      'refused: 2 × edges to or from the group "Medical ward" left out: a tie joins two people, and the group is drawn as a box around its members (elements.edges[3]; elements.edges[5])',
    );
    expect(lines).toContain(
      'refused: 1 × edges to or from the group "Home care north" left out: a tie joins two people, and the group is drawn as a box around its members (elements.edges[4])',
    );
  });

  it('the mapping flags pick role, kind, group, weight and label attributes', () => {
    const edges = join(dir, 'mapped.csv');
    writeFileSync(edges, 'a,b,rel,strength\nx,y,advice,4\ny,z,support,2\n');
    const nodes = join(dir, 'mapped-nodes.csv');
    writeFileSync(
      nodes,
      'id,name,job,unit\nx,Xe,coordinator,icu\ny,Yo,member,icu\nz,Zu,manager,\n',
    );
    const out = join(dir, 'mapped.json');
    const result = cli(
      'convert',
      edges,
      out,
      '--nodes',
      nodes,
      '--from',
      'csv',
      '--role-attr',
      'job',
      '--kind-attr',
      'rel',
      '--group-attr',
      'unit',
      '--weight-attr',
      'strength',
      '--label-attr',
      'name',
    );
    // No source/target columns: the flags cannot help with that.
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/mapped\.csv line 1: no source and target columns/);
    expect(existsSync(out)).toBe(false);

    writeFileSync(edges, 'source,target,rel,strength\nx,y,advice,4\ny,z,support,2\n');
    const ok = cli(
      'convert',
      edges,
      out,
      '--nodes',
      nodes,
      '--role-attr',
      'job',
      '--kind-attr',
      'rel',
      '--group-attr',
      'unit',
      '--weight-attr',
      'strength',
      '--label-attr',
      'name',
      '--reverse',
    );
    expect(ok.code).toBe(0);
    const doc = readDoc(out);
    expect(doc.actors.map((a) => [a.id, a.label, a.role, a.group])).toEqual([
      ['x', 'Xe', 'coordinator', 'icu'],
      ['y', 'Yo', 'member', 'icu'],
      ['z', 'Zu', 'manager', undefined],
    ]);
    // Reversed ("A leads B"), weights 4 and 2 rescaled by the largest.
    expect(doc.ties.map((t) => [t.source, t.target, t.kind, t.weight])).toEqual([
      ['y', 'x', 'advice', 1],
      ['z', 'y', 'support', 0.5],
    ]);
    expect(ok.stderr).toMatch(/^changed: 2 × ties reversed/m);
    expect(ok.stderr).toMatch(/^changed: 2 × weights rescaled: divided by the largest, 4/m);
  });

  it('--drop-invalid imports a file with dangling ties, reporting what it left out', () => {
    const input = join(dir, 'dangling.csv');
    writeFileSync(input, 'source,target\na,b\nb,a\n');
    const nodes = join(dir, 'dangling-nodes.csv');
    writeFileSync(nodes, 'id\na\n');
    const out = join(dir, 'dangling.json');
    const refused = cli('convert', input, out, '--nodes', nodes);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n')).toEqual(
      [
        'dangling.csv line 2: no actor with id "b"',
        'dangling.csv line 3: no actor with id "b"',
        `${input}: refused. --drop-invalid imports it anyway, leaving out 0 actors, 2 ties and 0 groups`,
      ].map((l) => (l.startsWith('dangling') ? `${input.replace(/dangling\.csv$/, '')}${l}` : l)),
    );
    expect(existsSync(out)).toBe(false);

    const dropped = cli('convert', input, out, '--nodes', nodes, '--drop-invalid');
    expect(dropped.code).toBe(0);
    expect(dropped.stderr).toMatch(
      /^refused: 2 × ties to actors that are not in the file left out/m,
    );
    expect(readDoc(out).ties).toEqual([]);
  });
});

describe('convert: bad input and usage', () => {
  it('exits 1 on a broken file and leaves no output file, not even a temporary one', () => {
    const input = join(dir, 'broken.gexf');
    writeFileSync(input, '<gexf><graph><nodes><node id="a"/></nodes>');
    const sub = mkdtempSync(join(dir, 'out-'));
    const result = cli('convert', input, join(sub, 'out.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /broken\.gexf line 1, column \d+: not valid XML: these elements are not closed: "gexf" and "graph"/,
    );
    expect(readdirSync(sub)).toEqual([]);
  });

  it('exits 1 when the input does not exist or the output folder does not', () => {
    expect(cli('convert', join(dir, 'nope.json'), join(dir, 'x.gexf')).code).toBe(1);
    const result = cli('convert', EXAMPLE, join(dir, 'no-such-folder', 'x.gexf'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot write/);
  });

  it('replaces an existing output only once everything succeeded', () => {
    const out = join(dir, 'keep.json');
    writeFileSync(out, 'precious');
    const input = join(dir, 'bad.json');
    writeFileSync(input, '{"format": "leadnet-network", "version": 1, "actors": [{"id": "a"}]}');
    expect(cli('convert', input, out).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('precious');
  });

  it.each([
    [['convert'], /convert takes IN and OUT/],
    [['convert', EXAMPLE], /convert takes IN and OUT/],
    [['convert', EXAMPLE, 'out.txt'], /cannot tell the output format/],
    [['convert', EXAMPLE, 'out.json', '--to', 'png'], /--to is one of leadnet, gexf, graphml, csv/],
    [['convert', EXAMPLE, 'out.json', '--from', 'xls'], /--from is one of/],
    [
      ['convert', EXAMPLE, 'out.json', '--nodes', EXAMPLE],
      /--nodes and --groups go with a CSV edge list/,
    ],
    [['convert', EXAMPLE, 'out.json', '--role'], /unknown option --role/],
    [['convert', EXAMPLE, 'out.json', '--role-attr'], /--role-attr needs a value/],
  ])('%j is a usage error (exit 2)', (argv, message) => {
    const result = cli(...(argv as string[]));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/convert IN OUT/);
  });

  it('--to overrides the ending and --from the detection', () => {
    const out = join(dir, 'as-gexf.xml');
    expect(cli('convert', EXAMPLE, out, '--to', 'gexf').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/<gexf /);
    const back = importNetwork({ name: out, text: readFileSync(out, 'utf8') });
    expect(back.ok && back.report.format).toBe('gexf');
  });
});
