// The engine's and the services' messages in Danish, for Node tests: the texts of messages/da/engine-*.json filled
// in as the UI does (decimal comma, names isolated), without the compiled paraglide output.
import { readFileSync } from 'node:fs';
import { APP_MESSAGE_SPECS } from '../../src/services/message-specs';
import {
  ENGINE_MESSAGE_FILES,
  type Message,
  type MessageStyle,
  fillTemplate,
  formatMessageWith,
} from '../../src/core/messages';

const DANISH: Readonly<Record<string, string>> = Object.assign(
  {},
  ...ENGINE_MESSAGE_FILES.map(
    (file) => JSON.parse(readFileSync(`messages/da/${file}.json`, 'utf8')) as object,
  ),
);

const STYLE: MessageStyle = {
  language: 'da',
  grouping: true,
  quote: (text, kind) =>
    kind === 'text' || kind === 'file' ? `“\u2068${text}\u2069”` : `\u2068${text}\u2069`,
  render: (code, params) =>
    typeof DANISH[code] === 'string' && code !== '$schema'
      ? fillTemplate(DANISH[code], params)
      : undefined,
};

/** A message as the Danish UI says it; throws for a code with no Danish text. */
export function danishText(message: Message, withLocation = true): string {
  return formatMessageWith(message, APP_MESSAGE_SPECS, STYLE, withLocation);
}
