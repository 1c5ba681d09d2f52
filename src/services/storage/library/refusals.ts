// What the library refuses, and why: a LibraryError carries messages (codes the UI says in the
// user's language), and a stored document that is not a network is refused before it is shown.
import type { NetworkDocument } from '../../../core/document/types';
import { readJson } from '../../../core/formats/json-text';
import { describeMessage } from '../../../core/messages/error';
import type { Message } from '../../../core/messages/types';
import { say } from '../../messages';

/**
 * Why this tab changes nothing: another tab edits the open network. The one text for it,
 * wherever it is said: the read-only banner, a refused edit, undo and redo, a refused rename or
 * delete of the open network.
 */
export const READ_ONLY_NOTICE: Message = say('storage_read_only', {});

/** Thrown (and shown) when a library action cannot be done; nothing was changed. */
export class LibraryError extends Error {
  override name = 'LibraryError';
  constructor(readonly messages: readonly Message[]) {
    super(messages.map(describeMessage).join('\n'));
  }
}

export const refuse = (message: Message) => new LibraryError([message]);

/**
 * A stored document: our own JSON, read as every JSON is (nesting checked first), checked for its
 * shape rather than fully validated.
 */
export function parseStored(json: string): NetworkDocument {
  let value: NetworkDocument;
  try {
    value = readJson(json) as NetworkDocument;
  } catch {
    throw refuse(say('storage_not_a_network', {}));
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.actors) ||
    !Array.isArray(value.ties) ||
    !Array.isArray(value.groups) ||
    typeof value.meta !== 'object'
  )
    throw refuse(say('storage_not_a_network', {}));
  return value;
}
