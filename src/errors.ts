/**
 * The gate could not evaluate: exit 2 with `message`, one plain sentence, on stderr.
 * Everything else that escapes is an internal error, also exit 2 (fail closed).
 */
export class GateError extends Error {
  constructor(
    message: string,
    /** Further located lines (e.g. each schema problem of a registry), printed after the sentence. */
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'GateError';
  }
}
