// Simulation results as they leave Leadnet: DESIGN §6's JSON and a CSV table whose header block
// carries the run's provenance. One CSV row per scenario × series × team × week; the overall mean
// over teams has an empty team cell. Every number in them is simulated.
import { toCsv } from '../metrics/output';
import {
  QUANTILES,
  SIMULATED,
  type SeriesSummary,
  type SimulationResult,
  type Summary,
} from './monte-carlo';
import type { SimulationProvenance } from './provenance';

export { toSimulateJson } from './monte-carlo';

/** The first line of a CSV result: what its numbers are. */
export const CSV_TITLE = `# ${SIMULATED}`;
const PROVENANCE_LINE = '# provenance (JSON):';

/**
 * Columns: scenario (`baseline` or the id), series (`P`, or `difference` for the paired
 * difference scenario − baseline), team (empty for the overall mean), week, mean, se (Monte Carlo
 * standard error of the mean), q5…q95 (the spread of the replicates), ci95_lower and ci95_upper
 * (differences only: the 95 % confidence interval of the mean). Above the header, lines starting
 * with `#`: what the numbers are, then the provenance as JSON (`readProvenanceCsv` reads it back;
 * R's `read.csv(comment.char = "#")` and pandas' `read_csv(comment="#")` skip it).
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
          s.se[week],
          ...QUANTILES.map((q) => s.quantiles[`${q}`][week]),
          s.ci95?.lower[week],
          s.ci95?.upper[week],
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
  const header = [
    CSV_TITLE,
    PROVENANCE_LINE,
    ...JSON.stringify(result.provenance, null, 2)
      .split('\n')
      .map((line) => `# ${line}`),
  ].join('\r\n');
  return `${header}\r\n${toCsv(
    [
      'scenario',
      'series',
      'team',
      'week',
      'mean',
      'se',
      ...QUANTILES.map((q) => `q${q}`),
      'ci95_lower',
      'ci95_upper',
    ],
    body,
  )}`;
}

/** The provenance in a CSV result's header block, or undefined when it has none. */
export function readProvenanceCsv(text: string): SimulationProvenance | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.indexOf(PROVENANCE_LINE);
  if (start < 0) return undefined;
  const json: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('# ')) break;
    json.push(line.slice(2));
  }
  return JSON.parse(json.join('\n')) as SimulationProvenance;
}
