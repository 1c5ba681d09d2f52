// How a reader refuses a file: a FormatError carrying messages, each located in the file, caught
// by importNetwork and returned as `{ ok: false, errors }` (the API never throws on bad input).
import { MessageError } from '../messages/error';
import type { Location, Message } from '../messages/types';
import type { FormatMessage } from './messages';

export class FormatError extends MessageError {
  override name = 'FormatError';
  constructor(messages: Message | readonly Message[]) {
    super(Array.isArray(messages) ? messages : [messages as Message]);
  }
}

/** A message placed at `at` (kept where it already has a place of its own). */
export function placed(message: FormatMessage | Message, at: Location | undefined): Message {
  return at === undefined || message.at !== undefined ? message : { ...message, at };
}
