// An error that carries messages as data: the engine throws it on input it cannot use, and
// every surface formats its messages in its own language. `message` is for a log or a terminal:
// the English, one per line, wherever the English is loaded (english.ts installs it: the CLI, the
// worker, the Node tests); the codes with their parameters otherwise — the app's page, which
// says `messages` in the user's language and keeps the engine's English out of its first load.
import type { Message } from './types';

let describe: (message: Message) => string = (message) =>
  `${message.code} ${JSON.stringify(message.params)}`;

/** How a MessageError's `message` says its messages from now on (english.ts: in English). */
export function describeErrorsWith(describer: (message: Message) => string): void {
  describe = describer;
}

/** A message as errors say it: English once english.ts is loaded, its code otherwise. */
export function describeMessage(message: Message): string {
  return describe(message);
}

export class MessageError extends Error {
  override name = 'MessageError';
  constructor(readonly messages: readonly Message[]) {
    super(messages.map(describeMessage).join('\n'));
  }
}

/** The messages an error carries, also after it crossed a worker boundary as plain data. */
export function messagesOf(error: unknown): readonly Message[] | undefined {
  if (error instanceof MessageError) return error.messages;
  const carried = (error as { messages?: unknown } | null)?.messages;
  return Array.isArray(carried) ? (carried as Message[]) : undefined;
}
