// The services' codes in English, with the engine's (an error's `message`, logs, tests). Loading
// this file makes errors say their messages in English (core's english.ts does so for the
// engine's codes alone); the app's page says them in the user's language instead
// (src/ui/engine-text.ts) and leaves this out of its first load.
import servicesEnglish from '../../messages/en/engine-services.json';
import { ENGLISH } from '../core/messages/english';
import { describeErrorsWith } from '../core/messages/error';
import { fillTemplate, formatMessageWith } from '../core/messages/format';
import type { Message } from '../core/messages/types';
import { APP_MESSAGE_SPECS } from './message-specs';

const SERVICE_ENGLISH: Readonly<Record<string, string>> = servicesEnglish;

/** A message of the services or the engine in English (an error's `message`, logs, tests). */
export function serviceEnglishText(message: Message): string {
  return formatMessageWith(message, APP_MESSAGE_SPECS, {
    ...ENGLISH,
    render: (code, params) =>
      code !== '$schema' && typeof SERVICE_ENGLISH[code] === 'string'
        ? fillTemplate(SERVICE_ENGLISH[code], params)
        : ENGLISH.render(code, params),
  });
}

describeErrorsWith(serviceEnglishText);
