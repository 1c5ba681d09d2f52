// A scenario being built in the form, and the scenario data (DESIGN §5.4) it stands for. Empty
// fields select nothing in particular: a selector holds only the fields the user filled in.
import { PARAMETER_NAMES } from '../../core/simulation/parameters';

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

export const ACTIONS: readonly { action: DraftAction; label: string; amount?: string }[] = [
  { action: 'remove-ties', label: 'Remove ties' },
  { action: 'remove-actors', label: 'People leave', amount: 'Vacancy (weeks, 0 = for good)' },
  { action: 'set-support', label: 'Set management support', amount: 'Support level (0–1)' },
  { action: 'add-ties', label: 'Add ties between people', amount: 'Tie weight (0–1)' },
  { action: 'turnover-burst', label: 'Turnover burst', amount: 'Share leaving (0–1)' },
  { action: 'set-parameter', label: 'Change a model parameter', amount: 'Multiply by' },
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

/** The scenario of a draft: its id comes from the label, so saving it again replaces it. */
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
    label: label || 'Custom scenario',
    description,
    interventions: interventions.map(toIntervention),
  };
}
