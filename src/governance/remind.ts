// `remind`: one issue per review, attestation, certification or waiver falling due, in the
// governance repository. An issue is found again by a hidden marker in its body, so it is
// updated in place (and reopened) rather than duplicated, and closed once the registry no longer
// has it falling due. Two runs at once may both create an issue for the same item: after
// creating, the run lists again and keeps only the lowest-numbered issue per item, closing the
// others; whichever run sees both closes the same one, so one issue remains.
//
// Titles and bodies are built from registry text: they pass the markdown boundary (no mention,
// no link, no HTML), and the marker's key is percent-encoded so it cannot close the comment.
import { tokenLogin, writtenByGateOnly } from '../github/authorship.js';
import type { GitHubClient } from '../github/client.js';
import type { Registry } from '../model.js';
import { escapeMarkdown, singleLine } from '../report/escape.js';
import { fallingDue, type DueItem } from './due.js';

const MARKER = /<!-- ai-vendor-gate:remind:([A-Za-z0-9._:%-]{1,300}) -->/;
const TITLE_MAX = 200;

export const markerOf = (key: string) =>
  `<!-- ai-vendor-gate:remind:${encodeURIComponent(key).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)} -->`;

export interface ExistingIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  key: string;
}

export type RemindAction =
  | { op: 'create'; key: string; title: string; body: string }
  | { op: 'update'; key: string; number: number; title: string; body: string; reopen: boolean }
  | { op: 'close'; key: string; number: number; why: 'no-longer-due' | 'duplicate' }
  | { op: 'keep'; key: string; number: number };

export function issueTitle(item: DueItem): string {
  const kind =
    item.kind === 'review' ? 'Vendor review' : item.kind[0].toUpperCase() + item.kind.slice(1);
  const text = singleLine(`${kind} due ${item.due}: ${item.title} (owner: ${item.owner})`).trim();
  return text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text;
}

export function issueBody(item: DueItem, registrySource: string): string {
  const rows: [string, string][] = [
    ['What', escapeMarkdown(item.title)],
    ['Kind', item.kind],
    ['Due', item.due],
    ['Owner', escapeMarkdown(item.owner)],
  ];
  if (item.vendor)
    rows.push([
      'Vendor',
      `${escapeMarkdown(item.vendorName ?? item.vendor)} (\`${escapeMarkdown(item.vendor)}\`)`,
    ]);
  if (item.id) rows.push(['Id', escapeMarkdown(item.id)]);
  rows.push(['Registry', escapeMarkdown(registrySource)]);
  const action =
    item.kind === 'review'
      ? 'Review the vendor again and update `review.date` in the registry.'
      : item.kind === 'attestation'
        ? 'Renew the attestation and update its `expires` in the registry.'
        : item.kind === 'certification'
          ? "Verify the vendor's renewed certification and update its `expires` in the registry."
          : 'Renew the waiver with a new `expires`, or remove it once the finding is fixed.';
  return [
    markerOf(item.key),
    `**${escapeMarkdown(item.title)}** falls due on **${item.due}**.`,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    action,
    '',
    '_Opened and kept up to date by ai-vendor-gate remind; it closes this issue when the registry no longer has the item falling due._',
    '',
  ].join('\n');
}

/** What to do, given the issues that carry a marker and what falls due. Pure. */
export function planReminders(
  due: DueItem[],
  existing: ExistingIssue[],
  registrySource: string,
): RemindAction[] {
  const byKey = new Map<string, ExistingIssue[]>();
  // The canonical issue of an item: its lowest-numbered open issue, else its lowest closed one.
  // Every run that sees the same issues picks the same one.
  const order = (a: ExistingIssue, b: ExistingIssue) =>
    (a.state === 'open' ? 0 : 1) - (b.state === 'open' ? 0 : 1) || a.number - b.number;
  for (const issue of [...existing].sort(order)) {
    const list = byKey.get(issue.key) ?? [];
    list.push(issue);
    byKey.set(issue.key, list);
  }
  const actions: RemindAction[] = [];
  const dueKeys = new Set(due.map((d) => d.key));
  for (const item of due) {
    const title = issueTitle(item);
    const body = issueBody(item, registrySource);
    const [canonical] = byKey.get(item.key) ?? [];
    if (!canonical) actions.push({ op: 'create', key: item.key, title, body });
    else if (canonical.state === 'closed' || canonical.title !== title || canonical.body !== body) {
      actions.push({
        op: 'update',
        key: item.key,
        number: canonical.number,
        title,
        body,
        reopen: canonical.state === 'closed',
      });
    } else actions.push({ op: 'keep', key: item.key, number: canonical.number });
  }
  for (const [key, issues] of byKey) {
    const [canonical, ...duplicates] = issues;
    for (const dup of duplicates) {
      if (dup.state === 'open')
        actions.push({ op: 'close', key, number: dup.number, why: 'duplicate' });
    }
    if (!dueKeys.has(key) && canonical.state === 'open') {
      actions.push({ op: 'close', key, number: canonical.number, why: 'no-longer-due' });
    }
  }
  return actions;
}

export interface RemindOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  registry: Registry;
  registrySource: string;
  now: string;
  withinDays: number;
  dryRun: boolean;
}

/**
 * The issues the gate opened: those carrying a marker and written by the gate (a bot, or the
 * token's own user). An issue someone else opened with a pasted marker is left alone: adopting it
 * would let its author pick which issue the gate updates and which it closes as a duplicate.
 */
async function listMarked(
  options: RemindOptions,
  login: () => Promise<string | null>,
): Promise<ExistingIssue[]> {
  const issues = await options.client.paginate('GET /repos/{owner}/{repo}/issues', {
    owner: options.owner,
    repo: options.repo,
    state: 'all',
    per_page: 100,
  });
  const marked = issues.filter((issue) => !issue.pull_request && MARKER.test(issue.body ?? ''));
  const out: ExistingIssue[] = [];
  for (const issue of await writtenByGateOnly(marked, login)) {
    const match = MARKER.exec(issue.body ?? '');
    if (!match) continue;
    let key: string;
    try {
      key = decodeURIComponent(match[1]);
    } catch {
      continue;
    }
    out.push({
      number: issue.number,
      title: issue.title,
      body: issue.body ?? '',
      state: issue.state === 'closed' ? 'closed' : 'open',
      key,
    });
  }
  return out;
}

export interface RemindOutcome {
  due: DueItem[];
  actions: (RemindAction & { number?: number })[];
}

export async function remind(options: RemindOptions): Promise<RemindOutcome> {
  const due = fallingDue(options.registry, options.now, options.withinDays);
  // The token's login is asked at most once a run, however often the issues are listed.
  let self: Promise<string | null> | undefined;
  const login = () => (self ??= tokenLogin(options.client));
  const existing = await listMarked(options, login);
  const actions = planReminders(due, existing, options.registrySource);
  if (options.dryRun) return { due, actions };
  const { client, owner, repo } = options;
  const done: RemindOutcome['actions'] = [];
  let created = false;
  for (const action of actions) {
    switch (action.op) {
      case 'create': {
        const response = await client.request('POST /repos/{owner}/{repo}/issues', {
          owner,
          repo,
          title: action.title,
          body: action.body,
        });
        created = true;
        done.push({ ...action, number: response.data.number });
        break;
      }
      case 'update':
        await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          owner,
          repo,
          issue_number: action.number,
          title: action.title,
          body: action.body,
          ...(action.reopen ? { state: 'open' as const } : {}),
        });
        done.push(action);
        break;
      case 'close':
        await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          owner,
          repo,
          issue_number: action.number,
          state: 'closed',
          state_reason: action.why === 'duplicate' ? 'not_planned' : 'completed',
        });
        done.push(action);
        break;
      case 'keep':
        done.push(action);
        break;
    }
  }
  if (created) {
    // A concurrent run may have created the same items: keep the lowest number per item.
    const again = await listMarked(options, login);
    const dueKeys = new Set(due.map((d) => d.key));
    const cleanup = planReminders(due, again, options.registrySource).filter(
      (a): a is Extract<RemindAction, { op: 'close' }> =>
        a.op === 'close' && a.why === 'duplicate' && dueKeys.has(a.key),
    );
    for (const action of cleanup) {
      await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner,
        repo,
        issue_number: action.number,
        state: 'closed',
        state_reason: 'not_planned',
      });
      done.push(action);
    }
  }
  return { due, actions: done };
}
