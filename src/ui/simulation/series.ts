// The simulation's results as the chart and the tables read them: one panel per team (and one
// for all teams), each with its baseline and scenario series; the rows Observable Plot draws;
// the paired difference at a week; and how small multiples share the chart's area.

export interface ProgressSeries {
  mean: number[];
  quantiles: Record<'5' | '25' | '50' | '75' | '95', number[]>;
  /** Differences only: the share of replicates below / above zero. */
  negative?: number[];
  positive?: number[];
  /** Monte Carlo standard error of the mean, per week (null with one replicate). */
  se?: (number | null)[];
  /** Differences: the 95 % confidence interval of the mean, per week (null with one replicate). */
  ci95?: { lower: (number | null)[]; upper: (number | null)[] };
}

export interface ProgressSummary {
  overall: ProgressSeries;
  teams: Record<string, ProgressSeries>;
}

/** The id of the all-teams panel: no group id can be empty. */
export const ALL_TEAMS = '';

/** One chart panel: a team (or all teams), its baseline and scenario, and the paired difference. */
export interface ChartPanel {
  id: string;
  label: string;
  baseline: ProgressSeries;
  scenario: ProgressSeries;
  difference: ProgressSeries;
}

/** The all-teams panel first, then each team in the result's order, named by its label. */
export function chartPanels(
  baseline: ProgressSummary,
  scenario: ProgressSummary & { difference: ProgressSummary },
  teamLabel: (id: string) => string,
  allTeams: string,
): ChartPanel[] {
  const panels: ChartPanel[] = [
    {
      id: ALL_TEAMS,
      label: allTeams,
      baseline: baseline.overall,
      scenario: scenario.overall,
      difference: scenario.difference.overall,
    },
  ];
  for (const [id, series] of Object.entries(baseline.teams)) {
    const other = scenario.teams[id];
    const difference = scenario.difference.teams[id];
    if (other && difference)
      panels.push({ id, label: teamLabel(id), baseline: series, scenario: other, difference });
  }
  return panels;
}

export type SeriesKey = 'Baseline' | 'Scenario';

/** The series' colours (Okabe–Ito blue and vermilion); the legends name them. */
export const SERIES_COLORS: Readonly<Record<SeriesKey, string>> = {
  Baseline: '#0072B2',
  Scenario: '#D55E00',
};

export interface ChartRow {
  week: number;
  series: SeriesKey;
  /** The panel's id (facets are keyed by id: two teams may share a label). */
  panel: string;
  mean: number;
  q5: number;
  q25: number;
  q75: number;
  q95: number;
}

/** Rows for Plot: each panel's baseline and scenario, one row per week. */
export function chartRows(panels: readonly ChartPanel[]): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const panel of panels)
    for (const [series, s] of [
      ['Baseline', panel.baseline],
      ['Scenario', panel.scenario],
    ] as const)
      s.mean.forEach((mean, week) =>
        rows.push({
          week,
          series,
          panel: panel.id,
          mean,
          q5: s.quantiles['5'][week]!,
          q25: s.quantiles['25'][week]!,
          q75: s.quantiles['75'][week]!,
          q95: s.quantiles['95'][week]!,
        }),
      );
  return rows;
}

/**
 * The top of the progress axis: the highest 95th percentile drawn, rounded up to a tenth with
 * a tenth of headroom, at least 0.2 and at most 1 (progress is a share).
 */
export function axisTop(rows: readonly ChartRow[]): number {
  const high = rows.reduce((top, r) => Math.max(top, r.q95), 0);
  return Math.min(1, Math.max(0.2, Math.ceil(high * 10 + 1e-9) / 10 + 0.1));
}

/** A paired difference at a week: its mean, the spread of replicates, the CI of the mean. */
export interface DifferenceAt {
  week: number;
  mean: number;
  /** 5 % and 95 % quantiles of the replicates' differences. */
  low: number;
  high: number;
  /** The 95 % confidence interval of the mean, when the result carries it. */
  ci: [number, number] | null;
  /** The share of replicates below zero, when the result carries it. */
  below: number | null;
}

export function differenceAt(difference: ProgressSeries, week: number): DifferenceAt | null {
  if (week < 0 || week >= difference.mean.length) return null;
  const lower = difference.ci95?.lower[week] ?? null;
  const upper = difference.ci95?.upper[week] ?? null;
  return {
    week,
    mean: difference.mean[week]!,
    low: difference.quantiles['5'][week]!,
    high: difference.quantiles['95'][week]!,
    ci: lower === null || upper === null ? null : [lower, upper],
    below: difference.negative?.[week] ?? null,
  };
}

/**
 * Columns and rows for `count` small multiples in a `width` × `height` area: the grid whose
 * panels come out largest, each at least 1.3 times as wide as it is high (a time axis).
 */
export function multiplesGrid(
  count: number,
  width: number,
  height: number,
): { columns: number; rows: number } {
  let best = { columns: 1, rows: Math.max(1, count), size: 0 };
  for (let columns = 1; columns <= Math.max(1, count); columns += 1) {
    const rows = Math.ceil(count / columns);
    const w = width / columns;
    const h = Math.min(height / rows, w / 1.3);
    const size = h * Math.min(w, h * 2.4);
    if (size > best.size) best = { columns, rows, size };
  }
  return { columns: best.columns, rows: best.rows };
}

/** The weeks the scenario intervenes, from its definition (default week 0). */
export function interventionWeeks(
  scenario: { interventions?: readonly unknown[] } | null,
): number[] {
  const weeks = (scenario?.interventions ?? []).map((i) => {
    const week = (i as { week?: unknown }).week;
    return typeof week === 'number' ? week : 0;
  });
  return [...new Set(weeks)].sort((a, b) => a - b);
}

/**
 * A share (0…1) as percentage points with a sign and one decimal in `locale` ("+1.5", "-0,3"):
 * how the paired differences are read everywhere.
 */
export function percentPoints(locale: string): (share: number) => string {
  const format = new Intl.NumberFormat(locale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (share) => format.format(share * 100);
}
