// Simulation results as they leave Leadnet: DESIGN §6's JSON and a CSV table.
// One CSV row per scenario × team × week, the overall mean over teams with an empty team cell.
import { toCsv } from '../metrics/output';
import { QUANTILES, type SeriesSummary, type SimulationResult, type Summary } from './monte-carlo';

export { toSimulateJson } from './monte-carlo';

/**
 * Columns: scenario (`baseline` or the id), series (`P`, or `difference` for the paired
 * difference scenario − baseline), team (empty for the overall mean), week, mean, q5…q95.
 */
export function simulationCsv(result: SimulationResult): string {
  const body: unknown[][] = [];
  const rows = (scenario: string, series: string, summary: Summary) => {
    const one = (team: string, s: SeriesSummary) =>
      s.mean.forEach((mean, week) =>
        body.push([
          scenario,
          series,
          team,
          week,
          mean,
          ...QUANTILES.map((q) => s.quantiles[`${q}`][week]),
        ]),
      );
    one('', summary.overall);
    for (const [team, s] of Object.entries(summary.teams)) one(team, s);
  };
  rows('baseline', 'P', result.baseline);
  for (const [id, s] of Object.entries(result.scenarios)) {
    rows(id, 'P', s);
    rows(id, 'difference', s.difference);
  }
  return toCsv(
    ['scenario', 'series', 'team', 'week', 'mean', ...QUANTILES.map((q) => `q${q}`)],
    body,
  );
}
