// What the text view of the network says, built from the document, the measures and the last
// simulation: ties as sentences, pages of long lists, each team's people and coordinators, and
// the scenario result per team at a week. Messages are passed in (the UI's reactive `m`), so
// these functions stay plain and are tested in Node.
import type { Actor, NetworkDocument, Tie } from '../../core/document/types';
import type { SimulationResult } from '../../core/simulation/monte-carlo';
import type * as Messages from '../../paraglide/messages.js';

/** Rows per page of a long list: enough to read, few enough for a screen reader to skim. */
export const PAGE_SIZE = 50;

export interface Page {
  /** The first row shown, counted from 0. */
  start: number;
  /** One past the last row shown. */
  end: number;
  index: number;
  count: number;
}

/** The rows of page `index` (clamped to the pages there are) of a list of `total` rows. */
export function pageOf(total: number, index: number, size = PAGE_SIZE): Page {
  const count = Math.max(1, Math.ceil(total / size));
  const at = Math.min(Math.max(0, Math.floor(index)), count - 1);
  return { start: at * size, end: Math.min(total, (at + 1) * size), index: at, count };
}

/** Decimal numbers in the UI's language (0.41 / 0,41). */
export function numberFormat(locale: string, digits: number): (value: number) => string {
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return (value) => format.format(value);
}

type TieMessages = Pick<
  typeof Messages,
  | 'access_tie_leadership'
  | 'access_tie_support'
  | 'access_tie_coordination'
  | 'access_tie_reporting'
  | 'access_tie_other'
>;

/** A tie in words: "Mette H. looks to Henrik Q. for support (weight 1)." */
export function tieSentence(
  tie: Tie,
  nameOf: (id: string) => string,
  m: TieMessages,
  locale: string,
): string {
  const source = nameOf(tie.source);
  const target = nameOf(tie.target);
  const weight = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(tie.weight);
  const args = { source, target, weight };
  switch (tie.kind) {
    case 'leadership':
      return m.access_tie_leadership(args);
    case 'support':
      return m.access_tie_support(args);
    case 'coordination':
      return m.access_tie_coordination(args);
    case 'reporting':
      return m.access_tie_reporting(args);
    default:
      return m.access_tie_other({ ...args, kind: tie.kind });
  }
}

/** An actor's name as shown everywhere: its label, or its id without one. */
export const actorName = (actor: Actor): string => actor.label ?? actor.id;

/** How many ties each actor sends and receives, by actor id. */
export function tieCounts(doc: NetworkDocument): Map<string, { out: number; in: number }> {
  const counts = new Map<string, { out: number; in: number }>();
  for (const a of doc.actors) counts.set(a.id, { out: 0, in: 0 });
  for (const t of doc.ties) {
    const s = counts.get(t.source);
    const r = counts.get(t.target);
    if (s) s.out++;
    if (r) r.in++;
  }
  return counts;
}

export interface TeamPeople {
  id: string;
  label: string;
  /** Everyone whose group is the team itself. */
  count: number;
  coordinators: string[];
}

/** The teams (groups of kind `team`) in document order, with their people and coordinators. */
export function teamPeople(doc: NetworkDocument): TeamPeople[] {
  const teams = doc.groups.filter((g) => g.kind === 'team');
  const byTeam = new Map<string, TeamPeople>(
    teams.map((g) => [g.id, { id: g.id, label: g.label ?? g.id, count: 0, coordinators: [] }]),
  );
  for (const a of doc.actors) {
    const team = a.group === undefined ? undefined : byTeam.get(a.group);
    if (!team) continue;
    team.count++;
    if (a.role === 'coordinator') team.coordinators.push(actorName(a));
  }
  return [...byTeam.values()];
}

export interface ScenarioRow {
  /** The team's id, or null for all teams together. */
  id: string | null;
  label: string;
  baseline: number;
  scenario: number;
  low: number;
  high: number;
  /** The paired difference, scenario − baseline, averaged over the replicates. */
  difference: number;
  /** The 95 % confidence interval of that mean (null with one replicate or none given). */
  ciLow: number | null;
  ciHigh: number | null;
}

/** The week the result is read at: week 52 (a year) when the run reaches it, else its last. */
export function reportWeek(weeks: number): number {
  return Math.min(52, weeks);
}

/**
 * The scenario's result at a week, all teams first and then each team, from the run's
 * summaries: the scenario's mean and 5–95 % quantiles (the spread of replicates), the baseline's
 * mean, and the paired difference with the 95 % confidence interval of its mean. Every number is
 * simulated. Null when the run holds no scenario.
 */
export function scenarioRows(
  result: SimulationResult,
  week: number,
  teamLabel: (id: string) => string,
  allTeams: string,
): { scenarioId: string; rows: ScenarioRow[] } | null {
  const scenarioId = Object.keys(result.scenarios)[0];
  const run = scenarioId === undefined ? undefined : result.scenarios[scenarioId];
  if (!run || scenarioId === undefined) return null;
  const at = (values: readonly number[] | undefined) => values?.[week] ?? NaN;
  const rows: ScenarioRow[] = [];
  // Team ids are user data: read them as own keys only (a team may be called "__proto__").
  const team = <T>(series: Readonly<Record<string, T>>, id: string) =>
    Object.hasOwn(series, id) ? series[id] : undefined;
  const push = (id: string | null, label: string) => {
    const scenario = id === null ? run.overall : team(run.teams, id);
    const baseline = id === null ? result.baseline.overall : team(result.baseline.teams, id);
    const difference = id === null ? run.difference.overall : team(run.difference.teams, id);
    if (!scenario || !baseline || !difference) return;
    rows.push({
      id,
      label,
      baseline: at(baseline.mean),
      scenario: at(scenario.mean),
      low: at(scenario.quantiles['5']),
      high: at(scenario.quantiles['95']),
      difference: at(difference.mean),
      ciLow: difference.ci95?.lower[week] ?? null,
      ciHigh: difference.ci95?.upper[week] ?? null,
    });
  };
  push(null, allTeams);
  for (const id of result.teamIds) push(id, teamLabel(id));
  return { scenarioId, rows };
}
