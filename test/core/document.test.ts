// The network document contract (DESIGN §2): what a valid file is, what the user is told when
// a file is not, and that nothing in a file is lost or leaks into the program.
import { describe, expect, it } from 'vitest';
import {
  type DocumentIssue,
  MAX_ERRORS,
  parseDocument,
  parseDocumentText,
} from '../../src/core/document';
import { englishText, jsonPath } from '../../src/core/messages';
import { createExampleDocument } from '../../src/core/example/qic-example';
import { rawDocument } from '../helpers/documents';

/** The errors of a document the parser must refuse. */
function errorsOf(value: unknown): DocumentIssue[] {
  const result = parseDocument(value);
  if (result.ok) throw new Error('expected the document to be refused, but it was accepted');
  return result.errors;
}

function errorsOfText(text: string): DocumentIssue[] {
  const result = parseDocumentText(text);
  if (result.ok) throw new Error('expected the text to be refused, but it was accepted');
  return result.errors;
}

/** The one-line form the CLI prints: `path: message`. */
const formatIssue = (issue: DocumentIssue) => englishText(issue);
const lines = (value: unknown) => errorsOf(value).map(formatIssue);
/** Where an issue points (its JSON path, or '' for the whole file) and what it says there. */
const pathOf = (issue: DocumentIssue) => jsonPath(issue.at?.path ?? []);
const saysOf = (issue: DocumentIssue) => englishText(issue, false);
const parts = (issue: DocumentIssue) => ({ path: pathOf(issue), message: saysOf(issue) });

function accepted(value: unknown) {
  const result = parseDocument(value);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.doc;
}

describe('the built-in example', () => {
  it('is a valid document', () => {
    const result = parseDocument(createExampleDocument());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('comes back equal from a JSON round trip', () => {
    const example = createExampleDocument();
    const reparsed = parseDocumentText(JSON.stringify(example, null, 2));
    expect(reparsed.ok).toBe(true);
    if (reparsed.ok) expect(reparsed.doc).toStrictEqual(example);
  });
});

describe('errors name the JSON path and the offending value', () => {
  it('refuses a duplicate actor id, pointing at the second use', () => {
    const doc = rawDocument();
    doc.actors!.push({ id: 'a1', role: 'member' });
    expect(lines(doc)).toEqual(['actors[3].id: duplicate id "a1" (first used at actors[0])']);
  });

  it('refuses a duplicate group id', () => {
    const doc = rawDocument();
    doc.groups!.push({ id: 'g1', kind: 'team' });
    expect(lines(doc)).toEqual(['groups[3].id: duplicate id "g1" (first used at groups[1])']);
  });

  it('refuses a duplicate tie id', () => {
    const doc = rawDocument();
    doc.ties!.push({ id: 't1', source: 'a2', target: 'a1', kind: 'leadership' });
    expect(lines(doc)).toEqual(['ties[1].id: duplicate id "t1" (first used at ties[0])']);
  });

  it('refuses a tie to a missing actor, as in the contract’s own example', () => {
    const doc = rawDocument();
    doc.ties![0]!.target = 'a99';
    expect(lines(doc)).toEqual(['ties[0].target: no actor with id "a99"']);
  });

  it('refuses a tie from a missing actor', () => {
    const doc = rawDocument();
    doc.ties![0]!.source = 'a99';
    expect(lines(doc)).toEqual(['ties[0].source: no actor with id "a99"']);
  });

  it('refuses an actor in a missing group', () => {
    const doc = rawDocument();
    doc.actors![2]!.group = 'nowhere';
    expect(lines(doc)).toEqual(['actors[2].group: no group with id "nowhere"']);
  });

  it('refuses a group under a missing parent', () => {
    const doc = rawDocument();
    doc.groups![1]!.parent = 'nowhere';
    expect(lines(doc)).toEqual(['groups[1].parent: no group with id "nowhere"']);
  });

  it('refuses groups that nest in a cycle, naming the groups in it', () => {
    const doc = rawDocument();
    doc.groups = [
      { id: 'a', kind: 'team', parent: 'b' },
      { id: 'b', kind: 'team', parent: 'a' },
    ];
    doc.actors = [{ id: 'x', role: 'member', group: 'a' }];
    doc.ties = [];
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(1);
    expect(pathOf(errors[0]!)).toMatch(/^groups\[[01]\]\.parent$/);
    expect(saysOf(errors[0]!)).toMatch(/^groups nest in a cycle: "(a" and "b|b" and "a)"$/);
  });

  it('refuses a group that is its own parent, once and not also as a cycle', () => {
    const doc = rawDocument();
    doc.groups![1]!.parent = 'g1';
    expect(lines(doc)).toEqual(['groups[1].parent: group "g1" cannot contain itself']);
  });

  it.each([
    [0, 'ties[0].weight: must be greater than 0 and at most 1 (got 0)'],
    [1.5, 'ties[0].weight: must be greater than 0 and at most 1 (got 1.5)'],
    [-1, 'ties[0].weight: must be greater than 0 and at most 1 (got -1)'],
    [Number.NaN, 'ties[0].weight: expected a number, got NaN'],
    [Number.POSITIVE_INFINITY, 'ties[0].weight: expected a number, got Infinity'],
  ])('refuses the weight %s', (weight, line) => {
    const doc = rawDocument();
    doc.ties![0]!.weight = weight;
    expect(lines(doc)).toEqual([line]);
  });

  it('accepts the weight 1 and a tiny positive weight (0 < weight ≤ 1)', () => {
    const doc = rawDocument();
    doc.ties!.push({ id: 't2', source: 'a2', target: 'a1', kind: 'leadership', weight: 1 });
    doc.ties!.push({ id: 't3', source: 'a3', target: 'a1', kind: 'leadership', weight: 1e-9 });
    expect(accepted(doc).ties.map((t) => t.weight)).toEqual([0.5, 1, 1e-9]);
  });

  it('refuses an infinite weight written in the file as 1e999', () => {
    const text = JSON.stringify(rawDocument()).replace('"weight":0.5', '"weight":1e999');
    expect(text).toContain('1e999');
    expect(errorsOfText(text).map(formatIssue)).toEqual([
      'ties[0].weight: expected a number, got Infinity',
    ]);
  });

  it('refuses a tie from an actor to itself', () => {
    const doc = rawDocument();
    doc.ties![0]!.target = 'a1';
    expect(lines(doc)).toEqual(['ties[0]: a tie from "a1" to themself is not allowed']);
  });

  it('refuses a second tie of the same kind between the same ordered pair', () => {
    const doc = rawDocument();
    doc.ties!.push({ id: 't2', source: 'a1', target: 'a2', kind: 'leadership', weight: 0.9 });
    expect(lines(doc)).toEqual([
      'ties[1]: a second leadership tie from "a1" to "a2" (the first is ties[0])',
    ]);
  });

  it('accepts ties of other kinds on the same pair, and the reverse tie of the same kind', () => {
    const doc = rawDocument();
    doc.ties!.push({ id: 't2', source: 'a1', target: 'a2', kind: 'support' });
    doc.ties!.push({ id: 't3', source: 'a1', target: 'a2', kind: 'advice' });
    doc.ties!.push({ id: 't4', source: 'a2', target: 'a1', kind: 'leadership' });
    expect(accepted(doc).ties).toHaveLength(4);
  });

  it('refuses a file from a newer version with a message naming that version', () => {
    const doc = rawDocument();
    doc.version = 2;
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(1);
    expect(pathOf(errors[0]!)).toBe('version');
    expect(saysOf(errors[0]!)).toContain('version 2');
    expect(saysOf(errors[0]!)).toMatch(/newer/);
  });

  it('refuses a file whose format is not leadnet-network', () => {
    const doc = rawDocument();
    doc.format = 'graphml';
    expect(lines(doc)).toEqual([
      'format: must be "leadnet-network" (got "graphml"): is this a Leadnet network file?',
    ]);
  });

  it('refuses a file with no format at all', () => {
    const doc = rawDocument();
    delete doc.format;
    expect(errorsOf(doc).map(parts)).toEqual([
      {
        path: 'format',
        message: 'must be "leadnet-network" (got nothing): is this a Leadnet network file?',
      },
    ]);
  });

  it.each([
    ['an array', [], 'a Leadnet network must be a JSON object (got [])'],
    ['a string', 'network', 'a Leadnet network must be a JSON object (got "network")'],
    ['null', null, 'a Leadnet network must be a JSON object (got null)'],
  ])('refuses a root that is %s', (_kind, value, message) => {
    expect(errorsOf(value).map(parts)).toEqual([{ path: '', message }]);
  });

  it('gives the line and column of a JSON syntax error', () => {
    // The stray word starts on line 4, after two spaces of indentation: column 3.
    const text = '{\n  "format": "leadnet-network",\n  "version": 1,\n  oops\n}';
    const errors = errorsOfText(text);
    expect(errors).toHaveLength(1);
    expect(pathOf(errors[0]!)).toBe('');
    expect(formatIssue(errors[0]!)).toBe('line 4, column 3: not valid JSON: unexpected "o"');
  });

  it.each([
    // [what, text, line, column]: counted by hand, 1-based, at the first wrong character.
    ['a trailing comma in a list', '{\n  "actors": [1, 2,]\n}', 2, 19],
    ['a bare NaN', '{\n  "weight": NaN\n}', 2, 13],
    ['a misspelt true', '{\n  "a": 1,\n  "b": tru\n}', 3, 8],
    ['a second closing brace', '{\n  "a": 1\n}\n}', 4, 1],
  ])('gives the line and column for %s, in a one-line message', (_what, text, line, column) => {
    const errors = errorsOfText(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.at).toEqual({ line, column });
    expect(formatIssue(errors[0]!)).toMatch(
      new RegExp(`^line ${line}, column ${column}: not valid JSON: unexpected "."$`),
    );
    // The message does not quote the file back: it says what is wrong, the place says where.
    expect(saysOf(errors[0]!)).not.toContain('"a"');
  });

  it('does not take a number in the file’s own text for the error position', () => {
    const text = '{"note": "see position 5", "weight": oops}';
    // `oops` starts at offset 37: line 1, column 38.
    expect(formatIssue(errorsOfText(text)[0]!)).toBe(
      'line 1, column 38: not valid JSON: unexpected "o"',
    );
  });

  it('says an empty file is not valid JSON', () => {
    expect(saysOf(errorsOfText('')[0]!)).toMatch(/^not valid JSON/);
  });

  it('says a file cut short ends too early, and shows a control character by its code', () => {
    expect(formatIssue(errorsOfText('{\n  "actors": [')[0]!)).toBe(
      'line 2, column 14: not valid JSON: the text ends before the JSON does',
    );
    expect(saysOf(errorsOfText('{"a": "x\u0001y"}')[0]!)).toBe(
      'not valid JSON: unexpected "U+0001"',
    );
  });

  it('reads a file that starts with a byte order mark', () => {
    const result = parseDocumentText(`\uFEFF${JSON.stringify(rawDocument())}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc.actors.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('refuses a document with no actors list', () => {
    const doc = rawDocument();
    delete doc.actors;
    expect(lines(doc)).toEqual(['actors: missing (expected an array)']);
  });

  it('refuses a role that is not a string, naming the value', () => {
    const doc = rawDocument();
    doc.actors![1]!.role = 5;
    expect(lines(doc)).toEqual(['actors[1].role: expected a string, got 5']);
  });

  it('refuses an empty id', () => {
    const doc = rawDocument();
    doc.actors![0]!.id = '';
    expect(pathOf(errorsOf(doc)[0]!)).toBe('actors[0].id');
  });
});

describe('a file with very many errors', () => {
  it(`lists the first ${MAX_ERRORS} rule errors and then says how many more there are`, () => {
    const doc = rawDocument();
    for (let i = 0; i < MAX_ERRORS + 10; i += 1)
      doc.ties!.push({ id: `x${i}`, source: 'a1', target: `missing${i}`, kind: 'leadership' });
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(parts(errors[0]!)).toEqual({
      path: 'ties[1].target',
      message: 'no actor with id "missing0"',
    });
    expect(pathOf(errors[MAX_ERRORS - 1]!)).toBe(`ties[${MAX_ERRORS}].target`);
    expect(parts(errors[MAX_ERRORS]!)).toEqual({ path: '', message: '… and 10 more errors' });
  });

  it('adds the line for a single error beyond the cap', () => {
    const doc = rawDocument();
    for (let i = 0; i < MAX_ERRORS + 1; i += 1)
      doc.ties!.push({ id: `x${i}`, source: 'a1', target: `missing${i}`, kind: 'leadership' });
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(pathOf(errors[MAX_ERRORS]!)).toBe('');
    expect(saysOf(errors[MAX_ERRORS]!)).toMatch(/^… and 1 more errors?$/);
  });

  it('caps schema errors the same way', () => {
    const doc = rawDocument();
    doc.actors = Array.from({ length: MAX_ERRORS + 3 }, (_, i) => ({ id: `p${i}`, role: 7 }));
    doc.ties = [];
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(parts(errors.at(-1)!)).toEqual({ path: '', message: '… and 3 more errors' });
  });

  it('shows exactly MAX_ERRORS errors with no extra line when there are exactly that many', () => {
    const doc = rawDocument();
    for (let i = 0; i < MAX_ERRORS; i += 1)
      doc.ties!.push({ id: `x${i}`, source: 'a1', target: `missing${i}`, kind: 'leadership' });
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(MAX_ERRORS);
    expect(errors.every((e) => pathOf(e) !== '')).toBe(true);
  });
});

describe('defaults', () => {
  it('gives a tie without a weight the weight 1', () => {
    const doc = rawDocument();
    delete doc.ties![0]!.weight;
    expect(accepted(doc).ties[0]!.weight).toBe(1);
  });

  it('fills in missing groups, ties, scenarios, views, parameters and meta as empty', () => {
    const doc = accepted({
      format: 'leadnet-network',
      version: 1,
      actors: [{ id: 'a', role: 'member' }],
    });
    expect(doc.groups).toEqual([]);
    expect(doc.ties).toEqual([]);
    expect(doc.scenarios).toEqual([]);
    expect(doc.views).toEqual([]);
    expect(doc.parameters).toEqual({});
    expect(doc.meta).toEqual({});
  });
});

describe('odd but legal ids and keys', () => {
  const ODD_IDS = [
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'Åse 👩‍⚕️',
    'id with spaces',
  ];

  /** JSON text of a document whose groups, actors and ties all use the odd ids. */
  function oddText(): string {
    return JSON.stringify({
      format: 'leadnet-network',
      version: 1,
      groups: ODD_IDS.map((id) => ({ id, kind: 'team' })),
      actors: ODD_IDS.map((id) => ({ id, role: 'member', group: id })),
      ties: ODD_IDS.map((id, i) => ({
        id,
        source: id,
        target: ODD_IDS[(i + 1) % ODD_IDS.length],
        kind: 'leadership',
      })),
    });
  }

  it('accepts them as ids of actors, groups and ties and keeps them exactly', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = parseDocumentText(oddText());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const { doc } = result;
    expect(doc.actors.map((a) => a.id)).toEqual(ODD_IDS);
    expect(doc.actors.map((a) => a.group)).toEqual(ODD_IDS);
    expect(doc.groups.map((g) => g.id)).toEqual(ODD_IDS);
    expect(doc.ties.map((t) => t.id)).toEqual(ODD_IDS);
    expect(doc.ties.map((t) => t.source)).toEqual(ODD_IDS);
    expect(doc.ties.map((t) => t.target)).toEqual([...ODD_IDS.slice(1), ODD_IDS[0]]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('still finds a missing actor when the id names an Object.prototype member', () => {
    const doc = rawDocument();
    doc.ties![0]!.target = 'toString';
    expect(lines(doc)).toEqual(['ties[0].target: no actor with id "toString"']);
    const other = rawDocument();
    other.actors![0]!.group = '__proto__';
    expect(lines(other)).toEqual(['actors[0].group: no group with id "__proto__"']);
  });

  it('keeps an attributes key named __proto__ as an own key, and pollutes nothing', () => {
    const text = JSON.stringify(rawDocument()).replace(
      '"role":"member","group":"g1"',
      '"role":"member","group":"g1","attributes":{"__proto__":{"polluted":"yes"},"profession":"nurse"}',
    );
    // An object is not an attribute value: only a primitive under __proto__ is legal.
    expect(errorsOfText(text).map(formatIssue)[0]).toMatch(/^actors\[0\]\.attributes: /);
    const legal = text.replace('{"polluted":"yes"}', '"yes"');
    const result = parseDocumentText(legal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const attributes = result.doc.actors[0]!.attributes!;
    expect(Object.keys(attributes)).toEqual(['__proto__', 'profession']);
    expect(Object.getOwnPropertyDescriptor(attributes, '__proto__')?.value).toBe('yes');
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(result.doc)).actors[0].attributes).toEqual(
      JSON.parse('{"__proto__":"yes","profession":"nurse"}'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a top-level or actor key named __proto__ as data, never as a prototype', () => {
    const text = JSON.stringify(rawDocument())
      .replace('"version":1', '"version":1,"__proto__":{"polluted":"yes"}')
      .replace('"id":"a2",', '"id":"a2","__proto__":{"polluted":"yes"},');
    const result = parseDocumentText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.doc as unknown as Record<string, unknown>;
    const actor = result.doc.actors[1] as unknown as Record<string, unknown>;
    for (const holder of [doc, actor]) {
      expect(Object.getPrototypeOf(holder)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(holder, '__proto__')?.value).toEqual({
        polluted: 'yes',
      });
      expect(holder.polluted).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // …and it survives a round trip through JSON.
    const again = parseDocumentText(JSON.stringify(result.doc));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.doc).toStrictEqual(result.doc);
  });

  it('keeps unknown top-level fields and unknown fields on actors, groups and ties', () => {
    const doc = rawDocument();
    doc.layoutHints = { zoom: 2 };
    doc.x_vendor = 'Gephi 0.10';
    doc.actors![0]!.shift = 'night';
    doc.groups![1]!.colour = '#ff0000';
    doc.ties![0]!.since = '2025-03';
    const first = accepted(doc);
    const second = accepted(JSON.parse(JSON.stringify(first)));
    expect(second).toStrictEqual(first);
    const kept = second as unknown as Record<string, unknown>;
    expect(kept.layoutHints).toEqual({ zoom: 2 });
    expect(kept.x_vendor).toBe('Gephi 0.10');
    expect((second.actors[0] as unknown as Record<string, unknown>).shift).toBe('night');
    expect((second.groups[1] as unknown as Record<string, unknown>).colour).toBe('#ff0000');
    expect((second.ties[0] as unknown as Record<string, unknown>).since).toBe('2025-03');
  });
});
