// GEXF and GraphML are read streaming (each node and edge as its end tag arrives) with the tree
// path (the whole file as a tree, then walked) as the reference and the fallback
// (src/core/formats/xml-reading.ts). Whatever the path, the result — document, report with its
// places and line numbers, refusal — is byte-for-byte the same JSON. The malformed corpus
// holds the two paths against each other on every one of its files (malformed-corpus.test.ts).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocumentText } from '../../src/core/document';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import {
  type ImportOptions,
  type ImportResult,
  type ImportSource,
  type XmlReading,
  importNetwork,
} from '../../src/core/formats';
import { englishLocation, englishText } from '../../src/core/messages';
import { exportedSource, fixture, oddDocument, valid } from './formats-helpers';

const json = (source: ImportSource, reading: XmlReading, options: ImportOptions = {}) =>
  JSON.stringify(importNetwork(source, options, reading));

/** The result as callers get it, after checking the tree path gives the same JSON. */
function sameAsTree(source: ImportSource, options: ImportOptions = {}): ImportResult {
  const auto = json(source, 'auto', options);
  expect(auto, `${source.name}: as callers read it`).toBe(json(source, 'tree', options));
  return JSON.parse(auto) as ImportResult;
}

/** The same, and streaming alone (no fallback) gives it too. */
function sameOnBothPaths(source: ImportSource, options: ImportOptions = {}): ImportResult {
  const result = sameAsTree(source, options);
  expect(json(source, 'stream', options), `${source.name}: streaming alone`).toBe(
    JSON.stringify(result),
  );
  return result;
}

/** The given-up streaming path: an internal refusal, never what a caller sees. */
function streamingGivesUp(source: ImportSource): void {
  const alone = importNetwork(source, {}, 'stream');
  expect(!alone.ok && alone.errors.map((e) => englishText(e)).join()).toMatch(/tree path/);
}

/** The report's lines, and the places of those whose English text matches a pattern. */
function reportOf(result: ImportResult) {
  if (!result.ok) throw new Error('expected an import');
  const all = [...result.report.changed, ...result.report.notes, ...result.report.refused];
  const at = (pattern: RegExp) =>
    all
      .filter((l) => pattern.test(englishText(l.message)))
      .flatMap((l) => l.where.map(englishLocation));
  return { all, at };
}

const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const XML_FIXTURES = readdirSync(FIXTURES).filter((f) => /\.(gexf|graphml)$/.test(f));

describe('streaming reads GEXF and GraphML as the tree path does', () => {
  it('there are sample files of both formats', () => {
    expect(XML_FIXTURES.filter((f) => f.endsWith('.gexf')).length).toBeGreaterThanOrEqual(3);
    expect(XML_FIXTURES.filter((f) => f.endsWith('.graphml')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(XML_FIXTURES)('%s: the same document and report on both paths', (name) => {
    const result = sameOnBothPaths(fixture(name));
    expect(result.ok).toBe(true);
    // With the user's mapping too: reverse and a role rule read the rows the readers made.
    sameOnBothPaths(fixture(name), {
      mapping: {
        reverse: true,
        labelAttr: '',
        roleRules: [{ attribute: 'label', value: 'x', role: 'manager' }],
      },
      dropInvalid: true,
    });
  });

  it.each(['gexf', 'graphml'] as const)(
    "the bench's %s (5,000 actors, 25,000 ties), with its carrier and without",
    (format) => {
      const text = JSON.stringify(createSyntheticNetwork({ actors: 5000, tiesPerActor: 5 }));
      const parsed = parseDocumentText(text);
      if (!parsed.ok) throw new Error('the synthetic network is invalid');
      const source = exportedSource(parsed.doc, format);
      const withCarrier = sameOnBothPaths(source);
      expect(withCarrier.ok && withCarrier.doc).toEqual(parsed.doc);
      const foreign = {
        ...source,
        text: source.text.replace(/<leadnet>.*<\/leadnet>|<data key="leadnet">.*<\/data>/, ''),
      };
      expect(foreign.text.length).toBeLessThan(source.text.length);
      const result = sameOnBothPaths(foreign);
      expect(result.ok && result.doc.ties.length).toBe(25000);
    },
  );

  it.each(['gexf', 'graphml'] as const)(
    'a document of odd ids and values exported as %s',
    (format) => {
      const result = sameOnBothPaths(exportedSource(valid(oddDocument()), format));
      expect(result.ok).toBe(true);
    },
  );

  it('every kind of GEXF report line, with its line number', () => {
    const text = [
      '<gexf><graph defaultedgetype="undirected" mode="dynamic">',
      '  <attributes class="graph"><attribute id="g" title="g"/></attributes>',
      '  <attributes class="node">',
      '    <attribute id="a" title="score" type="double"><default>1</default></attribute>',
      '    <attribute id="b" title="score" type="boolean"/>',
      '  </attributes>',
      '  <nodes>',
      '    <node id="n1" label="One"><attvalues><attvalue for="a" value="lots"/></attvalues>',
      '      <viz:position x="a" y="1"/></node>',
      '    <node id="n2"><attvalues><attvalue for="b" value="maybe" start="1"/>',
      '      <attvalue for="zz" value="?"/></attvalues></node>',
      '    <node id="n3" pid="n2"/>',
      '    <node id="n4"/>',
      '  </nodes>',
      '  <edges><edge source="n1" target="n4" type="mutual"/><edge source="n4" target="n4"/></edges>',
      '</graph></gexf>',
    ].join('\n');
    const result = sameOnBothPaths({ name: 'notes.gexf', text });
    const { all, at } = reportOf(result);
    expect(at(/number attribute values that are not finite/)).toEqual([
      expect.stringMatching(/line 8$/),
    ]);
    expect(at(/not true or false/)).toEqual([expect.stringMatching(/line 10$/)]);
    expect(at(/positions that are not finite/)).toEqual([expect.stringMatching(/line 8$/)]);
    expect(at(/time-bound/)).toEqual([expect.stringMatching(/line 10$/)]);
    expect(all.length).toBe(15);
  });

  it('every kind of GraphML report line, with its line number', () => {
    const text = [
      '<graphml>',
      '  <key id="k1" for="node" attr.name="score" attr.type="int"><default>2</default></key>',
      '  <key id="k2" for="node" attr.name="score" attr.type="boolean"/>',
      '  <key id="g" for="node" yfiles.type="nodegraphics"/>',
      '  <key id="e" for="edge" yfiles.type="edgegraphics"/>',
      '  <graph>',
      '    <node id="a"><data key="k1">many</data><data key="zz">?</data></node>',
      '    <node id="b"><data key="k2">perhaps</data>',
      '      <data key="g"><y:ShapeNode><y:Geometry x="1" y="2"/><y:NodeLabel> Bea </y:NodeLabel></y:ShapeNode></data></node>',
      '    <edge source="a" target="b"><data key="e"><y:PolyLineEdge/></data></edge>',
      '    <hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge>',
      '    <edge source="b" target="a" directed="false"/>',
      '  </graph>',
      '</graphml>',
    ].join('\n');
    const result = sameOnBothPaths({ name: 'notes.graphml', text });
    const { all, at } = reportOf(result);
    expect(result.ok && result.doc.actors[1]).toMatchObject({
      label: 'Bea',
      position: { x: 1, y: 2 },
    });
    expect(at(/number attribute values that are not finite/)).toEqual([
      expect.stringMatching(/line 7$/),
    ]);
    expect(at(/hyperedge/i)).toEqual([expect.stringMatching(/line 11$/)]);
    expect(at(/yEd node drawings/)).toEqual([expect.stringMatching(/line 8$/)]);
    expect(all.length).toBe(14);
  });
});

describe('where streaming gives up, the tree path reads the file', () => {
  const actor = (result: ImportResult) => result.ok && result.doc.actors[0];
  it.each([
    [
      'a GraphML <key> after the graph (against the schema) still names its data',
      'late.graphml',
      [
        '<graphml><graph edgedefault="directed">',
        '<node id="a"><data key="r">coordinator</data></node><node id="b"/>',
        '<edge source="b" target="a"/></graph>',
        '<key id="r" for="node" attr.name="role"/>',
        '</graphml>',
      ],
      (result: ImportResult) => expect(actor(result)).toMatchObject({ role: 'coordinator' }),
    ],
    [
      'GEXF <attributes> after the nodes still name their values',
      'late.gexf',
      [
        '<gexf><graph><nodes><node id="a"><attvalues><attvalue for="0" value="manager"/>',
        '</attvalues></node><node id="b"/></nodes>',
        '<attributes class="node"><attribute id="0" title="role"/></attributes>',
        '<edges><edge source="b" target="a"/></edges></graph></gexf>',
      ],
      (result: ImportResult) => expect(actor(result)).toMatchObject({ role: 'manager' }),
    ],
    [
      'GEXF edges before nodes: the nodes’ report lines come first, as the tree path reads',
      'edges-first.gexf',
      [
        '<gexf><graph defaultedgetype="directed">',
        '<edges><edge source="a" target="b"/></edges>',
        '<nodes><node id="a"/><node id="b"/></nodes></graph></gexf>',
      ],
      (result: ImportResult) =>
        expect(result.ok && result.report.changed.map((l) => englishText(l.message))).toEqual([
          expect.stringMatching(/actors without a role/),
          expect.stringMatching(/ties without a kind/),
        ]),
    ],
  ])('%s', (_title, name, lines, expectation) => {
    const source = { name, text: lines.join('\n') };
    streamingGivesUp(source);
    expectation(sameAsTree(source));
  });

  it('a refused file gets the tree path’s message, wherever streaming stopped', () => {
    // A node error early and an XML error late: the tree path reads the whole file first, so
    // the XML error is the message, not the node's.
    const text = [
      '<graphml><graph edgedefault="sideways">',
      '<node id="a"><graph/></node>',
      '</graph></graphmlx>',
    ].join('\n');
    const source = { name: 'bad.graphml', text };
    const result = sameAsTree(source);
    expect(!result.ok && englishText(result.errors[0]!)).toMatch(/line 3, .*closed as "graphmlx"/);
  });
});
