// The scenario's shape (DESIGN §5.4): interventions as data, naming actors, ties and groups
// through selectors so one preset fits any network, and its validation (the edit commands use it
// without the presets); resolution from references: scenarios.ts.
import { z } from 'zod';
import '../document/schema'; // sets z.config({ jitless: true }) before any parse here
import { zodIssueMessage } from '../messages/zod';
import { SIMULATION_MESSAGES } from './messages';
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
    /**
     * The posts' support ties keep counting while the posts are empty: support belongs to the post,
     * so this separates losing a person from losing the support their post holds.
     */
    keepSupport: z.boolean().optional(),
    /**
     * Position matching: of the selected actors, the one whose leadership in- and out-degree in
     * its team are closest to those of the first actor this selector picks in the same team
     * (the same actor in every replicate; ties broken by the file's order).
     */
    matchedTo: actorSelectorSchema.optional(),
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
