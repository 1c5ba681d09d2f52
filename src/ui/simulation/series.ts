// The simulation's results as the CLI and the worker give them (DESIGN §6), and their rows for a
// chart: one row per week, series and team, with the mean and the 5/25/75/95 % quantiles.
import { m } from '../i18n-plain';

export interface ProgressSeries {
  mean: number[];
  quantiles: Record<'5' | '25' | '50' | '75' | '95', number[]>;
}

export interface ProgressSummary {
  overall: ProgressSeries;
  teams: Record<string, ProgressSeries>;
}

export interface ChartRow {
  week: number;
  series: string;
  panel: string;
  mean: number;
  q5: number;
  q25: number;
  q75: number;
  q95: number;
}

/** Rows of one summary: the overall series and each team's, labelled for the chart. */
export function chartRows(
  summary: ProgressSummary,
  series: string,
  teamLabel: (id: string) => string,
  overall = m.work_sim_all_teams(),
): ChartRow[] {
  const rows: ChartRow[] = [];
  const push = (panel: string, s: ProgressSeries) =>
    s.mean.forEach((mean, week) =>
      rows.push({
        week,
        series,
        panel,
        mean,
        q5: s.quantiles['5'][week]!,
        q25: s.quantiles['25'][week]!,
        q75: s.quantiles['75'][week]!,
        q95: s.quantiles['95'][week]!,
      }),
    );
  push(overall, summary.overall);
  for (const [id, s] of Object.entries(summary.teams)) push(teamLabel(id), s);
  return rows;
}

/** A paired difference at a week: mean, 5–95 % interval and the share of replicates below 0. */
export interface DifferenceAt {
  week: number;
  mean: number;
  low: number;
  high: number;
}

export function differenceAt(difference: ProgressSeries, week: number): DifferenceAt | null {
  if (week >= difference.mean.length) return null;
  return {
    week,
    mean: difference.mean[week]!,
    low: difference.quantiles['5'][week]!,
    high: difference.quantiles['95'][week]!,
  };
}
