// The scenarios the What if…? bar offers on the open network: every preset (its label naming the
// chosen team and week), then the scenarios saved in the network. A preset that needs what the
// network lacks (a regional coordinator, coordination ties, managers, support…) is offered
// disabled with the reason; a preset that acts on one team asks which, by label, each team
// that lacks what the preset needs disabled with its reason.
import type { NetworkDocument } from '../../core/document/types';
import {
  PRESETS,
  type PresetDefinition,
  type PresetNeed,
  defaultPresetTeam,
  describePreset,
  findPreset,
  missingNeeds,
  presetDefinition,
} from '../../core/simulation/presets';
import { messageText } from '../engine-text';
import { m } from '../i18n-plain';

export interface ScenarioChoice {
  /** The id to run: a preset's (`support-withdrawn-26` for a week), or a saved scenario's. */
  id: string;
  label: string;
  /** What the study reports, then what the model assumes (presets); the saved description. */
  description: string;
  /** Acts on one team, chosen beside it. */
  perTeam: boolean;
  /** Why it cannot run on this network, or null when it can. */
  unavailable: string | null;
}

export interface TeamChoice {
  id: string;
  label: string;
  /** Why the chosen preset cannot act on this team, or null. */
  unavailable: string | null;
}

/** What a missing need means, in words ("no regional coordinator"). */
export function needText(need: PresetNeed): string {
  switch (need) {
    case 'coordinator':
      return m.ws_need_coordinator();
    case 'members':
      return m.ws_need_members();
    case 'managers':
      return m.ws_need_managers();
    case 'support':
      return m.ws_need_support();
    case 'regional-coordinator':
      return m.ws_need_regional();
    case 'coordination-ties':
      return m.ws_need_coordination();
  }
}

const reason = (missing: readonly PresetNeed[]) =>
  missing.length ? missing.map(needText).join(', ') : null;

const teams = (doc: NetworkDocument) => doc.groups.filter((g) => g.kind === 'team');

/** The team a per-team preset acts on: the chosen one if it is a team here, else the default. */
export function chosenTeam(doc: NetworkDocument, team: string | null): string | undefined {
  return team !== null && teams(doc).some((g) => g.id === team) ? team : defaultPresetTeam(doc);
}

/** The preset a runnable id stands for (`support-withdrawn-26` → support-withdrawn). */
export function presetOf(id: string): PresetDefinition | undefined {
  return (
    presetDefinition(id) ??
    (/^support-withdrawn-\d+$/.test(id) ? presetDefinition('support-withdrawn') : undefined)
  );
}

export function scenarioChoices(doc: NetworkDocument, team: string | null): ScenarioChoice[] {
  const at = chosenTeam(doc, team);
  const presets = PRESETS.map((preset): ScenarioChoice => {
    const options = preset.perTeam && at !== undefined ? { team: at } : {};
    const id = findPreset(preset.id, doc, options)!.id;
    const text = describePreset(id, doc, options)!;
    // A per-team preset is unavailable only when no team has what it needs.
    const missing = preset.perTeam
      ? teams(doc).some((g) => missingNeeds(doc, preset, g.id).length === 0)
        ? []
        : missingNeeds(doc, preset, at)
      : missingNeeds(doc, preset);
    return {
      id,
      label: messageText(text.label),
      description: `${messageText(text.finding)} ${messageText(text.assumption)}`,
      perTeam: preset.perTeam,
      unavailable: preset.perTeam && teams(doc).length === 0 ? m.ws_need_teams() : reason(missing),
    };
  });
  const saved = doc.scenarios.flatMap((s): ScenarioChoice[] => {
    const o = s as { id?: unknown; label?: unknown; description?: unknown };
    if (typeof o.id !== 'string' || presets.some((p) => p.id === o.id)) return [];
    return [
      {
        id: o.id,
        label: typeof o.label === 'string' ? o.label : o.id,
        description: typeof o.description === 'string' ? o.description : '',
        perTeam: false,
        unavailable: null,
      },
    ];
  });
  return [...presets, ...saved];
}

/** The teams a per-team preset may act on, by label, each with what it lacks for the preset. */
export function teamChoices(doc: NetworkDocument, presetId: string): TeamChoice[] {
  const preset = presetOf(presetId);
  return teams(doc).map((g) => ({
    id: g.id,
    label: g.label ?? g.id,
    unavailable: preset ? reason(missingNeeds(doc, preset, g.id)) : null,
  }));
}
