// Whether something carrying one of the gate's hidden markers was written by the gate. Anyone
// can paste a marker into a comment or an issue of their own; adopting it would put the gate's
// text under their name (for them to edit) and let them steer which item the gate updates or
// closes as a duplicate.
import type { GitHubClient } from './client.js';

export interface Author {
  login?: string;
  type?: string;
}

/**
 * Written by a bot (the workflow's `github-actions[bot]`, or the GitHub App whose token the
 * workflow passes) or by the user whose token this is (`self`, see `tokenLogin`).
 */
export function writtenByGate(user: Author | null | undefined, self: string | null): boolean {
  if (!user) return false;
  return user.type === 'Bot' || (self !== null && user.login === self);
}

/** The login the token acts as, when it is a user's token (an App or workflow token has none). */
export async function tokenLogin(client: GitHubClient): Promise<string | null> {
  try {
    const response = await client.request('GET /user');
    return typeof response.data.login === 'string' ? response.data.login : null;
  } catch {
    return null;
  }
}
