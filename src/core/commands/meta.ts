// The network's own title and description.
import type { NetworkDocument } from '../document/types';
import { META_FIELDS, checkRecord, checkText, hasOwn, withFields } from './fields';
import { type SpliceResult, applySplice } from './splice';
import type { MetaPatch } from './types';

export function updateMeta(doc: NetworkDocument, patch: MetaPatch): SpliceResult {
  const fields = checkRecord(patch, 'cmd_what_network_change');
  const changes = new Map<string, unknown>();
  for (const [key, what] of [
    ['title', 'cmd_what_network_title'],
    ['description', 'cmd_what_network_description'],
  ] as const) {
    if (!hasOwn(fields, key) || fields[key] === undefined) continue;
    if (fields[key] !== null) checkText(fields[key], what);
    changes.set(key, fields[key] ?? undefined);
  }
  return applySplice(doc, { meta: withFields(doc.meta, changes, META_FIELDS) }, false);
}
