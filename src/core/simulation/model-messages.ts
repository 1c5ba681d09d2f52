// The model's own texts as message codes (texts in messages/{en,da}/engine-model.json): each
// preset's label, what the study reports and what the model assumes on top of it. Their keys are
// derived from the preset ids, so there is no hand-kept table of texts anywhere else.
import { defineMessages } from '../messages/types';
import type { ParamKind, ParamSpec } from '../messages/types';

/** The message-key stem of a preset id: `coordinator-leaves` → `preset_coordinator_leaves`. */
export function presetKey(presetId: string): string {
  return `preset_${presetId.replace(/-/g, '_')}`;
}

/** The parameters a preset's label names: the team's label, the week, the vacancy. */
export interface PresetTextParams {
  team?: string;
  week?: number;
  vacancy?: number;
}

/** Which parameters each preset's label takes (the message declarations derive from it). */
export const PRESET_LABEL_PARAMS: Readonly<Record<string, readonly (keyof PresetTextParams)[]>> = {
  'support-removed': [],
  'support-withdrawn': ['week'],
  'coordinator-leaves': ['team', 'week'],
  'coordinator-replaced': ['team', 'week', 'vacancy'],
  'coordinator-leaves-support-stays': ['team', 'week'],
  'member-leaves': ['team', 'week'],
  'matched-member-leaves': ['team', 'week'],
  consolidate: [],
  'connect-coordinators': [],
  'regional-coordinator-leaves': ['week'],
  'turnover-burst': ['week'],
  complex: [],
  centralise: [],
};

const KINDS: Record<keyof PresetTextParams, ParamKind> = {
  team: 'name',
  week: 'count',
  vacancy: 'count',
};

const presetSpecs: Record<string, ParamSpec> = {};
for (const [id, params] of Object.entries(PRESET_LABEL_PARAMS)) {
  const stem = presetKey(id);
  presetSpecs[`${stem}_label`] = Object.fromEntries(params.map((p) => [p, KINDS[p]]));
  presetSpecs[`${stem}_finding`] = {};
  presetSpecs[`${stem}_assumption`] = {};
}

export const MODEL_MESSAGES = defineMessages(presetSpecs);
