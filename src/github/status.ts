// The HTTP status of a failed GitHub call, without loading the client: callers that only inspect
// errors should not pay for Octokit at start-up.
/** The HTTP status of an Octokit RequestError (duck-typed: bundles may hold two copies). */
export function statusOf(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}
