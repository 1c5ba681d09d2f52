// Where a chart file's simulated numbers came from, carried inside the file (SVG <metadata>, PNG
// iTXt): the engine's own provenance of the run when it gives one (app and model version, the
// document's hash, every resolved parameter, the scenario's definition, seed, runs, weeks,
// warnings, what was assumed for unrecorded support), and what the chart shows of it.
import type { NetworkDocument } from '../../core/document/types';
import type { RunResult } from '../../state/simulation.svelte';

export interface ChartProvenance {
  /** Always true: every number in the file is simulated, none observed. */
  simulated: true;
  generator: 'Leadnet';
  network: { title: string | null; revision: number };
  /** The scenario run against the baseline, as it was defined for the run. */
  scenario: { id: string; definition: unknown };
  seed: number;
  runs: number;
  weeks: number;
  unrecordedSupport: RunResult['settings']['unrecordedSupport'];
  /** What the chart draws: the team (or all teams), the series and the bands. */
  chart: {
    panels: string[];
    series: ['baseline', 'scenario'];
    line: 'mean of replicates';
    bands: ['25–75 % of replicates', '5–95 % of replicates'];
    interventionWeeks: number[];
  };
  /** The engine's provenance of the run (issue 10), when the result carries one. */
  engine: unknown;
  warnings: RunResult['value']['warnings'];
}

export function chartProvenance(
  run: RunResult,
  doc: NetworkDocument,
  panels: readonly string[],
  interventionWeeks: readonly number[],
): ChartProvenance {
  const value = run.value as RunResult['value'] & { provenance?: unknown };
  return {
    simulated: true,
    generator: 'Leadnet',
    network: { title: doc.meta.title ?? null, revision: run.revision },
    scenario: { id: run.settings.scenario, definition: run.scenario ?? run.settings.scenario },
    seed: value.seed,
    runs: value.runs,
    weeks: value.weeks,
    unrecordedSupport: run.settings.unrecordedSupport,
    chart: {
      panels: [...panels],
      series: ['baseline', 'scenario'],
      line: 'mean of replicates',
      bands: ['25–75 % of replicates', '5–95 % of replicates'],
      interventionWeeks: [...interventionWeeks],
    },
    engine: value.provenance ?? null,
    warnings: value.warnings,
  };
}
