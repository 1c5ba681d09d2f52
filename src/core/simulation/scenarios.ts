// Scenarios (DESIGN §5.4): what-if interventions as data, their validation, and the presets.
// A scenario names actors, ties and groups through selectors, so one preset fits any network.
import { z } from 'zod';
import '../document/schema'; // sets z.config({ jitless: true }) before any parse here
import { zodIssueMessage } from '../messages/zod';
import { SIMULATION_MESSAGES, say } from './messages';
import { SimulationInputError } from './model';
import { type SimulationIssue, checkParameter } from './parameters';

const id = z.string().min(1, { error: 'value_nonempty' });
const ids = z.array(id).optional();
const name = z.string().min(1, { error: 'value_nonempty' }).optional();
const week = z.number().int({ error: 'value_whole_week' }).min(0).default(0);

/** Actors: every given field must match; `group` takes the group and every group under it. */
export const actorSelectorSchema = z.strictObject({ ids, role: name, group: id.optional() });
/** Ties: `ids` are tie ids; `role` and `group` match when either end matches. */
export const tieSelectorSchema = z.strictObject({
  ids,
  kind: name,
  role: name,
  group: id.optional(),
});
/** Groups: `group` is the group and every group under it; `kind` e.g. `team`. */
export const groupSelectorSchema = z.strictObject({ ids, kind: name, group: id.optional() });

const weight = z.number().gt(0, { error: 'value_weight' }).lte(1, { error: 'value_weight' });

export const interventionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('remove-ties'), week, ties: tieSelectorSchema }),
  z.strictObject({
    action: z.literal('remove-actors'),
    week,
    actors: actorSelectorSchema,
    /** Without it the actors leave for good; with it a newcomer fills each post after that many weeks. */
    vacancyWeeks: z.number().int().min(1).optional(),
    /** Only this many of the selected actors leave, chosen at random in each replicate. */
    count: z.number().int().min(1).optional(),
  }),
  z.strictObject({
    action: z.literal('set-support'),
    week,
    groups: groupSelectorSchema,
    level: z.number().min(0).max(1),
  }),
  z
    .strictObject({
      action: z.literal('add-ties'),
      week,
      /** Ties both ways between every two selected actors… */
      between: actorSelectorSchema.optional(),
      /** …or from each `from` actor to each `to` actor. */
      from: actorSelectorSchema.optional(),
      to: actorSelectorSchema.optional(),
      kind: id,
      weight: weight.default(1),
    })
    .refine((a) => (a.between !== undefined) !== (a.from !== undefined || a.to !== undefined), {
      error: 'sim_scenario_either_between',
    })
    .refine((a) => a.between !== undefined || (a.from !== undefined && a.to !== undefined), {
      error: 'sim_scenario_from_to',
    }),
  z.strictObject({
    action: z.literal('turnover-burst'),
    week,
    actors: actorSelectorSchema.default({}),
    fraction: z.number().gt(0).lte(1),
  }),
  z
    .strictObject({
      action: z.literal('set-parameter'),
      week,
      name: id,
      multiply: z.number().min(0).optional(),
      value: z.number().optional(),
    })
    .refine((a) => (a.multiply === undefined) !== (a.value === undefined), {
      error: 'sim_scenario_one_of',
    }),
]);

export const scenarioSchema = z.looseObject({
  id,
  label: z.string().min(1, { error: 'value_nonempty' }),
  description: z.string().optional(),
  interventions: z.array(interventionSchema),
});

export type ActorSelector = z.output<typeof actorSelectorSchema>;
export type TieSelector = z.output<typeof tieSelectorSchema>;
export type GroupSelector = z.output<typeof groupSelectorSchema>;
export type Intervention = z.output<typeof interventionSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as written: weeks and weights may be left out. */
export type ScenarioInput = z.input<typeof scenarioSchema>;

export type ScenarioParse =
  | { ok: true; scenario: Scenario; warnings: SimulationIssue[] }
  | { ok: false; errors: SimulationIssue[] };

/**
 * Validates one scenario; errors and warnings name the JSON path under `at` (e.g.
 * `scenarios[2]`). A `set-parameter` value outside its bounds is an error; a multiplier is
 * checked when it is applied, against the value it multiplies.
 */
export function parseScenario(value: unknown, at: readonly PropertyKey[] = []): ScenarioParse {
  const result = scenarioSchema.safeParse(value);
  if (!result.success)
    return {
      ok: false,
      errors: result.error.issues.map((issue) =>
        zodIssueMessage(
          issue,
          { path: [...at, ...issue.path].map((k) => (typeof k === 'number' ? k : String(k))) },
          SIMULATION_MESSAGES.specs,
        ),
      ),
    };
  const warnings: SimulationIssue[] = [];
  const errors: SimulationIssue[] = [];
  result.data.interventions.forEach((intervention, i) => {
    if (intervention.action !== 'set-parameter') return;
    const where = (field: string) => ({
      path: [...at.map((k) => (typeof k === 'number' ? k : String(k))), 'interventions', i, field],
    });
    // The name alone first (checked on its default), then a given value against the bounds.
    const unknown = checkParameter(intervention.name, Number.NaN, where('name'), []);
    if (unknown?.code === 'sim_param_unknown') errors.push(unknown);
    else if (intervention.value !== undefined) {
      const error = checkParameter(intervention.name, intervention.value, where('value'), warnings);
      if (error) errors.push(error);
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: result.data, warnings };
}

/** Which team the coordinator presets act on by default: the example's strongest team. */
export const DEFAULT_PRESET_TEAM = 'team-ortho';
/** The week the leaving presets act: a quarter into the collaborative. */
export const DEFAULT_LEAVING_WEEK = 13;

/** Management support withdrawn (every support tie removed) at `week`. */
export function supportRemovedPreset(week = 0): Scenario {
  return {
    id: week === 0 ? 'support-removed' : `support-withdrawn-${week}`,
    label: week === 0 ? 'No management support' : `Management withdraws support at week ${week}`,
    description:
      'Every support tie to management is removed: the study found management support to be a precondition for progress.',
    interventions: [{ week, action: 'remove-ties', ties: { kind: 'support' } }],
  };
}

export interface LeavingOptions {
  /** The team (group id) the coordinator or member leaves; default team-ortho. */
  team?: string;
  week?: number;
  /** A newcomer fills the post after this many weeks; left out, the post stays empty. */
  vacancyWeeks?: number;
}

/** The local coordinator of one team leaves, with or without a replacement. */
export function coordinatorLeavesPreset(options: LeavingOptions = {}): Scenario {
  const { team = DEFAULT_PRESET_TEAM, week = DEFAULT_LEAVING_WEEK, vacancyWeeks } = options;
  const replaced = vacancyWeeks !== undefined;
  return {
    id: replaced ? 'coordinator-replaced' : 'coordinator-leaves',
    label: replaced
      ? `The coordinator of ${team} leaves at week ${week}, replaced after ${vacancyWeeks} weeks`
      : `The coordinator of ${team} leaves at week ${week}`,
    description:
      'The local coordinator drives the work (Carstensen et al. 2024): practice stalls without one.',
    interventions: [
      {
        week,
        action: 'remove-actors',
        actors: { role: 'coordinator', group: team },
        ...(replaced ? { vacancyWeeks } : {}),
      },
    ],
  };
}

/** One member of the same team, chosen at random, leaves: the control for the coordinator. */
export function memberLeavesPreset(options: LeavingOptions = {}): Scenario {
  const { team = DEFAULT_PRESET_TEAM, week = DEFAULT_LEAVING_WEEK, vacancyWeeks } = options;
  return {
    id: vacancyWeeks === undefined ? 'member-leaves' : 'member-replaced',
    label: `A random member of ${team} leaves at week ${week}`,
    description: 'The control for the coordinator leaving: one ordinary member leaves instead.',
    interventions: [
      {
        week,
        action: 'remove-actors',
        actors: { role: 'member', group: team },
        count: 1,
        ...(vacancyWeeks === undefined ? {} : { vacancyWeeks }),
      },
    ],
  };
}

/** Every preset of DESIGN §5.4, on its defaults. */
export const SCENARIO_PRESETS: readonly Scenario[] = [
  supportRemovedPreset(0),
  supportRemovedPreset(26),
  coordinatorLeavesPreset(),
  coordinatorLeavesPreset({ vacancyWeeks: 12 }),
  memberLeavesPreset(),
  {
    id: 'consolidate',
    label: 'Consolidate practice (χ₀ ×3)',
    description: 'Emergent practice is written into routines three times as fast.',
    interventions: [{ week: 0, action: 'set-parameter', name: 'chi0', multiply: 3 }],
  },
  {
    id: 'connect-coordinators',
    label: 'Connect all coordinators',
    description:
      'Every two local coordinators get a coordination tie (0.5): practice transfers only between linked units (Darr et al. 1995).',
    interventions: [
      {
        week: 0,
        action: 'add-ties',
        between: { role: 'coordinator' },
        kind: 'coordination',
        weight: 0.5,
      },
    ],
  },
  {
    id: 'regional-coordinator-leaves',
    label: `The regional coordinator leaves at week ${DEFAULT_LEAVING_WEEK}`,
    description: 'No regional activation and no transfer through the regional coordinator.',
    interventions: [
      {
        week: DEFAULT_LEAVING_WEEK,
        action: 'remove-actors',
        actors: { role: 'regional-coordinator' },
      },
    ],
  },
  {
    id: 'turnover-burst',
    label: 'A turnover burst at week 26 (30 % of members)',
    description: 'A reorganisation: each member leaves with probability 0.3 at week 26.',
    interventions: [
      { week: 26, action: 'turnover-burst', fraction: 0.3, actors: { role: 'member' } },
    ],
  },
  {
    id: 'complex',
    label: 'A complex improvement (κ 1.5)',
    description: 'Practice grows more slowly and decays faster (Schneiderman’s half-life).',
    interventions: [{ week: 0, action: 'set-parameter', name: 'kappa', value: 1.5 }],
  },
  {
    id: 'centralise',
    label: 'Centralise leadership on the coordinator',
    description:
      'Members stop looking to each other and look only to their coordinator (0.8): dense but centralised leadership.',
    interventions: [
      { week: 0, action: 'remove-ties', ties: { kind: 'leadership' } },
      {
        week: 0,
        action: 'add-ties',
        from: { role: 'member' },
        to: { role: 'coordinator' },
        kind: 'leadership',
        weight: 0.8,
      },
    ],
  },
];

export function findPreset(presetId: string): Scenario | undefined {
  return SCENARIO_PRESETS.find((s) => s.id === presetId);
}

/**
 * Scenarios from references: a preset id, the id of a scenario saved in the document, or a
 * scenario object. Throws with every problem located under `scenarios[i]`.
 */
export function resolveScenarios(
  documentScenarios: readonly unknown[],
  refs: readonly unknown[],
): { scenarios: Scenario[]; warnings: SimulationIssue[] } {
  const errors: SimulationIssue[] = [];
  const warnings: SimulationIssue[] = [];
  const scenarios: Scenario[] = [];
  const saved = (scenarioId: string) =>
    documentScenarios.findIndex(
      (s) => typeof s === 'object' && s !== null && (s as { id?: unknown }).id === scenarioId,
    );
  refs.forEach((ref, i) => {
    let value: unknown = ref;
    let at: PropertyKey[] = ['scenarios', i];
    if (typeof ref === 'string') {
      const preset = findPreset(ref);
      const index = saved(ref);
      if (index >= 0) {
        value = documentScenarios[index];
        at = ['scenarios', index];
      } else if (preset) value = preset;
      else {
        errors.push(
          say(
            'sim_scenario_unknown',
            { id: ref, presets: SCENARIO_PRESETS.map((s) => s.id).join(', ') },
            { path: at.map((k) => (typeof k === 'number' ? k : String(k))) },
          ),
        );
        return;
      }
    }
    const parsed = parseScenario(value, at);
    if (parsed.ok) {
      scenarios.push(parsed.scenario);
      warnings.push(...parsed.warnings);
    } else errors.push(...parsed.errors);
  });
  if (errors.length > 0) throw new SimulationInputError(errors);
  return { scenarios, warnings };
}
