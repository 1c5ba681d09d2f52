// The error a command throws when it cannot apply; the document is then left as it was. It
// carries messages (codes), so the user reads why in their own language.
import { MessageError } from '../messages/error';
import type { Message } from '../messages/types';

/** A command that cannot apply to the document (for example, it names a missing actor). */
export class CommandError extends MessageError {
  override name = 'CommandError';
  constructor(messages: Message | readonly Message[]) {
    super(Array.isArray(messages) ? messages : [messages as Message]);
  }
}
