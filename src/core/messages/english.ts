// The engine's English: the texts of messages/en/engine-*.json (the same files paraglide compiles
// for the UI), formatted for a terminal or a log: names quoted, plain digits. Loading this file
// makes every MessageError's `message` English (error.ts); the app's page never loads it on its
// first load (its own language says the messages: src/ui/engine-text.ts).
import common from '../../../messages/en/engine-common.json';
import measures from '../../../messages/en/engine-measures.json';
import sim from '../../../messages/en/engine-sim.json';
import survey from '../../../messages/en/engine-survey.json';
import model from '../../../messages/en/engine-model.json';
import readiness from '../../../messages/en/engine-readiness.json';
import documentTexts from '../../../messages/en/engine-document.json';
import formats from '../../../messages/en/engine-formats.json';
import commands from '../../../messages/en/engine-commands.json';
import views from '../../../messages/en/engine-views.json';
import layout from '../../../messages/en/engine-layout.json';
import compare from '../../../messages/en/engine-compare.json';
import sensitivity from '../../../messages/en/engine-sensitivity.json';
import { describeErrorsWith } from './error';
import { type MessageStyle, fillTemplate, formatLocation, formatMessageWith } from './format';
import { MESSAGE_SPECS } from './registry';
import type { Location, Message } from './types';

const TEMPLATES: Readonly<Record<string, string>> = {
  ...common,
  ...sim,
  ...measures,
  ...model,
  ...readiness,
  ...documentTexts,
  ...formats,
  ...commands,
  ...views,
  ...layout,
  ...compare,
  ...survey,
  ...sensitivity,
};

/** The English template of a code ("team {team} has no members"), or undefined. */
export function englishTemplate(code: string): string | undefined {
  const template = TEMPLATES[code];
  return typeof template === 'string' && code !== '$schema' ? template : undefined;
}

/**
 * The CLI's style: English, untrusted text in JSON quotes (control characters escaped); a value
 * from a file is already JSON, and a file name is the one the user typed: both shown as they are.
 */
export const ENGLISH: MessageStyle = {
  language: 'en',
  quote: (text, kind) => (kind === 'value' || kind === 'file' ? text : JSON.stringify(text)),
  render: (code, params) => {
    const template = englishTemplate(code);
    return template === undefined ? undefined : fillTemplate(template, params);
  },
};

/** A message in English, its location in front: `ties[3].target: no actor with id "a9"`. */
export function englishText(message: Message, withLocation = true): string {
  return formatMessageWith(message, MESSAGE_SPECS, ENGLISH, withLocation);
}

/** A location in English: `ties[3].target`, `"ties.csv" line 14`. */
export function englishLocation(at: Location): string {
  return formatLocation(at, ENGLISH);
}

describeErrorsWith(englishText);
