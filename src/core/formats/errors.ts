// How a reader refuses a file: a FormatError carrying `path: message` issues, caught by
// importNetwork and returned as `{ ok: false, errors }` (the API never throws on bad input).
import type { DocumentIssue } from '../document/types';

export class FormatError extends Error {
  readonly issues: DocumentIssue[];
  constructor(issues: DocumentIssue[] | string, path = '') {
    const list = typeof issues === 'string' ? [{ path, message: issues }] : issues;
    super(list.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'));
    this.issues = list;
  }
}
