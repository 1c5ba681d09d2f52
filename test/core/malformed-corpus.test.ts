// A malformed-file corpus built from valid exports: truncated at many points, wrong roots,
// BOMs, UTF-16 as the page receives it, entity bombs, 10,000-deep nesting, huge numbers,
// NaN and Infinity, duplicate ids and dangling ties. Every file must give `ok: false` with a
// clear message or `ok: true` with a report — never a throw, never a silently changed value —
// and the same result when GEXF and GraphML are read on the tree path only.
import { afterAll, describe, expect, it } from 'vitest';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { type ImportResult, type ImportSource, importNetwork } from '../../src/core/formats';
import { exportedSource, oddDocument, valid } from './formats-helpers';
import { englishText } from '../../src/core/messages';
import { danishText } from '../helpers/danish';

const base = valid({
  ...createExampleDocument(),
  actors: [
    ...createExampleDocument().actors,
    ...oddDocument().actors.map((a) => ({ ...a, group: undefined })),
  ],
});
const original = new Map(base.actors.map((a) => [a.id, a]));
const originalTies = new Map(base.ties.map((t) => [t.id, t]));

const counts = { files: 0, refused: 0, imported: 0 };
afterAll(() => {
  console.log(
    `malformed corpus: ${counts.files} files, ${counts.refused} refused with a message, ${counts.imported} imported with a report`,
  );
});

/** Imports one corpus file and checks the outcome is a clear refusal or a reported import. */
function check(source: ImportSource, expectRefusal?: RegExp): ImportResult {
  counts.files += 1;
  let result: ImportResult;
  try {
    result = importNetwork(source);
  } catch (error) {
    throw new Error(`${source.name} threw: ${String(error)}`);
  }
  // GEXF and GraphML stream with the tree path as reference and fallback: the same result,
  // refusal messages and report places included (formats-xml-reading.test.ts).
  expect(JSON.stringify(result), `${source.name}: streaming and tree paths differ`).toBe(
    JSON.stringify(importNetwork(source, {}, 'tree')),
  );
  if (!result.ok) {
    counts.refused += 1;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(englishText(e, false).length, `${source.name}: empty message`).toBeGreaterThan(5);
      expect(englishText(e)).not.toMatch(/undefined|\[object /);
      // Every message says itself in Danish too (no key missing, nothing left unfilled).
      expect(danishText(e)).not.toMatch(/\{\w+\}|undefined|\[object /);
    }
    if (expectRefusal)
      expect(result.errors.map((e) => englishText(e)).join('\n')).toMatch(expectRefusal);
    return result;
  }
  if (expectRefusal) throw new Error(`${source.name} was imported, expected a refusal`);
  counts.imported += 1;
  // Whatever was kept is what the file said: no actor or tie comes back altered.
  const { changed, refused } = result.report;
  if (changed.length === 0 && refused.length === 0) {
    for (const a of result.doc.actors) {
      const before = original.get(a.id);
      if (before && result.report.format === 'leadnet') expect(a).toEqual(before);
    }
    for (const t of result.doc.ties) {
      const before = originalTies.get(t.id);
      if (before)
        expect({ ...t, attributes: undefined }).toMatchObject({
          source: before.source,
          target: before.target,
          kind: before.kind,
        });
    }
  }
  expect(result.report.kept).toEqual({
    actors: result.doc.actors.length,
    ties: result.doc.ties.length,
    groups: result.doc.groups.length,
  });
  return result;
}

const sources = {
  leadnet: exportedSource(base, 'leadnet'),
  gexf: exportedSource(base, 'gexf'),
  graphml: exportedSource(base, 'graphml'),
  csv: exportedSource(base, 'csv'),
};

describe('truncated files', () => {
  it.each(['leadnet', 'gexf', 'graphml'] as const)(
    '%s cut at many points is always refused',
    (format) => {
      const { name, text } = sources[format];
      const step = Math.ceil(text.length / 60);
      for (let at = 1; at < text.length - 1; at += step) {
        const result = check({ name, text: text.slice(0, at) });
        expect(result.ok, `${name} cut at ${at}`).toBe(false);
      }
    },
  );

  it('CSV ties and actors tables cut at many points are refused or imported with what remains', () => {
    const csv = sources.csv as Required<ImportSource>;
    for (const table of ['ties', 'nodes'] as const) {
      const full = table === 'ties' ? csv.text : csv.nodes.text;
      const step = Math.ceil(full.length / 60);
      for (let at = 1; at < full.length - 1; at += step) {
        const cut = full.slice(0, at);
        const source =
          table === 'ties' ? { ...csv, text: cut } : { ...csv, nodes: { ...csv.nodes, text: cut } };
        const result = check(source);
        // A cut inside a row leaves too few cells (refused); a cut after a row end is a valid,
        // shorter table; a cut inside the last cell leaves no line end, which the report notes.
        if (result.ok && !/[\r\n]$/.test(cut))
          expect(result.report.notes.map((n) => englishText(n.message)).join()).toMatch(
            /no line end/,
          );
      }
    }
  });
});

describe('wrong roots and encodings', () => {
  it.each([
    [
      'root.gexf',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      /root element is <svg>/,
    ],
    ['root.graphml', '<?xml version="1.0"?><graph/>', /root element is <graph>/],
    ['root.xml', '<html><body/></html>', /neither GEXF .* nor GraphML/],
    ['object.json', '{"hello": "world"}', /not a network Leadnet reads/],
    ['string.json', '"just text"', /not a network Leadnet reads/],
    ['null.json', 'null', /not a network Leadnet reads/],
    ['numbers.json', '[1, 2, 3]', /elements\[0\]: an element must be an object/],
    ['empty.csv', '', /the file is empty/],
    ['blank.json', '   \n  ', /the file is empty/],
    ['header.csv', 'a,b,c\n1,2,3\n', /no source and target columns/],
    ['two-graphs.gexf', '<gexf><graph/><graph/></gexf>', /holds one <graph>; this one has 2/],
  ])('%s is refused', (name, text, message) => {
    check({ name, text }, message);
  });

  it.each(['leadnet', 'gexf', 'graphml', 'csv'] as const)(
    '%s with a UTF-8 BOM imports',
    (format) => {
      const source = sources[format];
      const result = check({ ...source, text: `\uFEFF${source.text}` });
      expect(result.ok).toBe(true);
    },
  );

  it.each(['leadnet', 'gexf', 'graphml', 'csv'] as const)(
    '%s saved as UTF-16, read as the page reads it (File.text(): UTF-8), is refused',
    (format) => {
      const source = sources[format];
      for (const le of [true, false]) {
        const bytes = new Uint8Array(2 + source.text.length * 2);
        bytes.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
        for (let i = 0; i < source.text.length; i += 1) {
          const c = source.text.charCodeAt(i);
          bytes[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
          bytes[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
        }
        const asPageSeesIt = new TextDecoder('utf-8').decode(bytes);
        check({ ...source, text: asPageSeesIt }, /looks like UTF-16 text; save it as UTF-8/);
        // Without a BOM: NULs in every other position.
        check({ ...source, text: asPageSeesIt.slice(2) }, /looks like UTF-16 text/);
      }
    },
  );
});

describe('attacks on the parsers', () => {
  it('a billion-laughs entity bomb is refused at once, unexpanded', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE gexf [',
      '<!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
      ),
      ']>',
      '<gexf><graph><nodes><node id="a" label="&lol9;"/></nodes></graph></gexf>',
    ].join('\n');
    // Refused for an undefined entity: nothing was expanded (no time limit needed to see it).
    check(
      { name: 'lol.gexf', text: lol },
      /line 14, column \d+: not valid XML: the entity "&lol9;" is not defined/,
    );
    check(
      { name: 'lol.graphml', text: lol.replace(/gexf/g, 'graphml') },
      /entity "&lol9;" is not defined/,
    );
  });

  it('points at what is wrong: the close tag that does not match, the undefined entity, the file cut short', () => {
    const head = '<?xml version="1.0"?>\n<graphml>\n<graph>\n';
    // Line 5 closes <graph> while <node> is open: both named, the close tag's first column.
    check(
      { name: 'mismatch.graphml', text: `${head}<node id="a">\n  </graph>\n</graphml>` },
      /line 5, column 3: not valid XML: the element "node" is closed as "graph"$/,
    );
    check(
      { name: 'entity.graphml', text: `${head}<node id="a&amp;&nbsp;b"/>\n</graph>\n</graphml>` },
      /line 4, column 17: not valid XML: the entity "&nbsp;" is not defined/,
    );
    check(
      { name: 'cut.graphml', text: `${head}<node id="a"/>` },
      /line 4, column 15: not valid XML: these elements are not closed: "graphml" and "graph" \(was the file cut short\?\)$/,
    );
    check(
      {
        name: 'twice.gexf',
        text: '<gexf><graph><nodes><node id="a" id="b"/></nodes></graph></gexf>',
      },
      /line 1, column 42: not valid XML: the attribute "id" is given twice$/,
    );
  });

  it('an external entity is not fetched', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY x SYSTEM "file:///etc/passwd">]><gexf><graph><nodes><node id="&x;"/></nodes></graph></gexf>';
    check({ name: 'xxe.gexf', text: xxe }, /entity "&x;" is not defined/);
  });

  it.each([
    ['deep-array.json', '['.repeat(10000) + ']'.repeat(10000)],
    ['deep-object.json', '{"a":'.repeat(10000) + '1' + '}'.repeat(10000)],
    [
      'deep-leadnet.json',
      `{"format":"leadnet-network","version":1,"actors":[],"views":[${'['.repeat(10000)}${']'.repeat(10000)}]}`,
    ],
    [
      'deep.gexf',
      `<gexf><graph><nodes><node id="a">${'<x>'.repeat(10000)}${'</x>'.repeat(10000)}</node></nodes></graph></gexf>`,
    ],
    [
      'deep.graphml',
      `<graphml><graph edgedefault="directed">${'<node id="a"><data key="k">'.repeat(1)}${'<y>'.repeat(10000)}${'</y>'.repeat(10000)}</data></node></graph></graphml>`,
    ],
  ])('%s (10,000 levels) is refused with a message, no stack overflow', (name, text) => {
    check({ name, text }, /nested more than 100 levels deep/);
  });

  it.each(['gexf', 'graphml'] as const)(
    'our own %s whose leadnet carrier nests 10,000 deep is refused, not accepted to fail at export',
    (format) => {
      const { name, text } = exportedSource(valid({ ...base, deep: 0 }), format);
      expect(text).toContain('&quot;deep&quot;:0');
      const deepArray = '['.repeat(10000) + ']'.repeat(10000);
      const deepObject = '{&quot;k&quot;:'.repeat(10000) + '1' + '}'.repeat(10000);
      for (const nested of [deepArray, deepObject])
        check(
          { name, text: text.replace('&quot;deep&quot;:0', `&quot;deep&quot;:${nested}`) },
          /leadnet attribute .* nested more than 100 levels deep/,
        );
    },
  );
});

describe('numbers, ids and references', () => {
  const leadnet = (
    patch: (
      doc: Record<string, unknown> & {
        ties: Record<string, unknown>[];
        actors: Record<string, unknown>[];
      },
    ) => void,
  ) => {
    const doc = JSON.parse(sources.leadnet.text);
    patch(doc);
    return JSON.stringify(doc);
  };
  const t0 = base.ties[0]!;

  it.each([
    [
      'a 1e400 weight',
      (text: string) => text.replace(`"weight": ${t0.weight}`, '"weight": 1e400'),
      /weight/,
    ],
    [
      'a 1e308 weight',
      (text: string) => text.replace(`"weight": ${t0.weight}`, '"weight": 1e308'),
      /at most 1/,
    ],
    [
      'a NaN token',
      (text: string) => text.replace(`"weight": ${t0.weight}`, '"weight": NaN'),
      /line \d+, column \d+: not valid JSON/,
    ],
    [
      'an Infinity token',
      (text: string) => text.replace(`"weight": ${t0.weight}`, '"weight": -Infinity'),
      /line \d+, column \d+: not valid JSON/,
    ],
  ])('Leadnet JSON with %s is refused', (_name, edit, message) => {
    const text = edit(sources.leadnet.text);
    expect(text).not.toBe(sources.leadnet.text);
    check({ name: 'n.json', text }, message);
  });

  it('Leadnet JSON with a duplicate id or a dangling tie is refused with the path', () => {
    check(
      { name: 'n.json', text: leadnet((d) => (d.actors[1]!.id = d.actors[0]!.id)) },
      /actors\[1\]|duplicate id/,
    );
    check(
      { name: 'n.json', text: leadnet((d) => (d.ties[2]!.target = 'nobody')) },
      /no actor with id "nobody"/,
    );
  });

  const xmlEdits: [string, string, RegExp][] = [
    ['weight="1e400"', 'Infinity', /weight must be a finite number greater than 0 \(got "1e400"\)/],
    ['weight="NaN"', 'NaN', /got "NaN"/],
    ['weight="-INF"', '-INF', /got "-INF"/],
  ];
  it.each(['gexf', 'graphml'] as const)(
    '%s with huge, NaN and infinite weights is refused',
    (format) => {
      const { name, text } = sources[format];
      for (const [replacement, , message] of xmlEdits) {
        const value = /"(.*)"/.exec(replacement)![1]!;
        const edited =
          format === 'gexf'
            ? text.replace(`weight="${t0.weight}"`, replacement)
            : text.replace(
                `<data key="weight">${t0.weight}</data>`,
                `<data key="weight">${value}</data>`,
              );
        expect(edited).not.toBe(text);
        const result = check({ name, text: edited });
        if (format === 'gexf')
          expect(!result.ok && result.errors.map((e) => englishText(e)).join()).toMatch(message);
        else expect(result.ok).toBe(false);
      }
    },
  );

  it.each(['gexf', 'graphml'] as const)(
    '%s with a duplicate node id or a dangling edge is refused, droppable',
    (format) => {
      const { name, text } = sources[format];
      const [a0, a1] = [base.actors[0]!.id, base.actors[1]!.id];
      const duplicate = text.replace(`<node id="${a1}"`, `<node id="${a0}"`);
      const dup = check({ name, text: duplicate }, /duplicate id/);
      expect(!dup.ok && dup.droppable).toMatchObject({ actors: 1 });
      const dangling = text.replace(
        `source="${t0.source}" target="${t0.target}"`,
        `source="${t0.source}" target="ghost"`,
      );
      expect(dangling).not.toBe(text);
      const result = check({ name, text: dangling }, /no actor with id "ghost"/);
      expect(!result.ok && result.droppable).toEqual({ actors: 0, ties: 1, groups: 0 });
    },
  );

  it('CSV with a duplicate actor, a dangling tie, a bad weight and a broken quote', () => {
    const csv = sources.csv as Required<ImportSource>;
    const firstRow = csv.nodes.text.split('\r\n')[1]!;
    check(
      { ...csv, nodes: { ...csv.nodes, text: `${csv.nodes.text}${firstRow}\r\n` } },
      /duplicate id/,
    );
    check(
      { ...csv, text: `${csv.text}tX,${base.actors[0]!.id},ghost,leadership,0.5\r\n` },
      /no actor with id "ghost"/,
    );
    for (const w of ['1e400', 'NaN', '-1', 'heavy'])
      check(
        { ...csv, text: `${csv.text}tX,${base.actors[0]!.id},${base.actors[5]!.id},x,${w}\r\n` },
        /weight must be/,
      );
    check(
      { ...csv, text: `${csv.text}"t9,a,b\r\n` },
      /ties.csv line \d+: a quoted cell is not closed/,
    );
    check({ ...csv, text: `${csv.text}"t9"x,a,b,c,1\r\n` }, /text after a closing quote/);
    check({ ...csv, text: `${csv.text}t9,a,b\r\n` }, /3 cells, but the header has 5/);
  });

  it('a weight of 1e308 in a foreign file is rescaled, not refused, and reported', () => {
    const result = check({ name: 'w.csv', text: 'source,target,weight\na,b,1e308\nb,c,0.5e308\n' });
    expect(result.ok && result.doc.ties.map((t) => t.weight)).toEqual([1, 0.5]);
    expect(result.ok && result.report.changed.map((l) => englishText(l.message)).join()).toMatch(
      /rescaled/,
    );
  });
});
