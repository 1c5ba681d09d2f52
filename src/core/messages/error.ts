// An error that carries messages as data: the engine throws it on input it cannot use, and
// every surface formats its messages in its own language. `message` is the English, one per line.
import { englishText } from './english';
import type { Message } from './types';

export class MessageError extends Error {
  override name = 'MessageError';
  constructor(readonly messages: readonly Message[]) {
    super(messages.map((m) => englishText(m)).join('\n'));
  }
}

/** The messages an error carries, also after it crossed a worker boundary as plain data. */
export function messagesOf(error: unknown): readonly Message[] | undefined {
  if (error instanceof MessageError) return error.messages;
  const carried = (error as { messages?: unknown } | null)?.messages;
  return Array.isArray(carried) ? (carried as Message[]) : undefined;
}
