// A comparison kept in a story step (issue 13): what the earlier network had that the open one
// lacks — the people who left (with where they were drawn) and the ties removed — and which of
// the open network's people and ties are new. Enough to draw the comparison again when the story
// is presented, without keeping the earlier network in the file. Pure and structural (no
// measures): the step's drawing is rebuilt on the page from it.
import type { Actor, NetworkDocument, Tie } from '../document/types';
import type { Comparison } from './compare';

/** The `compare` field of a story step (src/core/views/step.ts checks its shape). */
export interface StepComparison {
  /** The earlier network's title, as the step says it. */
  title: string;
  /** People of the open network who were not in the earlier one. */
  joined: string[];
  /** People of the earlier network who are not in the open one (ids free in the open one). */
  left: { id: string; label?: string; role: string; group?: string; x?: number; y?: number }[];
  /** Ties of the open network that are new. */
  added: string[];
  /** Ties the earlier network had, between the open network's people or people who left. */
  removed: { source: string; target: string; kind: string; weight: number }[];
}

/** What a story step keeps of a comparison of `before` with `after` (the open network). */
export function comparisonSnapshot(
  before: NetworkDocument,
  after: NetworkDocument,
  comparison: Pick<Comparison, 'actors' | 'ties' | 'pairs'>,
  title: string,
): StepComparison {
  const taken = new Set(after.actors.map((a) => a.id));
  const laterOf = new Map(
    Object.entries(comparison.pairs.actors).map(([later, earlier]) => [earlier, later]),
  );
  const laterGroup = new Map(
    Object.entries(comparison.pairs.groups).map(([later, earlier]) => [earlier, later]),
  );
  const leftId = new Map<string, string>();
  const left: StepComparison['left'] = [];
  for (const person of comparison.actors.left) {
    const actor = before.actors.find((a) => a.id === person.id)!;
    let id = actor.id;
    for (let n = 1; taken.has(id); n += 1) id = `left-${n}:${actor.id}`;
    taken.add(id);
    leftId.set(actor.id, id);
    const group = actor.group === undefined ? undefined : laterGroup.get(actor.group);
    left.push({
      id,
      ...(actor.label === undefined ? {} : { label: actor.label }),
      role: actor.role,
      ...(group === undefined ? {} : { group }),
      ...(actor.position ? { x: actor.position.x, y: actor.position.y } : {}),
    });
  }
  const end = (id: string) => laterOf.get(id) ?? leftId.get(id)!;
  return {
    title,
    joined: comparison.actors.joined.map((p) => p.id),
    left,
    added: comparison.ties.added.map((t) => t.id),
    removed: comparison.ties.removed.map((t) => ({
      source: end(t.source),
      target: end(t.target),
      kind: t.kind,
      weight: t.weight,
    })),
  };
}

/**
 * The earlier network and the comparison's structure rebuilt from a step and the open network:
 * the open network without the people who joined and the ties added, with those who left and the
 * ties removed. What the open network no longer has (edited since) is left out.
 */
export function comparisonFromStep(
  doc: NetworkDocument,
  step: StepComparison,
): { before: NetworkDocument; comparison: Pick<Comparison, 'actors' | 'ties' | 'pairs'> } {
  const joined = new Set(step.joined);
  const added = new Set(step.added);
  const groups = new Set(doc.groups.map((g) => g.id));
  const leftActors: Actor[] = step.left.map((p) => ({
    id: p.id,
    ...(p.label === undefined ? {} : { label: p.label }),
    role: p.role,
    ...(p.group !== undefined && groups.has(p.group) ? { group: p.group } : {}),
    ...(p.x !== undefined && p.y !== undefined ? { position: { x: p.x, y: p.y } } : {}),
  }));
  const stayed = doc.actors.filter((a) => !joined.has(a.id));
  const present = new Set([...stayed, ...leftActors].map((a) => a.id));
  const removed: Tie[] = step.removed
    .filter((t) => present.has(t.source) && present.has(t.target))
    .map((t, i) => ({ id: `removed-${i}`, ...t }));
  const keptTies = doc.ties.filter((t) => !added.has(t.id));
  const before: NetworkDocument = {
    ...doc,
    actors: [...stayed, ...leftActors],
    ties: [...keptTies, ...removed],
  };
  const person = (a: Actor) => ({ id: a.id, label: a.label ?? null });
  const ref = (t: Tie) => ({
    id: t.id,
    source: t.source,
    target: t.target,
    kind: t.kind,
    weight: t.weight,
  });
  return {
    before,
    comparison: {
      actors: {
        joined: doc.actors.filter((a) => joined.has(a.id)).map(person),
        left: leftActors.map(person),
      },
      ties: {
        added: doc.ties.filter((t) => added.has(t.id)).map(ref),
        removed: removed.map(ref),
        kept: keptTies.length,
        reweighted: [],
      },
      pairs: {
        actors: Object.fromEntries(stayed.map((a) => [a.id, a.id])),
        groups: Object.fromEntries(doc.groups.map((g) => [g.id, g.id])),
      },
    },
  };
}
