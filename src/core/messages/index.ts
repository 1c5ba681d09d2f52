// Messages as data: the face of src/core/messages. It carries the English (english.ts, which makes
// errors say their messages in English): the app's first load imports the files it needs instead.
export { defineMessages } from './types';
export type { Location, Message, MessageOf, MessageSpecs, ParamKind, ParamSpec } from './types';
export {
  type MessageStyle,
  fillTemplate,
  formatLocation,
  formatMessageWith,
  formatNumberFor,
  knownWordCode,
  jsonPath,
  templatePlaceholders,
} from './format';
export { ENGLISH, englishLocation, englishTemplate, englishText } from './english';
export { MessageError, describeErrorsWith, describeMessage, messagesOf } from './error';
export { ENGINE_MESSAGE_FILES, MESSAGE_SPECS } from './registry';
