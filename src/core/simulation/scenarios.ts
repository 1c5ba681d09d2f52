// Scenarios (DESIGN §5.4): what-if interventions as data, their validation and their resolution
// from references (the presets themselves are in presets.ts).
// A scenario names actors, ties and groups through selectors, so one preset fits any network.
import { say } from './messages';
import type { NetworkDocument } from '../document/types';
import { SimulationInputError } from './errors';
import { type Scenario, parseScenario } from './scenario-schema';
import { PRESETS, findPreset } from './presets';
import type { ScenarioOrigin } from './provenance';
import type { SimulationIssue } from './parameters';

export * from './scenario-schema';

/**
 * Scenarios from references: a preset id (per-team presets on `options.team`, or the default
 * team), the id of a scenario saved in the document, or a scenario object. Throws with every
 * problem located under `scenarios[i]`.
 */
export function resolveScenarios(
  doc: NetworkDocument,
  refs: readonly unknown[],
  options: { team?: string } = {},
): { scenarios: Scenario[]; origins: ScenarioOrigin[]; warnings: SimulationIssue[] } {
  const documentScenarios = doc.scenarios;
  const errors: SimulationIssue[] = [];
  const warnings: SimulationIssue[] = [];
  const scenarios: Scenario[] = [];
  const origins: ScenarioOrigin[] = [];
  if (
    options.team !== undefined &&
    !doc.groups.some((g) => g.id === options.team && g.kind === 'team')
  )
    errors.push(say('sim_team_unknown', { id: options.team }, { path: ['team'] }));
  const saved = (scenarioId: string) =>
    documentScenarios.findIndex(
      (s) => typeof s === 'object' && s !== null && (s as { id?: unknown }).id === scenarioId,
    );
  refs.forEach((ref, i) => {
    let value: unknown = ref;
    let origin: ScenarioOrigin = 'request';
    let at: PropertyKey[] = ['scenarios', i];
    if (typeof ref === 'string') {
      const preset = findPreset(ref, doc, { team: options.team });
      const index = saved(ref);
      if (index >= 0) {
        value = documentScenarios[index];
        origin = 'document';
        at = ['scenarios', index];
      } else if (preset) {
        value = preset;
        origin = 'preset';
      } else {
        errors.push(
          say(
            'sim_scenario_unknown',
            { id: ref, presets: PRESETS.map((p) => p.id).join(', ') },
            { path: at.map((k) => (typeof k === 'number' ? k : String(k))) },
          ),
        );
        return;
      }
    }
    const parsed = parseScenario(value, at);
    if (parsed.ok) {
      scenarios.push(parsed.scenario);
      origins.push(origin);
      warnings.push(...parsed.warnings);
    } else errors.push(...parsed.errors);
  });
  if (errors.length > 0) throw new SimulationInputError(errors);
  return { scenarios, origins, warnings };
}
