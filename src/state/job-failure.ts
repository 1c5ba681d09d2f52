// How a run on the workers that threw ends for the UI: cancelled by the person, dropped for a
// newer request (nothing to say), or an error to show — its messages said in the UI's language.
import { messagesOf } from '../core/messages/error';
import type { Message } from '../core/messages/types';
import { JobDropped } from '../services/analysis-client';

export interface JobError {
  messages?: readonly Message[];
  text: string;
}

export function jobFailure(error: unknown): 'cancelled' | 'dropped' | JobError {
  if (error instanceof JobDropped) return error.reason === 'cancelled' ? 'cancelled' : 'dropped';
  return {
    messages: messagesOf(error),
    text: error instanceof Error ? error.message : String(error),
  };
}
