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
function writtenByGate(user: Author | null | undefined, self: string | null): boolean {
  if (!user) return false;
  return user.type === 'Bot' || (self !== null && user.login === self);
}

/**
 * The marked items the gate wrote. `login` (the token's login) is asked only when one of them
 * is not a bot's: an App or workflow token has no login to ask for.
 */
export async function writtenByGateOnly<T extends { user?: Author | null }>(
  items: readonly T[],
  login: () => Promise<string | null>,
): Promise<T[]> {
  const self = items.some((item) => item.user?.type !== 'Bot') ? await login() : null;
  return items.filter((item) => writtenByGate(item.user, self));
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
