// The error a command throws when it cannot apply; the document is then left as it was.

/** A command that cannot apply to the document (for example, it names a missing actor). */
export class CommandError extends Error {
  override name = 'CommandError';
}
