// A team's leadership in a sentence, derived from its measures by the conventions below — never
// invented text. Every sentence, clause and rule is a message (metrics/messages.ts); the team
// card shows the sentence, the rules that fired with their numbers, and that the thresholds are
// Leadnet's conventions, not norms.
import { groupSubtree } from '../document/groups';
import type { NetworkDocument } from '../document/types';
import { includesKind } from '../graph/build';
import type { Message } from '../messages/types';
import { say } from './messages';
import type { MetricValue } from './types';

/**
 * The thresholds behind a team's reading: Leadnet's conventions for a first reading, not norms
 * from research (there are none for these measures). Each has a reason of its own, stated on a
 * team of any size, so that it does not merely reproduce the built-in example's design.
 */
export const TEAM_READING_CONVENTIONS = {
  /**
   * Below this mean in-degree (members looked to per member, L/n) leadership ties are sparse:
   * on average a member is looked to by fewer than one colleague. Read through the mean
   * in-degree rather than density, because density falls with team size even when everyone
   * keeps the same number of ties (a team of 12 where each looks to two colleagues has density
   * 18 %; a team of 4 with the same habits, 67 %).
   */
  sparseMeanInDegree: 1,
  /**
   * From this mean in-degree on, with leadership not concentrated on one person, leadership is
   * widely shared: members look to two or more colleagues on average, so leadership has more
   * than one source for a typical member. Between the two: partly shared.
   */
  sharedMeanInDegree: 2,
  /**
   * From this Freeman in-degree centralization on, being looked to is concentrated on one
   * person. Freeman's index measures how far the most looked-to person stands above everyone
   * else (1: all look to one person and nobody else is looked to). In a team where everyone
   * looks to one person, it is 1 − (the share of colleagues who look to each of the others, on
   * average): 0.6 is reached when the others are looked to by 40 % of their colleagues or fewer.
   */
  concentratedCentralization: 0.6,
  /**
   * Below this support level (the strongest support tie from a member to a manager, weights in
   * (0, 1]) support is weak: the lower half of the weight scale.
   */
  weakSupport: 0.5,
  /**
   * From this coordinator dependence on, the team's ties hang on its coordinator: at least half
   * of the routes between members would be cut if the coordinator left.
   */
  coordinatorDependence: 0.5,
} as const;

/** Which rule produced a clause. */
export type ReadingRule =
  | 'too-small'
  | 'sparse'
  | 'concentrated'
  | 'widely-shared'
  | 'partly-shared'
  | 'support-unrecorded'
  | 'weak-support'
  | 'supported'
  | 'coordinator-dependence';

export interface ReadingClause {
  rule: ReadingRule;
  /** What the clause says ("widely shared"): a message without parameters. */
  text: Message;
  /** Why: the rule with the numbers it compared. */
  because: Message;
  /** Whether the clause is good news for the collaborative's progress; null when unknown. */
  positive: boolean | null;
}

export interface TeamReading {
  /** The reading: one sentence, and a second when the team hangs on its coordinator. */
  sentences: Message[];
  /** The clauses behind it, each with its rule and numbers. */
  clauses: ReadingClause[];
  /** That the thresholds are Leadnet's conventions, not norms. */
  conventions: Message;
}

/** A share as a whole percentage (57 for 0.5666…), as the rules say it. */
const pct = (value: number) => Math.round(value * 100);
/** A mean in-degree to one decimal, as the rules say it. */
const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * Reads a team from its group measures (ids of DESIGN §4). `kinds` are the tie kinds the team's
 * measures counted (teamTieKinds): the sentence speaks of leadership only when they are the
 * leadership ties, and names the kinds otherwise.
 */
export function readTeam(
  values: Readonly<Record<string, MetricValue | undefined>>,
  kinds: readonly string[] = ['leadership'],
): TeamReading {
  const t = TEAM_READING_CONVENTIONS;
  const size = values.actors ?? null;
  const density = values.density ?? null;
  const mean = values.meanInDegree ?? null;
  const centralization = values.inCentralization ?? null;
  const support = values.supportLevel ?? null;
  const dependence = values.coordinatorDependence ?? null;

  let sharing: ReadingClause;
  // All four are defined together, from two actors on; without them there is nothing to read.
  if (size === null || density === null || mean === null || centralization === null) {
    sharing = {
      rule: 'too-small',
      text: say('reading_too_small_clause', {}),
      because: say('reading_too_small_rule', {}),
      positive: false,
    };
  } else {
    const spread = { mean: tenth(mean), density: pct(density), size };
    const central = {
      centralization: pct(centralization),
      limit: pct(t.concentratedCentralization),
    };
    if (mean < t.sparseMeanInDegree) {
      sharing = {
        rule: 'sparse',
        text: say('reading_sparse', {}),
        because: say('reading_sparse_rule', { ...spread, threshold: t.sparseMeanInDegree }),
        positive: false,
      };
    } else if (centralization >= t.concentratedCentralization) {
      sharing = {
        rule: 'concentrated',
        text: say('reading_concentrated', {}),
        because: say('reading_concentrated_rule', {
          centralization: central.centralization,
          threshold: central.limit,
        }),
        positive: false,
      };
    } else if (mean >= t.sharedMeanInDegree) {
      sharing = {
        rule: 'widely-shared',
        text: say('reading_widely_shared', {}),
        because: say('reading_widely_shared_rule', {
          ...spread,
          ...central,
          threshold: t.sharedMeanInDegree,
        }),
        positive: true,
      };
    } else {
      sharing = {
        rule: 'partly-shared',
        text: say('reading_partly_shared', {}),
        because: say('reading_partly_shared_rule', {
          ...spread,
          ...central,
          low: t.sparseMeanInDegree,
          high: t.sharedMeanInDegree,
        }),
        positive: true,
      };
    }
  }

  let backing: ReadingClause;
  if (support === null) {
    backing = {
      rule: 'support-unrecorded',
      text: say('reading_support_unrecorded', {}),
      because: say('reading_support_unrecorded_rule', {}),
      positive: null,
    };
  } else if (support < t.weakSupport) {
    backing = {
      rule: 'weak-support',
      text: say('reading_weak_support', {}),
      because: say('reading_weak_support_rule', { support, threshold: t.weakSupport }),
      positive: false,
    };
  } else {
    backing = {
      rule: 'supported',
      text: say('reading_supported', {}),
      because: say('reading_supported_rule', { support, threshold: t.weakSupport }),
      positive: true,
    };
  }

  const clauses = [sharing, backing];
  const sentences: Message[] = [sentence(sharing, backing, kinds)];
  if (dependence !== null && dependence >= t.coordinatorDependence) {
    const hangs: ReadingClause = {
      rule: 'coordinator-dependence',
      text: say('reading_dependence_clause', {}),
      because: say('reading_dependence_rule', {
        dependence: pct(dependence),
        threshold: pct(t.coordinatorDependence),
      }),
      positive: false,
    };
    clauses.push(hangs);
    sentences.push(say('reading_dependence', { dependence: pct(dependence) }));
  }
  return { sentences, clauses, conventions: say('reading_conventions', {}) };
}

/** The main sentence: and, but, or support not recorded; leadership or the kinds named. */
function sentence(sharing: ReadingClause, backing: ReadingClause, kinds: readonly string[]) {
  if (sharing.rule === 'too-small') return say('reading_too_small', {});
  const what = sharing.text.code;
  const how = backing.text.code;
  const same = sharing.positive === backing.positive;
  if (kinds.length === 0 || (kinds.length === 1 && kinds[0] === 'leadership')) {
    if (backing.positive === null) return say('reading_leadership_unrecorded', { sharing: what });
    return same
      ? say('reading_leadership_and', { sharing: what, backing: how })
      : say('reading_leadership_but', { sharing: what, backing: how });
  }
  if (backing.positive === null) return say('reading_ties_unrecorded', { kinds, sharing: what });
  return same
    ? say('reading_ties_and', { kinds, sharing: what, backing: how })
    : say('reading_ties_but', { kinds, sharing: what, backing: how });
}

/**
 * The tie kinds a group's reading is about: those of the counted ties (`selected`, empty: all)
 * with both ends in the group, sub-groups included, in order of first appearance. A group with
 * no such tie is read about the selected kinds (all the network's kinds when none is selected).
 */
export function teamTieKinds(
  doc: NetworkDocument,
  groupId: string,
  selected: readonly string[],
): string[] {
  const groups = groupSubtree(doc, groupId);
  const inGroup = new Set(
    doc.actors.filter((a) => a.group !== undefined && groups.has(a.group)).map((a) => a.id),
  );
  const kinds = new Set<string>();
  for (const tie of doc.ties)
    if (
      includesKind({ kinds: selected }, tie.kind) &&
      inGroup.has(tie.source) &&
      inGroup.has(tie.target)
    )
      kinds.add(tie.kind);
  if (kinds.size > 0) return [...kinds];
  return selected.length > 0 ? [...selected] : [...new Set(doc.ties.map((t) => t.kind))];
}

/** The median of the non-null values; null when there are none. */
export function median(values: readonly MetricValue[]): MetricValue {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
