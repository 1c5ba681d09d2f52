// One parse path, one set of limits (src/core/limits.ts): JSON carried inside our own GEXF and
// GraphML is held to the nesting limit Leadnet JSON is, so nothing accepted can later throw a
// RangeError in JSON.stringify or structuredClone; every reader, and `parseDocumentText` (what
// `leadnet validate` and the app's parse use), refuses 60,000 actors and over-size files alike,
// in the same words, saying the limit. All inputs are generated here.
import { describe, expect, it } from 'vitest';
import { parseDocumentText } from '../../src/core/document';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { createSyntheticNetwork } from '../../src/core/example/synthetic';
import { type ImportSource, exportNetwork, importNetwork, inspect } from '../../src/core/formats';
import { readJson } from '../../src/core/formats/json-text';
import { LIMITS } from '../../src/core/limits';
import { type Message, englishText } from '../../src/core/messages';
import { danishText } from '../helpers/danish';

const lines = (errors: readonly Message[]) => errors.map((e) => englishText(e)).join('\n');

/** Our own GEXF or GraphML of the example, its carrier holding an extra field `depth` deep. */
function carrierNested(format: 'gexf' | 'graphml', depth: number): ImportSource {
  const doc = { ...createExampleDocument(), deep: 'PLACEHOLDER' } as never;
  const text = exportNetwork(doc, format).files[0]!.text;
  expect(text).toContain('&quot;PLACEHOLDER&quot;');
  return {
    name: `deep.${format}`,
    text: text.replace('&quot;PLACEHOLDER&quot;', '['.repeat(depth) + ']'.repeat(depth)),
  };
}

describe('the leadnet carrier inside GEXF and GraphML', () => {
  it.each(['gexf', 'graphml'] as const)(
    'a %s whose carrier nests 10,000 deep is refused, by import and inspect, saying the limit',
    (format) => {
      const source = carrierNested(format, 10_000);
      for (const result of [importNetwork(source), inspect(source)]) {
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.errors).toHaveLength(1);
        expect(lines(result.errors)).toBe(
          `deep.${format}: its leadnet attribute (Leadnet's own data, in JSON) is nested more than 100 levels deep; no network file needs that`,
        );
        expect(danishText(result.errors[0]!)).toMatch(/indlejret mere end 100 niveauer/);
      }
    },
  );

  it.each(['gexf', 'graphml'] as const)(
    'a %s whose carrier nests just within the limit imports, and the network can be saved and sent',
    (format) => {
      // The carrier is {network: {deep: […]}}: two levels of its own.
      const result = importNetwork(carrierNested(format, LIMITS.nesting - 2));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const doc = result.doc as unknown as { deep: unknown };
      let depth = 0;
      for (let v = doc.deep; Array.isArray(v); v = v[0]) depth += 1;
      expect(depth).toBe(LIMITS.nesting - 2);
      expect(() => JSON.stringify(result.doc)).not.toThrow();
      expect(structuredClone(result.doc)).toEqual(result.doc);
      // And the export reads back.
      expect(importNetwork(exportNetwork(result.doc, format).files[0]!).ok).toBe(true);
    },
  );

  it.each(['gexf', 'graphml'] as const)(
    'a %s whose carrier nests one level over the limit is refused',
    (format) => {
      const result = importNetwork(carrierNested(format, LIMITS.nesting - 1));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]!.code).toBe('fmt_carrier_nested');
    },
  );
});

describe('readJson, the one JSON reader', () => {
  it('refuses 10,000-deep text at its line and column, never a RangeError', () => {
    const text = `{\n  "a": ${'['.repeat(10_000)}${']'.repeat(10_000)}\n}`;
    expect(() => readJson(text, { file: 'x.json' })).toThrow(
      'x.json line 2, column 107: nested more than 100 levels deep; no network file needs that',
    );
  });

  it('says a syntax error at its line and column, at the place given', () => {
    expect(() => readJson('{\n "a": tru }', { file: 'y.json' })).toThrow(/y\.json line 2/);
  });
});

/** A network of `actors` people and few ties, as every format writes it. */
function big(actors: number) {
  const doc = createSyntheticNetwork({ actors, tiesPerActor: 0.2, seed: 7 });
  const json = JSON.stringify(doc);
  const graphology = JSON.stringify({
    nodes: doc.actors.map((a) => ({ key: a.id })),
    edges: doc.ties.map((t) => ({ source: t.source, target: t.target })),
  });
  const cytoscape = JSON.stringify({
    elements: {
      nodes: doc.actors.map((a) => ({ data: { id: a.id } })),
      edges: doc.ties.map((t) => ({ data: { source: t.source, target: t.target } })),
    },
  });
  const csv = exportNetwork(doc, 'csv').files;
  const table = (name: string) => csv.find((f) => f.name === name)!;
  // An edge list alone: every actor appears in a tie (a chain through all of them).
  const chain = `source,target\n${doc.actors
    .slice(1)
    .map((a, i) => `${doc.actors[i]!.id},${a.id}`)
    .join('\n')}\n`;
  return {
    doc,
    sources: {
      'Leadnet JSON': { name: 'big.json', text: json },
      'graphology JSON': { name: 'big.json', text: graphology },
      'Cytoscape JSON': { name: 'big.json', text: cytoscape },
      GEXF: { name: 'big.gexf', text: exportNetwork(doc, 'gexf').files[0]!.text },
      GraphML: { name: 'big.graphml', text: exportNetwork(doc, 'graphml').files[0]!.text },
      'CSV with an actors table': {
        name: 'big.csv',
        text: table('ties.csv').text,
        nodes: { name: 'big.actors.csv', text: table('actors.csv').text },
      },
      'CSV edge list': { name: 'big.csv', text: chain },
    } satisfies Record<string, ImportSource>,
  };
}

describe('one limit for every format', () => {
  const over = big(60_000);
  const refusal = (file: string) =>
    `${file}: more than 50000 actors (nodes); Leadnet reads networks up to that size`;

  it.each(Object.keys(over.sources))(
    '60,000 actors in %s are refused, saying the limit',
    (kind) => {
      const source = over.sources[kind as keyof typeof over.sources];
      const result = importNetwork(source);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(lines(result.errors)).toBe(
          // The CSV actors table is the file that holds too many; otherwise the file itself.
          refusal('nodes' in source ? source.nodes.name : source.name),
        );
    },
  );

  it('60,000 actors in Leadnet JSON are refused by parseDocumentText (validate) in the same words', () => {
    const result = parseDocumentText(over.sources['Leadnet JSON'].text, 'big.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(lines(result.errors)).toBe(refusal('big.json'));
  });

  it('50,000 actors, the limit itself, are read by every JSON reader and parseDocumentText', () => {
    const at = big(LIMITS.actors);
    for (const kind of ['Leadnet JSON', 'graphology JSON', 'Cytoscape JSON'] as const)
      expect(importNetwork(at.sources[kind]).ok, kind).toBe(true);
    expect(parseDocumentText(at.sources['Leadnet JSON'].text).ok).toBe(true);
  });

  it('a Leadnet JSON over 50 MB is refused by parseDocumentText as by import, saying the limit', () => {
    const text = `{"format":"leadnet-network","version":1,"actors":[],"ties":[],"x":"${'a'.repeat(LIMITS.bytes)}"}`;
    const imported = importNetwork({ name: 'huge.json', text });
    const validated = parseDocumentText(text, 'huge.json');
    expect(imported.ok || validated.ok).toBe(false);
    if (imported.ok || validated.ok) return;
    expect(lines(validated.errors)).toBe(lines(imported.errors));
    expect(lines(validated.errors)).toBe(
      'huge.json: the file is 50 MB; Leadnet reads files up to 50 MB',
    );
  });

  it('Leadnet JSON nested 10,000 deep is refused by parseDocumentText as by import', () => {
    const text = `{"format":"leadnet-network","version":1,"actors":[],"ties":[],"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const imported = importNetwork({ name: 'deep.json', text });
    const validated = parseDocumentText(text, 'deep.json');
    expect(imported.ok || validated.ok).toBe(false);
    if (imported.ok || validated.ok) return;
    expect(lines(validated.errors)).toBe(lines(imported.errors));
    expect(lines(validated.errors)).toMatch(/^deep\.json line 1, column \d+: nested more than 100/);
  });
});
