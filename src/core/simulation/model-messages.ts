// The model's own texts as message codes (texts in messages/{en,da}/engine-model.json): each
// preset's label, what the study reports and what the model assumes on top of it; each
// parameter's human name, meaning, mechanism and value basis; the weekly steps in words. Their
// keys derive from the preset ids and parameter names, so no table of texts is kept elsewhere.
import { defineMessages } from '../messages/types';
import type { Message, ParamKind, ParamSpec } from '../messages/types';
import { PARAMETER_NAMES } from './parameters';

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

/** The four texts of a parameter, by its name: param_<name>_label, _meaning, _mechanism, _basis. */
export const PARAMETER_TEXTS = ['label', 'meaning', 'mechanism', 'basis'] as const;
export type ParameterText = (typeof PARAMETER_TEXTS)[number];

export function parameterMessage(name: string, text: ParameterText): Message {
  return { code: `param_${name}_${text}`, params: {} };
}

/** The weekly update in words, in order (the model card and the ODD's process overview). */
export const MODEL_STEPS = [
  'model_step_1',
  'model_step_2',
  'model_step_3',
  'model_step_4',
  'model_step_5',
  'model_step_6',
  'model_step_7',
  'model_step_8',
] as const;

const parameterSpecs: Record<string, ParamSpec> = {};
for (const name of PARAMETER_NAMES)
  for (const text of PARAMETER_TEXTS) parameterSpecs[parameterMessage(name, text).code] = {};

export const MODEL_MESSAGES = defineMessages({
  ...presetSpecs,
  ...parameterSpecs,
  ...Object.fromEntries(MODEL_STEPS.map((code) => [code, {}])),
});
