// `remind` against the fake issues API: one issue per item falling due, found again by its
// marker, never duplicated (twice in a row, or two runs at once), reopened, closed when no
// longer due; registry text cannot mention, link or inject.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fallingDue } from '../../src/governance/due.js';
import { markerOf, planReminders } from '../../src/governance/remind.js';
import { registryOf } from '../helpers.js';
import { cli } from '../cli/harness.js';
import { FakeGitHub } from '../support/fake-github.js';

const NOW = '2026-11-29';
const REGISTRY = `version: 1
defaults: { reviewCadenceDays: 365 }
vendors:
  anthropic:
    name: Anthropic
    status: conditional
    review: { date: 2025-12-10, reviewer: Security Architecture }
    profile:
      certifications:
        - { name: soc2-type2, status: verified, expires: 2026-12-20 }
        - { name: iso27001, status: unverified, expires: 2026-12-01 }
    products:
      api: { name: Claude API, status: approved }
    conditions:
      - { id: dpa, title: Execute Enterprise DPA, owner: "@acme/legal [see](https://evil.example) -->", evidence: attestation }
    attestations:
      dpa: { date: 2024-01-01, by: Legal, expires: 2026-12-05 }
  openai:
    name: OpenAI
    status: approved
    review: { date: 2026-06-01 }
    products:
      api: { name: OpenAI API, status: approved }
waivers:
  - id: WVR-1
    rule: review-stale
    reason: Bridge
    approvedBy: "CISO <img src=x> -->"
    expires: 2026-12-15
  - id: WVR-2
    rule: review-stale
    reason: Later
    approvedBy: CISO
    expires: 2027-06-01
`;

let fake: FakeGitHub;
let dir: string;
let registryFile: string;
beforeEach(async () => {
  fake = new FakeGitHub();
  await fake.start();
  dir = await mkdtemp(path.join(tmpdir(), 'avg-remind-'));
  registryFile = path.join(dir, 'registry.yml');
  await writeFile(registryFile, REGISTRY);
});
afterEach(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

const run = (extra: string[] = [], file = registryFile) =>
  cli(
    ['remind', '--registry', file, '--repository', 'acme/governance', '--now', NOW, ...extra],
    fake.env(),
  );

describe('the calendar', () => {
  it('lists each review, attestation, verified certification and waiver with its owner', () => {
    const due = fallingDue(registryOf(REGISTRY).data, NOW, 30);
    expect(due.map((d) => [d.key, d.due, d.owner])).toEqual([
      ['attestation:anthropic:dpa', '2026-12-05', '@acme/legal [see](https://evil.example) -->'],
      ['review:anthropic', '2026-12-10', 'Security Architecture'],
      ['waiver:WVR-1', '2026-12-15', 'CISO <img src=x> -->'],
      ['certification:anthropic:soc2-type2', '2026-12-20', 'Security Architecture'],
    ]);
  });

  it('keeps the marker inert whatever the key', () => {
    expect(markerOf('waiver:WVR-1 --> <img src=x>')).toBe(
      '<!-- ai-vendor-gate:remind:waiver%3AWVR-1%20--%3E%20%3Cimg%20src%3Dx%3E -->',
    );
  });
});

describe('remind', () => {
  it('opens one issue per item, and a second run changes nothing', async () => {
    const first = await run();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const issues = fake.issuesOf('acme/governance');
    expect(issues).toHaveLength(4);
    expect(first.stdout).toMatch(/4 items of the registry fall due/);
    const dpa = issues.find((i) => i.body.includes(markerOf('attestation:anthropic:dpa')));
    // The owner is named, but cannot mention, link or close the marker comment.
    expect(dpa?.body).toContain('acme/legal');
    expect(dpa?.body).not.toMatch(/(^|[^\u200d])@acme/);
    expect(dpa?.body).not.toContain('](https://');
    expect(dpa?.body).not.toContain('https://evil');
    const waiver = issues.find((i) => i.title.includes('WVR-1'));
    expect(waiver?.body).not.toContain('<img');
    expect(waiver?.body.match(/-->/g)).toHaveLength(1);

    const posts = fake.calls('POST').length;
    const second = await run();
    expect(second.code).toBe(0);
    expect(fake.issuesOf('acme/governance')).toHaveLength(4);
    expect(fake.calls('POST')).toHaveLength(posts);
    expect(fake.calls('PATCH')).toHaveLength(0);
    expect(second.stdout).toMatch(/unchanged #\d+/);
    // The listing asks for every state, page by page.
    expect(
      fake
        .calls('GET', '/repos/acme/governance/issues')
        .every((r) => r.query.get('state') === 'all'),
    ).toBe(true);
  }, 60_000);

  it('adopts only issues the gate wrote: a pasted marker does not steer it', async () => {
    const key = 'attestation:anthropic:dpa';
    // Mallory opens an issue with the marker first, hoping the gate adopts hers (so she edits
    // its text) and closes the gate's own as a duplicate.
    const planted = fake.addIssue('acme/governance', {
      title: 'Nothing to see',
      body: `${markerOf(key)}\nignore this`,
      user: { login: 'mallory', type: 'User' },
    });
    const first = await run();
    expect(first.code).toBe(0);
    const issues = fake.issuesOf('acme/governance');
    const ours = issues.filter(
      (i) => i.number !== planted.number && i.body.includes(markerOf(key)),
    );
    expect(ours).toHaveLength(1);
    expect(ours[0]?.user.type).toBe('Bot');
    // Hers is neither updated nor closed, whatever the runs do.
    expect(fake.calls('PATCH').some((r) => r.path.endsWith(`/issues/${planted.number}`))).toBe(
      false,
    );
    const second = await run();
    expect(second.code).toBe(0);
    expect(planted.state).toBe('open');
    expect(planted.title).toBe('Nothing to see');
    expect(fake.calls('PATCH')).toHaveLength(0);
  }, 60_000);

  it("with a user's token, that user's issues are the gate's", async () => {
    fake.options.tokenLogin = 'gate-admin';
    const first = await run();
    expect(first.code).toBe(0);
    const issues = fake.issuesOf('acme/governance');
    expect(issues).toHaveLength(4);
    expect(issues.every((i) => i.user.login === 'gate-admin')).toBe(true);
    const second = await run();
    expect(second.code).toBe(0);
    expect(fake.issuesOf('acme/governance')).toHaveLength(4);
    expect(second.stdout).toMatch(/unchanged #\d+/);
    expect(fake.calls('GET', '/user').length).toBeGreaterThan(0);
  }, 60_000);

  it('two runs at once leave one open issue per item', async () => {
    fake.options.latencyMs = 30;
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const open = fake.issuesOf('acme/governance').filter((i) => i.state === 'open');
    const keys = open.map((i) => /remind:([^ ]+) -->/.exec(i.body)?.[1]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(4);
    // A third run finds nothing to fix.
    const third = await run();
    expect(third.stdout).not.toMatch(/opened|closed/);
  }, 90_000);

  it('updates in place, reopens, and closes what is no longer due', async () => {
    await run();
    const issues = fake.issuesOf('acme/governance');
    const review = issues.find((i) => i.body.includes(markerOf('review:anthropic')));
    if (!review) throw new Error('no review issue');
    review.state = 'closed';
    // The review is done (new date) and the attestation is renewed past the window.
    await writeFile(
      registryFile,
      REGISTRY.replace('date: 2025-12-10', 'date: 2025-12-20').replace(
        'expires: 2026-12-05',
        'expires: 2029-12-05',
      ),
    );
    const out = await run();
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`reopened #${review.number}`));
    expect(review.state).toBe('open');
    expect(review.title).toContain('2026-12-20');
    const dpa = issues.find((i) => i.body.includes(markerOf('attestation:anthropic:dpa')));
    expect(dpa?.state).toBe('closed');
    expect(fake.issuesOf('acme/governance')).toHaveLength(4);
  }, 60_000);

  it('--dry-run lists what it would do and writes nothing', async () => {
    const out = await run(['--dry-run']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/dry run: nothing changed/);
    expect(out.stdout.match(/would open/g)).toHaveLength(4);
    expect(fake.calls('POST')).toHaveLength(0);
    expect(fake.calls('PATCH')).toHaveLength(0);
  });

  it('ignores pull requests and issues without the marker; closes duplicates it finds', () => {
    const due = fallingDue(registryOf(REGISTRY).data, NOW, 30);
    const key = 'review:anthropic';
    const actions = planReminders(
      due,
      [
        { number: 9, title: 't', body: '', state: 'open', key },
        { number: 4, title: 't', body: '', state: 'open', key },
        { number: 2, title: 't', body: '', state: 'closed', key },
      ],
      'r',
    );
    expect(actions.filter((a) => a.key === key)).toEqual([
      expect.objectContaining({ op: 'update', number: 4, reopen: false }),
      { op: 'close', key, number: 9, why: 'duplicate' },
    ]);
  });

  it('bad arguments and a forbidden token exit 2 with one sentence', async () => {
    const bad = await cli(
      ['remind', '--registry', registryFile, '--repository', 'nope'],
      fake.env(),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--repository OWNER\/NAME is required/);
    const within = await run(['--within', '-3']);
    expect(within.code).toBe(2);
    const denied = await cli(
      ['remind', '--registry', registryFile, '--repository', 'acme/governance', '--now', NOW],
      fake.env({ GITHUB_TOKEN: 'wrong' }),
    );
    expect(denied.code).toBe(2);
    expect(denied.stderr).toMatch(/could not be updated: the API answered 401/);
    expect(denied.stderr.trim().split('\n')).toHaveLength(1);
  });
});
