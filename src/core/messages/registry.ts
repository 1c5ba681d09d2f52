// Every message code the engine can produce, with the kinds of its parameters. Each area declares
// its own (`<area>/messages.ts`); this file joins them for the formatters and for the test that
// walks every code in every language. A new area adds one line here and one line in english.ts.
import { MEASURE_TEXT_SPECS } from '../metrics/measure-specs';
import { METRICS_MESSAGES } from '../metrics/messages';
import { READINESS_MESSAGES, SIMULATION_MESSAGES } from '../simulation/messages';
import { SURVEY_MESSAGES } from '../survey/messages';
import { MODEL_MESSAGES } from '../simulation/model-messages';
import { COMMAND_MESSAGES } from '../commands/messages';
import { DOCUMENT_MESSAGES } from '../document/messages';
import { FORMAT_MESSAGES } from '../formats/messages';
import { LAYOUT_MESSAGES } from '../layout/messages';
import { VIEW_MESSAGES } from '../views/messages';
import { COMPARE_MESSAGES } from '../compare/messages';
import { SENSITIVITY_MESSAGES } from '../sensitivity/messages';
import { COMMON_MESSAGES, VALUE_MESSAGES } from './common';
import type { MessageSpecs } from './types';

export const MESSAGE_SPECS: MessageSpecs = {
  ...COMMON_MESSAGES.specs,
  ...VALUE_MESSAGES.specs,
  ...SIMULATION_MESSAGES.specs,
  ...METRICS_MESSAGES.specs,
  ...SURVEY_MESSAGES.specs,
  // Each measure's name, meaning, source and settings: codes derived from the metric registry.
  ...MEASURE_TEXT_SPECS,
  ...MODEL_MESSAGES.specs,
  ...READINESS_MESSAGES.specs,
  ...DOCUMENT_MESSAGES.specs,
  ...FORMAT_MESSAGES.specs,
  ...COMMAND_MESSAGES.specs,
  ...VIEW_MESSAGES.specs,
  ...LAYOUT_MESSAGES.specs,
  ...COMPARE_MESSAGES.specs,
  ...SENSITIVITY_MESSAGES.specs,
};

/**
 * The message files (messages/{locale}/<file>.json) that hold the engine's texts; paraglide
 * compiles the same files for the UI (project.inlang/settings.json lists them).
 */
export const ENGINE_MESSAGE_FILES = [
  'engine-common',
  'engine-sim',
  'engine-measures',
  'engine-model',
  'engine-readiness',
  'engine-document',
  'engine-formats',
  'engine-commands',
  'engine-views',
  'engine-layout',
  'engine-compare',
  // The services' codes (src/services/messages.ts): not in MESSAGE_SPECS, since src/core does
  // not depend on the app, but compiled for the UI like the rest.
  'engine-services',
  'engine-survey',
  'engine-sensitivity',
] as const;
