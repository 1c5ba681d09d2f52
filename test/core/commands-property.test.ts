// Random sequences of random editing commands, valid and invalid, on the example network:
// each either throws a CommandError and leaves the document untouched, or yields a document
// that keeps the rules of DESIGN §2 and passes the schema, whose inverse gives back the
// previous document exactly. Ids come from fc.string() (so `__proto__` and friends appear),
// and nothing ever lands on Object.prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Command, CommandError, applyCommand } from '../../src/core/commands';
import { type NetworkDocument, checkRules, parseDocument } from '../../src/core/document';
import { createExampleDocument } from '../../src/core/example/qic-example';

const EXAMPLE = createExampleDocument();
const ACTOR_IDS = EXAMPLE.actors.map((a) => a.id);
const TIE_IDS = EXAMPLE.ties.map((t) => t.id);
const GROUP_IDS = EXAMPLE.groups.map((g) => g.id);
const ODD_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', 'Ø 😀'];

/** Mostly ids that exist (so commands often succeed), sometimes odd or random ones. */
const idFrom = (known: readonly string[]) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_IDS) },
    { weight: 2, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.constantFrom('person-46', 'tie-121', 'group-12') },
  );
const actorId = idFrom(ACTOR_IDS);
const tieId = idFrom(TIE_IDS);
const groupId = idFrom(GROUP_IDS);
const text = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'Ward nurse B', ''));
const role = fc.oneof(fc.constantFrom('member', 'coordinator', 'manager', ''), fc.string());
const kind = fc.oneof(fc.constantFrom('leadership', 'support', 'coordination', ''), fc.string());
const weight = fc.oneof(
  fc.double(),
  fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
  fc.constantFrom(0, 1, 0.5),
);
const attributes = fc.dictionary(
  fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor')),
  fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)),
  { maxKeys: 3 },
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const nullable = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(arb, fc.constant(null), fc.constant(undefined));
const ids = (arb: fc.Arbitrary<string>) => fc.array(arb, { minLength: 0, maxLength: 4 });

/** Builds an object keeping a `__proto__` key as data, as a parsed file would. */
const withoutUndefined = <T extends object>(value: T): T => {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    if (v !== undefined)
      Object.defineProperty(out, key, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  return out as T;
};

const single: fc.Arbitrary<Command> = fc.oneof(
  fc
    .record({
      id: optional(fc.oneof(actorId, fc.string())),
      label: optional(text),
      role,
      group: optional(groupId),
      attributes: optional(attributes),
      position: optional(fc.record({ x: fc.double(), y: fc.double() })),
    })
    .map((actor) => ({ type: 'actors/add', actor: withoutUndefined(actor) }) as Command),
  fc
    .record({
      id: actorId,
      patch: fc.record({
        label: nullable(text),
        role: optional(role),
        group: nullable(groupId),
        attributes: nullable(attributes),
      }),
    })
    .map(
      ({ id, patch }) => ({ type: 'actors/update', id, patch: withoutUndefined(patch) }) as Command,
    ),
  ids(actorId).map((list) => ({ type: 'actors/delete', ids: list }) as Command),
  fc
    .record({
      id: optional(fc.oneof(tieId, fc.string())),
      source: actorId,
      target: actorId,
      kind,
      weight: optional(weight),
    })
    .map((tie) => ({ type: 'ties/add', tie: withoutUndefined(tie) }) as Command),
  fc
    .record({
      id: tieId,
      patch: fc.record({
        kind: optional(kind),
        weight: optional(weight),
        reverse: optional(fc.boolean()),
      }),
    })
    .map(
      ({ id, patch }) => ({ type: 'ties/update', id, patch: withoutUndefined(patch) }) as Command,
    ),
  ids(tieId).map((list) => ({ type: 'ties/delete', ids: list }) as Command),
  fc
    .record({
      id: optional(fc.oneof(groupId, fc.string())),
      label: optional(text),
      kind,
      parent: optional(groupId),
    })
    .map((group) => ({ type: 'groups/add', group: withoutUndefined(group) }) as Command),
  fc
    .record({
      id: groupId,
      patch: fc.record({ label: nullable(text), kind: optional(kind), parent: nullable(groupId) }),
    })
    .map(
      ({ id, patch }) => ({ type: 'groups/update', id, patch: withoutUndefined(patch) }) as Command,
    ),
  ids(groupId).map((list) => ({ type: 'groups/delete', ids: list }) as Command),
  fc
    .record({ title: nullable(text), description: nullable(text) })
    .map((patch) => ({ type: 'meta/update', patch: withoutUndefined(patch) }) as Command),
);

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: single },
  {
    weight: 1,
    arbitrary: fc.array(single, { minLength: 0, maxLength: 4 }).map(
      (commands) =>
        ({
          type: 'batch',
          commands,
          label: { code: 'undo_batch', params: { count: commands.length } },
        }) as Command,
    ),
  },
);

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

function checkStep(doc: NetworkDocument, cmd: Command): NetworkDocument {
  const before = JSON.stringify(doc);
  let result;
  try {
    result = applyCommand(doc, cmd);
  } catch (error) {
    expect(error).toBeInstanceOf(CommandError);
    expect(JSON.stringify(doc)).toBe(before);
    return doc;
  }
  expect(JSON.stringify(doc)).toBe(before); // the previous version is never mutated
  expect(checkRules(result.doc)).toEqual([]);
  const reparsed = parseDocument(JSON.parse(JSON.stringify(result.doc)));
  expect(reparsed.ok ? [] : reparsed.errors).toEqual([]);
  const undone = applyCommand(result.doc, result.inverse);
  expect(undone.doc).toStrictEqual(doc);
  expect(JSON.stringify(undone.doc)).toBe(before);
  return result.doc;
}

describe('random editing sequences on the example network', () => {
  it('keep the rules, undo exactly, and refuse only with a CommandError', () => {
    const keys = prototypeKeys();
    let applied = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 12 }), (commands) => {
        let doc = EXAMPLE;
        for (const cmd of commands) {
          const next = checkStep(doc, cmd);
          if (next === doc) refused += 1;
          else applied += 1;
          doc = next;
        }
      }),
      { numRuns: 250 },
    );
    expect(prototypeKeys()).toEqual(keys);
    // Both paths were exercised a fair number of times.
    expect(applied).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(200);
  });

  it('undo of a whole sequence, step by step, gives back the example exactly', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 15 }), (commands) => {
        let doc = EXAMPLE;
        const inverses: Command[] = [];
        for (const cmd of commands) {
          try {
            const result = applyCommand(doc, cmd);
            doc = result.doc;
            inverses.push(result.inverse);
          } catch (error) {
            if (!(error instanceof CommandError)) throw error;
          }
        }
        for (const inverse of inverses.reverse()) doc = applyCommand(doc, inverse).doc;
        expect(JSON.stringify(doc)).toBe(JSON.stringify(EXAMPLE));
      }),
      { numRuns: 150 },
    );
  });
});
