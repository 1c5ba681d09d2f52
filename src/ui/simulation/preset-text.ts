// The scenario presets' labels and descriptions in the UI's language. The presets live in
// src/core (shared with the CLI, in English); the UI looks them up by id, fills in the week,
// the team and the vacancy from the preset itself, and falls back to core's English for an id
// it does not know. In English the text is core's own (a unit test keeps them equal).
import type { Scenario } from '../../core/simulation/scenarios';
import { m } from '../i18n-plain';

export interface PresetText {
  label: string;
  description: string;
}

/** The first week, team and vacancy a preset's interventions name. */
function presetFacts(preset: Scenario): { week: number; team?: string; vacancy?: number } {
  const first = (preset.interventions[0] ?? {}) as {
    week?: number;
    actors?: { group?: string };
    vacancyWeeks?: number;
  };
  return { week: first.week ?? 0, team: first.actors?.group, vacancy: first.vacancyWeeks };
}

/**
 * A preset's label and description in the UI's language. `teamName` names a team by its id
 * (the network's label for it); core's English uses the id itself.
 */
export function presetText(
  preset: Scenario,
  teamName: (id: string) => string = (id) => id,
): PresetText {
  const { week, team, vacancy } = presetFacts(preset);
  const named = team === undefined ? '' : teamName(team);
  const text = (label: string, description: string) => ({ label, description });
  const support = () => m.work_preset_support_description();
  switch (preset.id) {
    case 'support-removed':
      return text(m.work_preset_support_removed(), support());
    case 'coordinator-leaves':
      return text(
        m.work_preset_coordinator_leaves({ team: named, week }),
        m.work_preset_coordinator_description(),
      );
    case 'coordinator-replaced':
      return text(
        m.work_preset_coordinator_replaced({ team: named, week, vacancy: vacancy ?? 0 }),
        m.work_preset_coordinator_description(),
      );
    case 'member-leaves':
    case 'member-replaced':
      return text(
        m.work_preset_member_leaves({ team: named, week }),
        m.work_preset_member_description(),
      );
    case 'consolidate':
      return text(m.work_preset_consolidate(), m.work_preset_consolidate_description());
    case 'connect-coordinators':
      return text(m.work_preset_connect(), m.work_preset_connect_description());
    case 'regional-coordinator-leaves':
      return text(m.work_preset_regional_leaves({ week }), m.work_preset_regional_description());
    case 'turnover-burst':
      return text(m.work_preset_turnover({ week }), m.work_preset_turnover_description({ week }));
    case 'complex':
      return text(m.work_preset_complex(), m.work_preset_complex_description());
    case 'centralise':
      return text(m.work_preset_centralise(), m.work_preset_centralise_description());
  }
  if (/^support-withdrawn-\d+$/.test(preset.id))
    return text(m.work_preset_support_withdrawn({ week }), support());
  return text(preset.label, preset.description ?? '');
}
