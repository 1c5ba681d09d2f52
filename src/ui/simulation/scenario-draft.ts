// A scenario being built in the form, and the scenario data (DESIGN §5.4) it stands for. Empty
// fields select nothing in particular: a selector holds only the fields the user filled in.
import { PARAMETER_NAMES } from '../../core/simulation/parameters';
import { m } from '../i18n-plain';

export type DraftAction =
  'remove-ties' | 'remove-actors' | 'set-support' | 'add-ties' | 'turnover-burst' | 'set-parameter';

export interface DraftIntervention {
  action: DraftAction;
  week: number;
  role: string;
  group: string;
  actor: string;
  kind: string;
  /** vacancyWeeks (remove-actors, 0 = for good), level (set-support), weight (add-ties),
   *  fraction (turnover-burst) or multiplier (set-parameter). */
  amount: number;
  parameter: string;
}

/** What a step can do; its words are read when shown, in the UI's language. */
export const ACTIONS: readonly {
  action: DraftAction;
  label: () => string;
  amount?: () => string;
}[] = [
  { action: 'remove-ties', label: () => m.work_action_remove_ties() },
  {
    action: 'remove-actors',
    label: () => m.work_action_remove_actors(),
    amount: () => m.work_action_remove_actors_amount(),
  },
  {
    action: 'set-support',
    label: () => m.work_action_set_support(),
    amount: () => m.work_action_set_support_amount(),
  },
  {
    action: 'add-ties',
    label: () => m.work_action_add_ties(),
    amount: () => m.work_action_add_ties_amount(),
  },
  {
    action: 'turnover-burst',
    label: () => m.work_action_turnover(),
    amount: () => m.work_action_turnover_amount(),
  },
  {
    action: 'set-parameter',
    label: () => m.work_action_set_parameter(),
    amount: () => m.work_action_set_parameter_amount(),
  },
];

export function newIntervention(action: DraftAction = 'remove-ties'): DraftIntervention {
  const amount = {
    'remove-ties': 0,
    'remove-actors': 0,
    'set-support': 0.3,
    'add-ties': 0.7,
    'turnover-burst': 0.3,
    'set-parameter': 2,
  }[action];
  return {
    action,
    week: 0,
    role: '',
    group: '',
    actor: '',
    kind: action === 'add-ties' ? 'coordination' : '',
    amount,
    parameter: PARAMETER_NAMES[0]!,
  };
}

/** Only the filled-in fields. */
function pick(fields: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value) out[key] = value;
  return out;
}

export function toIntervention(d: DraftIntervention): Record<string, unknown> {
  const actors = {
    ...pick({ role: d.role, group: d.group }),
    ...(d.actor ? { ids: [d.actor] } : {}),
  };
  switch (d.action) {
    case 'remove-ties':
      return {
        week: d.week,
        action: d.action,
        ties: pick({ kind: d.kind, role: d.role, group: d.group }),
      };
    case 'remove-actors':
      return {
        week: d.week,
        action: d.action,
        actors,
        ...(d.amount > 0 ? { vacancyWeeks: Math.round(d.amount) } : {}),
      };
    case 'set-support':
      return {
        week: d.week,
        action: d.action,
        groups: { kind: 'team', ...pick({ group: d.group }) },
        level: d.amount,
      };
    case 'add-ties':
      return {
        week: d.week,
        action: d.action,
        between: actors,
        kind: d.kind || 'coordination',
        weight: d.amount,
      };
    case 'turnover-burst':
      return { week: d.week, action: d.action, actors, fraction: d.amount };
    case 'set-parameter':
      return { week: d.week, action: d.action, name: d.parameter, multiply: d.amount };
  }
}

/**
 * The scenario of a draft: its id comes from the label, so saving it again replaces it. An
 * unnamed scenario is called "Custom scenario" in the UI's language (it is the user's data).
 */
export function toScenario(
  label: string,
  description: string,
  interventions: DraftIntervention[],
): Record<string, unknown> {
  const slug = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    id: `custom-${slug || 'scenario'}`,
    label: label || m.work_builder_custom(),
    description,
    interventions: interventions.map(toIntervention),
  };
}
