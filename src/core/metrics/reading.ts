// A team's leadership in one line, derived from its measures by the documented thresholds
// below — never invented text. The team profile card shows it with the rules that fired.
import type { MetricValue } from './types';

/**
 * The thresholds behind a team's reading. They are conventions of this tool, chosen so the
 * built-in example's teams read as designed; the card shows each rule it applied.
 */
export const TEAM_READING_THRESHOLDS = {
  /** Below this binary density leadership ties are too few to call leadership shared. */
  sparseDensity: 0.15,
  /** From this density on, with low centralization, leadership is widely shared. */
  sharedDensity: 0.3,
  /** From this in-degree centralization on, leadership is concentrated on a few. */
  concentratedCentralization: 0.6,
  /** Below this support level management support is weak (0 means none recorded). */
  weakSupport: 0.4,
  /** From this coordinator dependence on, the team's ties hang on its coordinator. */
  coordinatorDependence: 0.5,
} as const;

/** Which rule produced a clause: lets a UI say the clause in its own language. */
export type ReadingRule =
  | 'too-small'
  | 'sparse'
  | 'concentrated'
  | 'widely-shared'
  | 'partly-shared'
  | 'no-support'
  | 'weak-support'
  | 'supported'
  | 'coordinator-dependence';

export interface ReadingClause {
  ruleId: ReadingRule;
  /** The measure values and thresholds the rule compared, by name (the rule's numbers). */
  numbers: Readonly<Record<string, number | null>>;
  text: string;
  /** The rule that produced the clause, in words with its numbers. */
  rule: string;
  /** Whether the clause is good news for the collaborative's progress. */
  positive: boolean;
}

export interface TeamReading {
  sentence: string;
  clauses: ReadingClause[];
}

const pct = (value: number) => `${Math.round(value * 100)} %`;

/** Reads a team from its group measures (ids of DESIGN §4). */
export function readTeam(values: Readonly<Record<string, MetricValue | undefined>>): TeamReading {
  const t = TEAM_READING_THRESHOLDS;
  const density = values.density ?? null;
  const centralization = values.inCentralization ?? null;
  const support = values.supportLevel ?? null;
  const dependence = values.coordinatorDependence ?? null;

  let sharing: ReadingClause;
  if (density === null) {
    sharing = {
      ruleId: 'too-small',
      numbers: {},
      text: 'too small to read',
      rule: 'a team needs two people for its ties to be measured',
      positive: false,
    };
  } else if (density < t.sparseDensity) {
    sharing = {
      ruleId: 'sparse',
      numbers: { density, threshold: t.sparseDensity },
      text: 'sparse',
      rule: `density ${pct(density)} < ${pct(t.sparseDensity)}`,
      positive: false,
    };
  } else if (centralization !== null && centralization >= t.concentratedCentralization) {
    sharing = {
      ruleId: 'concentrated',
      numbers: { centralization, threshold: t.concentratedCentralization },
      text: 'concentrated on a few people',
      rule: `in-degree centralization ${pct(centralization)} ≥ ${pct(t.concentratedCentralization)}`,
      positive: false,
    };
  } else if (density >= t.sharedDensity) {
    sharing = {
      ruleId: 'widely-shared',
      numbers: {
        density,
        threshold: t.sharedDensity,
        centralization,
        limit: t.concentratedCentralization,
      },
      text: 'widely shared',
      rule: `density ${pct(density)} ≥ ${pct(t.sharedDensity)} and centralization ${centralization === null ? '—' : pct(centralization)} < ${pct(t.concentratedCentralization)}`,
      positive: true,
    };
  } else {
    sharing = {
      ruleId: 'partly-shared',
      numbers: { density, low: t.sparseDensity, high: t.sharedDensity },
      text: 'partly shared',
      rule: `density ${pct(density)} between ${pct(t.sparseDensity)} and ${pct(t.sharedDensity)}`,
      positive: true,
    };
  }

  let backing: ReadingClause;
  if (support === null || support === 0) {
    backing = {
      ruleId: 'no-support',
      numbers: {},
      text: 'not supported by management',
      rule: 'no support tie to a manager recorded',
      positive: false,
    };
  } else if (support < t.weakSupport) {
    backing = {
      ruleId: 'weak-support',
      numbers: { support, threshold: t.weakSupport },
      text: 'only weakly supported by management',
      rule: `support level ${support} < ${t.weakSupport}`,
      positive: false,
    };
  } else {
    backing = {
      ruleId: 'supported',
      numbers: { support, threshold: t.weakSupport },
      text: 'supported by management',
      rule: `support level ${support} ≥ ${t.weakSupport}`,
      positive: true,
    };
  }

  const clauses = [sharing, backing];
  let sentence = `Leadership is ${sharing.text} ${sharing.positive === backing.positive ? 'and' : 'but'} ${backing.text}`;
  if (dependence !== null && dependence >= t.coordinatorDependence) {
    const hangs: ReadingClause = {
      ruleId: 'coordinator-dependence',
      numbers: { dependence, threshold: t.coordinatorDependence },
      text: 'its ties hang on the coordinator',
      rule: `coordinator dependence ${pct(dependence)} ≥ ${pct(t.coordinatorDependence)}`,
      positive: false,
    };
    clauses.push(hangs);
    sentence += `; ${hangs.text}`;
  }
  return { sentence: `${sentence}.`, clauses };
}

/** The median of the non-null values; null when there are none. */
export function median(values: readonly MetricValue[]): MetricValue {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
