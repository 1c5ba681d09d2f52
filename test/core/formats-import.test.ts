// Importing other tools' files (DESIGN §3): realistic samples of each format, the mapping
// rules (undirected → two ties, parallel ties merged, self-loops left out, defaults, reverse,
// weights rescaled), refusal and "import anyway", detection, Leadnet migrations and limits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import {
  IMPORT_LIMITS,
  type ImportReport,
  type ImportResult,
  type ImportSource,
  LEADNET_MIGRATIONS,
  detectFormat,
  importNetwork,
  inspect,
} from '../../src/core/formats';
import { importLeadnetValue } from '../../src/core/formats/leadnet';
import { exportedSource, valid } from './formats-helpers';
import { englishLocation, englishText } from '../../src/core/messages';
import { danishText } from '../helpers/danish';

const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const fixture = (name: string) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') });

function imported(source: ImportSource, options = {}) {
  const result = importNetwork(source, options);
  if (!result.ok) throw new Error(result.errors.map((e) => englishText(e)).join('\n'));
  return result;
}

/** The report as `bucket: count × message` lines, for exact comparisons. */
function lines(report: ImportReport): string[] {
  return (['changed', 'refused', 'notes'] as const).flatMap((bucket) =>
    report[bucket].map((l) => `${bucket}: ${l.count} × ${englishText(l.message)}`),
  );
}

const ties = (result: ImportResult & { ok: true }) =>
  result.doc.ties.map((t) => `${t.source}→${t.target} ${t.kind} ${t.weight}`);

describe('samples from other tools', () => {
  it('Gephi GEXF 1.3: attvalues by title, a default, positions; parallel edges merged and rescaled', () => {
    const result = imported(fixture('gephi.gexf'));
    expect(result.report.format).toBe('gexf');
    expect(result.doc.actors).toEqual([
      {
        id: 'n0',
        label: 'Anna (nurse)',
        role: 'member',
        attributes: { Hospital: 'Aarhus', 'Years in post': 4, 'Modularity Class': 0 },
        position: { x: -12.5, y: 40.25 },
      },
      {
        id: 'n1',
        label: 'Bo (coordinator)',
        role: 'coordinator',
        // No attvalue for years: the declared default 0.
        attributes: { Hospital: 'Aarhus', 'Years in post': 0, 'Modularity Class': 0 },
        position: { x: 30, y: -5 },
      },
      {
        id: 'n2',
        label: 'Cai (manager)',
        role: 'manager',
        attributes: { Hospital: 'Randers & Viborg', 'Years in post': 11, 'Modularity Class': 1 },
        position: { x: 0, y: 0 },
      },
    ]);
    // Edges 0 and 2 (n0→n1, weights 2 and 3) merge into 5; edge 1 is undirected (weight 1):
    // two ties. The largest weight, 5, becomes 1: 5/5 and 1/5.
    expect(ties(result)).toEqual([
      'n0→n1 leadership 1',
      'n1→n2 leadership 0.2',
      'n2→n1 leadership 0.2',
    ]);
    expect(result.doc.ties[0]!.attributes).toEqual({ Relation: 'advice' });
    expect(lines(result.report)).toEqual([
      'changed: 3 × ties without a kind got the kind "leadership"',
      'changed: 1 × undirected edges made into two ties, one each way',
      "changed: 1 × parallel ties of one kind merged into one (weights summed; the first tie's id and attributes kept)",
      'changed: 3 × weights rescaled: divided by the largest, 5, so it becomes 1 and relative strengths are kept',
      'refused: 1 × self-loops (a tie from an actor to itself) left out',
    ]);
    expect(result.report.refused[0]!.where.map(englishLocation)).toEqual([
      'graph > edges > edge[3] line 65',
    ]);
  });

  it('Gephi GEXF with --kind-attr: parallel edges of different kinds stay apart', () => {
    const result = imported(fixture('gephi.gexf'), { mapping: { kindAttr: 'Relation' } });
    expect(ties(result)).toEqual([
      'n0→n1 advice 1',
      'n1→n2 leadership 0.2',
      'n2→n1 leadership 0.2',
    ]);
    expect(result.doc.ties[0]!.attributes).toBeUndefined();
  });

  it('networkx write_gexf (undirected, GEXF 1.2draft): two ties per edge, booleans, a mapped group', () => {
    const result = imported(fixture('networkx.gexf'), { mapping: { groupAttr: 'team' } });
    expect(result.doc.actors.map((a) => [a.id, a.label, a.role, a.group, a.attributes])).toEqual([
      ['0', '0', 'member', 'ortho', { senior: true }],
      ['1', '1', 'member', 'ortho', { senior: false }],
      ['2', '2', 'member', 'icu', { senior: false }],
    ]);
    expect(result.doc.groups).toEqual([
      { id: 'ortho', kind: 'team' },
      { id: 'icu', kind: 'team' },
    ]);
    expect(ties(result)).toEqual([
      '0→1 support 0.5',
      '1→0 support 0.5',
      '1→2 coordination 1',
      '2→1 coordination 1',
    ]);
    expect(lines(result.report)).toEqual([
      'changed: 3 × actors without a role got the role "member"',
      'changed: 2 × groups made from group values (kind "team")',
      'changed: 2 × undirected edges made into two ties, one each way',
      'changed: 1 × ties without a weight got the weight 1',
    ]);
  });

  it('yEd GraphML: labels and positions from the node drawings, descriptions as attributes', () => {
    const result = imported(fixture('yed.graphml'));
    expect(result.doc.actors).toEqual([
      {
        id: 'n0',
        label: 'Anna',
        role: 'member',
        attributes: { description: 'Ward nurse, orthopaedics' },
        position: { x: 100, y: 50 },
      },
      { id: 'n1', label: 'Bo', role: 'member', position: { x: 220, y: 50 } },
    ]);
    expect(result.doc.ties).toEqual([
      {
        id: 'e0',
        source: 'n0',
        target: 'n1',
        kind: 'leadership',
        weight: 1,
        attributes: { description: 'asks for advice' },
      },
    ]);
    expect(lines(result.report)).toContain(
      'notes: 2 × yEd node drawings: the label and position are read, shapes and colours are not',
    );
  });

  it('networkx write_graphml: typed keys, role/group/kind/weight by name, a directed="false" edge', () => {
    const result = imported(fixture('networkx.graphml'));
    expect(result.doc.actors).toEqual([
      { id: 'a', role: 'coordinator', group: 'team-ortho', attributes: { years: 3 } },
      { id: 'b', role: 'member', group: 'team-ortho', attributes: { years: 12 } },
      { id: 'c', role: 'manager' },
    ]);
    expect(result.doc.ties.map((t) => [t.id, t.source, t.target, t.kind, t.weight])).toEqual([
      ['t1', 'b', 'a', 'leadership', 0.7],
      ['t2', 'a', 'c', 'support', 0.4],
      ['t2 reverse', 'c', 'a', 'support', 0.4],
    ]);
    expect(lines(result.report)).toEqual([
      'changed: 1 × groups made from group values (kind "team")',
      'changed: 1 × undirected edges made into two ties, one each way',
      'notes: 2 × edges without an id numbered t1, t2, …',
    ]);
  });

  it('Cytoscape desktop JSON: compound parents become nested groups, name is the label', () => {
    const result = imported(fixture('cytoscape-desktop.cyjs'), {
      mapping: { kindAttr: 'interaction' },
    });
    expect(result.report.format).toBe('cytoscape');
    expect(result.doc.groups.map((g) => [g.id, g.label, g.kind, g.parent])).toEqual([
      ['104', 'Aarhus University Hospital', 'organization', undefined],
      ['105', 'Orthopaedic ward', 'team', '104'],
    ]);
    expect(result.doc.actors.map((a) => [a.id, a.label, a.role, a.group, a.position])).toEqual([
      ['106', 'Anna', 'member', '105', { x: -35.5, y: 12 }],
      ['107', 'Bo', 'coordinator', '105', { x: 35.5, y: 12 }],
      ['108', 'Cai', 'regional-coordinator', undefined, { x: 200, y: -40 }],
    ]);
    expect(ties(result)).toEqual(['106→107 leadership 0.8', '107→108 coordination 0.5']);
    expect(result.doc.actors[0]!.attributes).toEqual({
      shared_name: 'Anna',
      SUID: 106,
      selected: false,
    });
    expect(lines(result.report)).toEqual([
      'changed: 2 × compound (parent) nodes read as groups',
      'changed: 1 × groups without a kind got the kind "team"',
      'notes: 1 × Cytoscape edges read as directed, source → target',
    ]);
  });

  it('Cytoscape.js cy.json(): edges that end on a group are left out and named, the file opens', () => {
    // Valid in Cytoscape.js, which draws an edge to a compound node; a Leadnet tie joins two
    // people. Without --drop-invalid: nothing here is invalid, only not a tie.
    const result = imported(fixture('cytoscape-js.json'));
    expect(result.report.format).toBe('cytoscape');
    expect(result.doc.groups.map((g) => [g.id, g.label])).toEqual([
      ['ward-med', 'Medical ward'],
      ['ward-home', 'Home care north'],
    ]);
    expect(ties(result)).toEqual([
      'anna→bo leadership 0.8',
      'dina→cai leadership 0.6',
      'bo→erik reporting 1',
      'cai→erik reporting 1',
    ]);
    expect(result.report.kept).toEqual({ actors: 5, ties: 4, groups: 2 });
    expect(lines(result.report)).toEqual([
      'changed: 2 × compound (parent) nodes read as groups',
      'changed: 2 × groups without a kind got the kind "team"',
      'changed: 2 × ties without a weight got the weight 1',
      'refused: 2 × edges to or from the group "Medical ward" left out: a tie joins two people, and the group is drawn as a box around its members',
      'refused: 1 × edges to or from the group "Home care north" left out: a tie joins two people, and the group is drawn as a box around its members',
      'notes: 1 × Cytoscape edges read as directed, source → target',
    ]);
    expect(result.report.refused[0]!.where.map(englishLocation)).toEqual([
      'elements.edges[3]',
      'elements.edges[5]',
    ]);
    // In Danish, the group by its label, isolated.
    expect(danishText(result.report.refused[1]!.message)).toBe(
      'kanter til eller fra gruppen \u2068Home care north\u2069 udeladt: en relation forbinder to personer, og gruppen tegnes som en boks om sine medlemmer',
    );
  });

  it('Cytoscape elements arrays, bare and wrapped, tell nodes from edges by source', () => {
    const elements = [
      { data: { id: 'a', role: 'coordinator' } },
      { data: { id: 'b' } },
      { data: { source: 'b', target: 'a', kind: 'leadership', weight: 0.5 } },
    ];
    for (const text of [JSON.stringify(elements), JSON.stringify({ elements })]) {
      const result = imported({ name: 'net.json', text });
      expect(result.report.format).toBe('cytoscape');
      expect(ties(result)).toEqual(['b→a leadership 0.5']);
      expect(result.doc.actors.map((a) => a.role)).toEqual(['coordinator', 'member']);
    }
  });

  it('graphology JSON: undirected edges doubled, x/y as positions, odd keys kept as ids', () => {
    const result = imported(fixture('graphology.json'));
    expect(result.report.format).toBe('graphology');
    expect(result.doc.actors.map((a) => [a.id, a.label, a.role, a.position])).toEqual([
      ['__proto__', 'Proto', 'coordinator', { x: 1.5, y: -2 }],
      ['constructor', 'Ctor', 'member', { x: 3, y: 4 }],
      ['Sø 🏥', 'Hospital', 'manager', undefined],
    ]);
    expect(result.doc.actors[1]!.attributes).toEqual({ tags: '["a","b"]' });
    expect(result.doc.ties.map((t) => [t.id, t.source, t.target, t.kind, t.weight])).toEqual([
      ['e1', '__proto__', 'constructor', 'leadership', 0.4],
      ['e1 reverse', 'constructor', '__proto__', 'leadership', 0.4],
      ['t1', 'Sø 🏥', '__proto__', 'support', 1],
    ]);
    expect(lines(result.report)).toEqual([
      'changed: 1 × attribute values that are lists or objects kept as JSON text',
      'changed: 1 × ties without a kind got the kind "leadership"',
      'changed: 1 × undirected edges made into two ties, one each way',
      'changed: 1 × ties without a weight got the weight 1',
      'notes: 1 × edges without an id numbered t1, t2, …',
    ]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('Gephi CSV tables: Source,Target,Type,Weight and an Id,Label node table', () => {
    const result = imported(
      { ...fixture('gephi-edges.csv'), nodes: fixture('gephi-nodes.csv') },
      { mapping: { groupAttr: 'Team' } },
    );
    expect(result.doc.actors).toEqual([
      { id: 'n1', label: 'Anna', role: 'coordinator', group: 'ortho', attributes: { Years: 4 } },
      { id: 'n2', label: 'Bo', role: 'member', group: 'ortho', attributes: { Years: 11 } },
      { id: 'n3', label: 'Cai', role: 'manager' },
    ]);
    // Weights 2, 1 (undirected: both ways) and 4; the largest, 4, becomes 1.
    expect(ties(result)).toEqual([
      'n1→n2 leadership 0.5',
      'n2→n3 leadership 0.25',
      'n3→n2 leadership 0.25',
      'n3→n1 leadership 1',
    ]);
    expect(result.doc.ties.map((t) => t.id)).toEqual(['0', '1', '1 reverse', '2']);
    expect(lines(result.report)).toEqual([
      'changed: 1 × groups made from group values (kind "team")',
      'changed: 3 × ties without a kind got the kind "leadership"',
      'changed: 1 × undirected edges made into two ties, one each way',
      'changed: 4 × weights rescaled: divided by the largest, 4, so it becomes 1 and relative strengths are kept',
    ]);
  });

  it('CSV: from,to columns, semicolons, no node table, a type column that is not a direction', () => {
    const text = 'from;to;type;weight\nA;B;advice;0.5\nB;C;advice;\n';
    const result = imported({ name: 'edges.csv', text });
    expect(result.doc.actors.map((a) => a.id)).toEqual(['A', 'B', 'C']);
    expect(ties(result)).toEqual(['A→B leadership 0.5', 'B→C leadership 1']);
    expect(result.doc.ties[0]!.attributes).toEqual({ type: 'advice' });
    expect(lines(result.report)).toContain('changed: 1 × ties without a weight got the weight 1');
    expect(lines(result.report)).toContain(
      'notes: 1 × no actor table: actors are the ties’ endpoints',
    );
  });

  it('CSV typing: canonical numbers, true/false, else text (documented rule)', () => {
    const nodes = 'id,a,b,c,d\nx,1,true,007,1e3\ny,2.5,false,8,\nz,,true,x,1000\n';
    const result = imported({
      name: 't.csv',
      text: 'source,target\nx,y\n',
      nodes: { name: 'n.csv', text: nodes },
    });
    expect(result.doc.actors.map((a) => a.attributes)).toEqual([
      { a: 1, b: true, c: '007', d: '1e3' },
      { a: 2.5, b: false, c: '8' },
      { b: true, c: 'x', d: '1000' },
    ]);
  });
});

describe('hierarchies', () => {
  it('GEXF pid: parent nodes become groups, their children its actors', () => {
    const text = `<gexf><graph defaultedgetype="directed"><nodes>
      <node id="ward" label="Ward"/><node id="a" pid="ward"/><node id="b" pid="ward"/>
      </nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`;
    const result = imported({ name: 'h.gexf', text });
    expect(result.doc.groups).toEqual([{ id: 'ward', label: 'Ward', kind: 'team' }]);
    expect(result.doc.actors.map((a) => [a.id, a.group])).toEqual([
      ['a', 'ward'],
      ['b', 'ward'],
    ]);
  });

  it.each([
    [
      'h.gexf',
      '<gexf><graph><nodes><node id="a"><nodes><node id="b"/></nodes></node></nodes></graph></gexf>',
      'graph > nodes > node[0] line 1: nodes inside a node (a hierarchical GEXF) are not supported: flatten the graph first',
    ],
    [
      'h.graphml',
      '<graphml><graph edgedefault="directed"><node id="a"><graph edgedefault="directed"><node id="b"/></graph></node></graph></graphml>',
      'graph > node[0] line 1: a graph inside a node (a nested GraphML graph) is not supported: flatten the graph first',
    ],
  ])('%s with nested graphs is refused with the path', (name, text, message) => {
    const result = importNetwork({ name, text });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => englishText(e))).toEqual([message]);
  });

  it('GraphML hyperedges are left out and reported', () => {
    const text = `<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>
      <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>
      <edge source="a" target="b"/></graph></graphml>`;
    const result = imported({ name: 'h.graphml', text });
    expect(ties(result)).toEqual(['a→b leadership 1', 'b→a leadership 1']);
    expect(lines(result.report)).toContain(
      'refused: 1 × hyperedges (edges between more than two nodes) left out',
    );
  });

  it('an unknown field named __proto__ on an actor survives a GEXF round trip as an own field', () => {
    const doc = valid(
      JSON.parse(
        '{"format":"leadnet-network","version":1,"actors":[{"id":"a","role":"member","__proto__":{"x":1}}]}',
      ),
    );
    expect(Object.prototype.hasOwnProperty.call(doc.actors[0], '__proto__')).toBe(true);
    const result = imported(exportedSource(doc, 'gexf'));
    expect(Object.prototype.hasOwnProperty.call(result.doc.actors[0], '__proto__')).toBe(true);
    expect(result.doc).toEqual(doc);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('mapping', () => {
  const graph = (
    edges: object[],
    nodes: object[] = [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
  ) => ({
    name: 'g.json',
    text: JSON.stringify({ nodes, edges }),
  });

  it('--reverse flips every tie and says so', () => {
    const result = imported(graph([{ source: 'a', target: 'b' }]), { mapping: { reverse: true } });
    expect(ties(result)).toEqual(['b→a leadership 1']);
    expect(lines(result.report)).toContain(
      'changed: 1 × ties reversed (the file reads "A leads B"; Leadnet "A looks to B")',
    );
  });

  it('weights in (0, 1] are kept as they are; none over 1 means no rescaling', () => {
    const result = imported(
      graph([
        { source: 'a', target: 'b', attributes: { weight: 0.25 } },
        { source: 'b', target: 'c', attributes: { weight: 1 } },
      ]),
    );
    expect(ties(result)).toEqual(['a→b leadership 0.25', 'b→c leadership 1']);
    expect(lines(result.report).join()).not.toMatch(/rescaled/);
  });

  it('a weight so small it would vanish in rescaling is kept positive and reported', () => {
    const result = imported(
      graph([
        { source: 'a', target: 'b', attributes: { weight: 1e308 } },
        { source: 'b', target: 'c', attributes: { weight: 1e-300 } },
      ]),
    );
    expect(result.doc.ties.map((t) => t.weight)).toEqual([1, Number.MIN_VALUE]);
    expect(lines(result.report)).toContain(
      'changed: 1 × weights too small to keep after rescaling set to the smallest positive number',
    );
  });

  it('refuses dangling ties, duplicate ids and bad weights, with paths and droppable counts', () => {
    const source = graph(
      [
        { key: 'e1', source: 'a', target: 'zz' },
        { key: 'e2', source: 'a', target: 'b', attributes: { weight: -1 } },
        { key: 'e3', source: 'a', target: 'b', attributes: { weight: 'heavy' } },
        { key: 'e4', source: 'b', target: 'c' },
        { key: 'e4', source: 'c', target: 'a' },
      ],
      [{ key: 'a' }, { key: 'b' }, { key: 'b' }, { key: 'c' }, {}],
    );
    const result = importNetwork(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => englishText(e))).toEqual([
      'nodes[2]: duplicate id "b" (first at nodes[1])',
      'nodes[4]: a node without an id',
      'edges[0]: no actor with id "zz"',
      'edges[1]: the weight must be a finite number greater than 0 (got -1)',
      'edges[2]: the weight must be a finite number greater than 0 (got "heavy")',
      'edges[4]: duplicate edge id "e4" (first at edges[3])',
    ]);
    expect(result.droppable).toEqual({ actors: 2, ties: 4, groups: 0 });

    const dropped = imported(source, { dropInvalid: true });
    expect(dropped.doc.actors.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(ties(dropped)).toEqual(['b→c leadership 1']);
    expect(lines(dropped.report).filter((l) => l.startsWith('refused'))).toEqual([
      'refused: 1 × nodes with a duplicate id left out (the first is kept)',
      'refused: 1 × nodes without an id left out',
      'refused: 1 × ties to actors that are not in the file left out',
      'refused: 2 × ties whose weight is not a finite number greater than 0 left out',
      'refused: 1 × edges with a duplicate id left out (the first is kept)',
    ]);
  });

  it('names a mapped attribute the file does not have', () => {
    const result = importNetwork(graph([]), { mapping: { roleAttr: 'Role' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => englishText(e))).toEqual([
      'mapping.roleAttr: no node attribute "Role" in "g.json" (its nodes have no attributes)',
    ]);
    const named = importNetwork(graph([], [{ key: 'a', attributes: { role: 'x', team: 'y' } }]), {
      mapping: { groupAttr: 'Team' },
    });
    expect(!named.ok && named.errors.map((e) => englishText(e))).toEqual([
      'mapping.groupAttr: no node attribute "Team" in "g.json" (node attributes: "role" and "team")',
    ]);
  });

  it('an empty mapped name means "none": the role attribute is kept as an attribute', () => {
    const source = graph([], [{ key: 'a', attributes: { role: 'manager' } }]);
    expect(imported(source).doc.actors[0]!.role).toBe('manager');
    const result = imported(source, { mapping: { roleAttr: '' } });
    expect(result.doc.actors[0]).toEqual({
      id: 'a',
      role: 'member',
      attributes: { role: 'manager' },
    });
  });
});

describe('inspect', () => {
  it('tells the format, counts, direction, attributes and the suggested mapping', () => {
    const result = inspect(fixture('gephi.gexf'));
    if (!result.ok) throw new Error('inspect failed');
    const { inspection } = result;
    expect(inspection).toMatchObject({
      format: 'gexf',
      needsMapping: true,
      nodes: 3,
      edges: 4,
      directed: 'mixed',
      suggested: { roleAttr: 'Role', labelAttr: 'label', weightAttr: 'weight' },
    });
    expect(inspection.nodeAttributes.find((a) => a.name === 'Hospital')).toEqual({
      name: 'Hospital',
      count: 3,
      samples: ['Aarhus', 'Randers & Viborg'],
      distinct: 2,
    });
  });

  it('needs no mapping step for Leadnet JSON or Leadnet’s own GEXF', () => {
    const example = valid(createExampleDocument());
    const json = inspect({ name: 'x.json', text: JSON.stringify(example) });
    expect(json.ok && json.inspection.needsMapping).toBe(false);
    expect(json.ok && json.inspection.nodes).toBe(example.actors.length);
    for (const format of ['gexf', 'graphml'] as const) {
      const own = inspect(exportedSource(example, format));
      expect(own.ok && own.inspection.needsMapping).toBe(false);
    }
  });
});

describe('detection', () => {
  it.each([
    ['a.json', '{"format": "leadnet-network"}', 'json'],
    ['a.txt', ' [ ]', 'json'],
    ['a.xml', '<?xml version="1.0"?><gexf>', 'gexf'],
    ['a', '<graphml xmlns="x">', 'graphml'],
    ['a.gexf', '<?xml version="1.0"?><!-- cut', 'gexf'],
    ['a.csv', 'source,target', 'csv'],
    ['edges', 'source;target', 'csv'],
  ])('%s (%s) is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });

  it('tells JSON flavours apart by content, whatever the ending', () => {
    const example = createExampleDocument();
    expect(imported({ name: 'a.cyjs', text: JSON.stringify(example) }).report.format).toBe(
      'leadnet',
    );
    expect(
      imported({ name: 'a.json', text: '{"nodes": [{"key": "a"}], "edges": []}' }).report.format,
    ).toBe('graphology');
  });

  it('--from overrides the detection', () => {
    const result = importNetwork(
      { name: 'a.json', text: 'source,target\na,b\n' },
      { format: 'csv' },
    );
    expect(result.ok).toBe(true);
  });
});

describe('Leadnet JSON', () => {
  it('migrations: the table is empty today, version 1 passes through unchanged', () => {
    expect(LEADNET_MIGRATIONS).toEqual([]);
    const example = valid(createExampleDocument());
    const result = imported({ name: 'x.json', text: JSON.stringify(example) });
    expect(result.doc).toEqual(example);
    expect(lines(result.report)).toEqual([]);
  });

  it('migrations run in order, n → n+1, and the report says so (a synthetic version 0)', () => {
    const old = { format: 'leadnet-network', version: 0, people: [{ id: 'a', role: 'member' }] };
    const migrations = [
      {
        from: 0,
        migrate: (d: Record<string, unknown>) => {
          const { people, ...rest } = d;
          return { ...rest, version: 1, actors: people };
        },
      },
    ];
    const result = importLeadnetValue(old, migrations, 1);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.doc.actors).toEqual([{ id: 'a', role: 'member' }]);
    expect(lines(result.report)).toEqual([
      'changed: 1 × the file was migrated from version 0 of the format to version 1',
    ]);
    // With today's (empty) table a version 0 file has no way forward.
    const refused = importLeadnetValue(old);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors.map((e) => englishText(e))).toEqual([
      'version: no migration from version 0 of the format: this Leadnet reads version 1',
    ]);
  });

  it('a newer version is refused with the message parseDocument gives', () => {
    const result = importNetwork({
      name: 'x.json',
      text: JSON.stringify({ format: 'leadnet-network', version: 2, actors: [] }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(englishText(result.errors[0]!)).toMatch(/version 2 .* newer Leadnet/);
  });
});

describe('limits', () => {
  it(`refuses a file over ${IMPORT_LIMITS.bytes / 1048576} MB before reading it`, () => {
    const start = performance.now();
    const result = importNetwork({ name: 'big.json', text: ' '.repeat(IMPORT_LIMITS.bytes + 1) });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(englishText(result.errors[0]!)).toMatch(/Leadnet reads files up to 50 MB/);
  });

  it('refuses too many nodes in XML and too many rows in CSV by counting first, within a second', () => {
    const nodes = '<node id="x"/>'.repeat(IMPORT_LIMITS.actors + 1);
    const gexf = `<gexf><graph><nodes>${nodes}</nodes></graph></gexf>`;
    let start = performance.now();
    const xml = importNetwork({ name: 'big.gexf', text: gexf });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(!xml.ok && englishText(xml.errors[0]!)).toMatch(/more than 50000 actors/);

    const csv = `source,target\n${'a,b\n'.repeat(IMPORT_LIMITS.ties + 1)}`;
    start = performance.now();
    const rows = importNetwork({ name: 'big.csv', text: csv });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(!rows.ok && englishText(rows.errors[0]!)).toMatch(/more than 500000 rows/);
  });
});
