// Red team, command and markdown injection: strings a pull request controls (file names, manifest
// keys and values, YAML that makes libraries talk, branch names) planted where the bundled action
// and CLI really print them. The log must carry no foreign workflow command, the outputs none at
// all, and the summary and sticky comment, rendered as GitHub renders markdown, no link, image,
// mention or HTML from the attacker.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionFakeGitHub } from '../support/fake-github-action.js';
import {
  BASE_SHA,
  CLEAN_MANIFEST,
  EXAMPLE_REGISTRY,
  NOW,
  REGISTRY,
  anyCommands,
  cli,
  foreignCommands,
  markdownEscapes,
  requireBundles,
  runAction,
  stackTrace,
  tempDir,
  writeTree,
  type ActionRun,
} from './attacks-harness.js';

const TIMEOUT = 120_000;
/** Hosts and handles that must never become links or mentions. */
const NEEDLES = ['evil.example', 'evil2.example', '@acme/security-team', '@octocat', 'javascript:'];

/** Keys a pull request can add to its manifest: each is an unknown property printed back. */
const HOSTILE_KEYS = [
  'www.evil.example/login',
  '_www.evil2.example',
  '\\_www.evil2.example/x',
  '@acme/security-team',
  'cc @octocat please',
  '![i](https://evil.example/i.png)',
  '<img src=x onerror=alert(1)>',
  '<details><summary>x',
  '</td></tr></table><b>bold',
  'a|b|c',
  '`x``y',
  '&#x3C;script&#x3E;',
  '&lt;script&gt;',
  '[click](javascript:alert(1))',
  '[x]: https://evil.example/ref',
  'evil@evil.example',
  'mailto:evil@evil.example',
  'http://evil.example',
  'HTTPS://EVIL.EXAMPLE',
  'xmpp:evil@evil.example',
  '%0A::error::pct',
  '%0D%0A##[error]pct',
  '\r::error::cr',
  '\r\n::warning::crlf',
  '\u2028::error::ls',
  '\u0085::error::nel',
  '\t::error::tab',
  '::stop-commands::tok',
  'x ##[error]y',
  '\u001b[31m::error::ansi',
];

function manifestWithKeys(keys: string[]): string {
  return `${CLEAN_MANIFEST}${keys.map((k) => `${JSON.stringify(k)}: 1\n`).join('')}`;
}

/** File names a pull request can commit, each holding one vendor host so it is reported. */
const HOSTILE_FILES: [string, string][] = [
  ['src/x ##[warning]y.js', 'api.openai.com'],
  ['::error::pwned.js', 'api.anthropic.com'],
  ['\n::warning::newline.js', 'api.mistral.ai'],
  ['src/cr\r::error::cr.js', 'api.groq.com'],
  ['src/a,title=pwned,line=999.js', 'api.cohere.ai'],
  ['src/pct%0A::error::pct.js', 'api.together.xyz'],
  ['src/www.evil.example.js', 'api.deepseek.com'],
  ['src/@acme/security-team.js', 'api.perplexity.ai'],
  ['src/<img src=x onerror=alert(1)>.js', 'api.x.ai'],
  ['src/`x|y`.js', 'api.replicate.com'],
];

let github: ActionFakeGitHub;

beforeAll(async () => {
  requireBundles();
  github = new ActionFakeGitHub();
  await github.start();
});
afterAll(async () => {
  await github.stop();
});
beforeEach(() => {
  github.comments.clear();
  github.checkRuns.length = 0;
  github.options.checkRunStatus = undefined;
});

function expectNoCommands(run: ActionRun): void {
  expect(foreignCommands(run.stdout)).toEqual([]);
  expect(foreignCommands(run.stderr)).toEqual([]);
  expect(anyCommands(run.outputFile)).toEqual([]);
  expect(anyCommands(run.summary)).toEqual([]);
  expect(stackTrace(run.stdout + run.stderr)).toBe(false);
  // The runner parses `key=value` pairs of a command's properties; a file name must not add one.
  for (const line of run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l))) {
    const properties = line.slice(line.indexOf(' ') + 1, line.indexOf('::', 2));
    const keys = properties.split(',').map((p) => p.split('=')[0]);
    expect(
      keys.every((k) => ['file', 'line', 'endLine', 'col', 'endColumn', 'title'].includes(k)),
      line,
    ).toBe(true);
    expect(properties).not.toMatch(/%(?!25|2C|0A|0D|3A)/);
  }
}

function comment(): string {
  return github.comments.get(7)?.at(-1)?.body ?? '';
}

describe('the checks themselves catch what they look for', () => {
  it('a raw link, image, mention, HTML and command are all flagged', () => {
    const raw = [
      'see www.evil.example/login and \\_www.evil2.example',
      '![i](https://evil.example/i.png) @acme/security-team <details>',
      '[x](javascript:alert(1)) evil@evil.example',
    ].join('\n\n');
    const problems = markdownEscapes(raw, NEEDLES);
    for (const kind of ['link', 'image', 'mention', 'html <details']) {
      expect(
        problems.some((p) => p.startsWith(kind)),
        `${kind} in ${problems.join(', ')}`,
      ).toBe(true);
    }
    expect(foreignCommands('ok\n  ::error::x\nfine ##[group]y\r::stop-commands::t')).toHaveLength(
      3,
    );
    expect(foreignCommands('::error file=a.ts,line=1,title=r::message')).toEqual([]);
  });
});

describe('the bundled action on hostile strings', () => {
  it(
    'manifest keys that are commands, links, mentions and HTML are defused everywhere',
    async () => {
      const workspace = await tempDir('keys');
      await writeTree(workspace, {
        '.github/ai-vendors.yml': manifestWithKeys(HOSTILE_KEYS),
        'registry.yml': REGISTRY,
      });
      github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
      const run = await runAction(github, workspace, {
        registry: 'registry.yml',
        'pr-comment': 'always',
      });
      expect(run.code).toBe(1);
      expect(run.outputs.decision).toBe('fail');
      expectNoCommands(run);
      expect(anyCommands(comment())).toEqual([]);
      expect(markdownEscapes(run.summary, NEEDLES)).toEqual([]);
      expect(markdownEscapes(comment(), NEEDLES)).toEqual([]);
      expect(markdownEscapes(github.checkRuns.at(-1)?.summary ?? '', NEEDLES)).toEqual([]);
      // Reported, not dropped: every key reaches the findings output.
      const findings = JSON.parse(run.outputs.findings) as { ruleId: string; message: string }[];
      expect(findings.filter((f) => f.ruleId === 'manifest-invalid').length).toBeGreaterThanOrEqual(
        HOSTILE_KEYS.length,
      );
    },
    TIMEOUT,
  );

  it(
    'file names that are commands, property separators, links and HTML are defused everywhere',
    async () => {
      const workspace = await tempDir('files');
      await writeTree(workspace, {
        '.github/ai-vendors.yml': CLEAN_MANIFEST,
        'registry.yml': REGISTRY,
      });
      for (const [name, host] of HOSTILE_FILES) {
        await writeTree(workspace, { [name]: `const url = "https://${host}/v1";\n` });
      }
      github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
      const run = await runAction(github, workspace, {
        registry: 'registry.yml',
        'pr-comment': 'always',
      });
      expect(run.code).toBe(1);
      expectNoCommands(run);
      expect(anyCommands(comment())).toEqual([]);
      expect(markdownEscapes(run.summary, NEEDLES)).toEqual([]);
      expect(markdownEscapes(comment(), NEEDLES)).toEqual([]);
      const files = (JSON.parse(run.outputs.findings) as { location?: { file: string } }[]).map(
        (f) => f.location?.file,
      );
      for (const [name] of HOSTILE_FILES) {
        expect(files).toContain(name);
      }
      // The SARIF file keeps the names as data (JSON), whatever they hold.
      const sarif = JSON.parse(
        await readFile(path.join(workspace, 'ai-vendor-gate.sarif'), 'utf8'),
      ) as { runs: { results: unknown[] }[] };
      expect(sarif.runs[0].results.length).toBeGreaterThanOrEqual(HOSTILE_FILES.length);
    },
    TIMEOUT,
  );

  it(
    'YAML that makes the parser warn (a flow-sequence key, tags, anchors) leaks nothing to the log',
    async () => {
      const workspace = await tempDir('yaml-warn');
      await writeTree(workspace, {
        '.github/ai-vendors.yml': `${CLEAN_MANIFEST}? ["##[error]flow-key"]\n: 1\n? {"::error::map-key": 1}\n: 2\nx: !<tag:##[error]tag> 1\ny: !!binary "##[error]"\nz: &a1 1\nw: *a1\n%TAG ! ##[error]\n`,
        'registry.yml': REGISTRY,
      });
      github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
      const run = await runAction(github, workspace, {
        registry: 'registry.yml',
        'pr-comment': 'always',
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      expectNoCommands(run);
      expect(markdownEscapes(run.summary, NEEDLES)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'YAML syntax errors quoting hostile text, and a manifest that is not YAML at all',
    async () => {
      for (const manifest of [
        'version: 1\nowner: "::error::unterminated\n',
        'version: 1\n::error::x: [\n',
        '##[error]x: {\n',
        'version: 1\nowner: x\nvendors: [\n  "www.evil.example/<img src=x>",\n',
        '\t::error::tab-indented: 1\n',
        '{"version": 1, "owner": "x", "vendors": [], "##[error]": 1, "www.evil.example": 2}',
      ]) {
        const workspace = await tempDir('yaml-err');
        await writeTree(workspace, {
          '.github/ai-vendors.yml': manifest,
          'registry.yml': REGISTRY,
        });
        github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
        const run = await runAction(github, workspace, {
          registry: 'registry.yml',
          'pr-comment': 'always',
        });
        expect(run.code, manifest).toBe(1);
        expect(run.outputs.decision).toBe('fail');
        expectNoCommands(run);
        expect(markdownEscapes(run.summary, NEEDLES)).toEqual([]);
        expect(markdownEscapes(comment(), NEEDLES)).toEqual([]);
      }
    },
    TIMEOUT,
  );

  it(
    'a hostile branch name and head ref in the event payload reach no command or markdown',
    async () => {
      const workspace = await tempDir('branch');
      await writeTree(workspace, {
        '.github/ai-vendors.yml': CLEAN_MANIFEST,
        'registry.yml': REGISTRY,
      });
      github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
      const ref = 'feat\n::error::branch ##[error]x www.evil.example @octocat <img src=x>';
      const run = await runAction(
        github,
        workspace,
        { registry: 'registry.yml', 'pr-comment': 'always' },
        {
          headRef: ref,
          env: {
            GITHUB_HEAD_REF: ref,
            GITHUB_REF_NAME: ref,
            GITHUB_ACTOR: '::error::actor @octocat',
          },
        },
      );
      expect(run.code).toBe(0);
      expectNoCommands(run);
      expect(markdownEscapes(run.summary, NEEDLES)).toEqual([]);
      expect(markdownEscapes(comment(), NEEDLES)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'hostile registry strings (push: the tree is trusted as is) are still escaped',
    async () => {
      const pwn = '\n::error::pwned ##[error]x www.evil.example @octocat <img src=x onerror=1> |a|';
      const registry = REGISTRY.replace('name: Acme AI', `name: ${JSON.stringify(`Acme AI${pwn}`)}`)
        .replace('reason: No DPA.', `reason: ${JSON.stringify(`No DPA.${pwn}`)}`)
        .replace('organization: Example Corp', `organization: ${JSON.stringify(`Corp${pwn}`)}`);
      const workspace = await tempDir('registry-strings');
      await writeTree(workspace, {
        '.github/ai-vendors.yml': CLEAN_MANIFEST.replace('product: api', 'product: consumer'),
        'registry.yml': registry,
      });
      const run = await runAction(
        github,
        workspace,
        { registry: 'registry.yml', 'pr-comment': 'always' },
        { eventName: 'push' },
      );
      expect(run.code).toBe(1);
      expectNoCommands(run);
      expect(markdownEscapes(run.summary, NEEDLES)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'an invalid registry (exit 2) quoting hostile keys writes them escaped',
    async () => {
      const workspace = await tempDir('registry-invalid');
      await writeTree(workspace, {
        '.github/ai-vendors.yml': CLEAN_MANIFEST,
        'registry.yml': `${REGISTRY}"::error::reg-key www.evil.example <img src=x>": 1\n"##[error]k": 2\n`,
      });
      const run = await runAction(
        github,
        workspace,
        { registry: 'registry.yml', 'pr-comment': 'always' },
        { eventName: 'push' },
      );
      expect(run.code).toBe(2);
      expect(run.outputs.decision).toBe('error');
      expectNoCommands(run);
      expect(markdownEscapes(run.summary, NEEDLES)).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('the sticky comment cannot be spoofed by a comment the author wrote', () => {
  // The sticky comment is found by its marker alone, not by its author: a pull request author
  // who posts `<!-- ai-vendor-gate:sticky -->` + "✅ pass" first has the gate adopt that comment
  // (PATCH it: shown under the attacker's name, editable by them afterwards), or, with a fork's
  // read-only token, leaves it standing as the apparent verdict. Fault: src/action/pr-comment.ts
  // upsertStickyComment (keep only comments by the token's own bot user).
  it(
    "a marker comment by the pull request's author is neither adopted nor taken for the gate's",
    async () => {
      const workspace = await tempDir('spoof');
      await writeTree(workspace, {
        '.github/ai-vendors.yml': CLEAN_MANIFEST.replace('product: api', 'product: consumer'),
        'registry.yml': REGISTRY,
      });
      github.setRepoFile(BASE_SHA, 'registry.yml', REGISTRY);
      const spoof = '<!-- ai-vendor-gate:sticky -->\n\n## ✅ AI vendor gate: pass';
      const [planted] = github.addComments(7, [spoof], 'mallory');
      const run = await runAction(github, workspace, {
        registry: 'registry.yml',
        'pr-comment': 'always',
      });
      expect(run.code).toBe(1);
      const comments = github.comments.get(7) ?? [];
      const mine = comments.find((c) => c.id === planted.id);
      // The author's comment is left as they wrote it, and the gate has its own comment.
      expect(mine?.body).toBe(spoof);
      expect(
        comments.some((c) => c.user.type === 'Bot' && c.body.includes('AI vendor gate: fail')),
      ).toBe(true);
    },
    TIMEOUT,
  );
});

describe('the bundled CLI on hostile strings, every format', () => {
  it(
    'scan and check print file names and keys without a command line, JSON stays JSON',
    async () => {
      const root = await tempDir('cli');
      await writeTree(root, {
        '.github/ai-vendors.yml': manifestWithKeys(HOSTILE_KEYS),
        'registry.yml': REGISTRY,
      });
      for (const [name, host] of HOSTILE_FILES) {
        await writeTree(root, { [name]: `const url = "https://${host}/v1";\n` });
      }
      const runs = [
        await cli(['scan', '--root', root]),
        await cli(['scan', '--root', root, '--format', 'json']),
      ];
      for (const format of ['text', 'json', 'sarif', 'markdown', 'cyclonedx']) {
        runs.push(
          await cli([
            'check',
            '--root',
            root,
            '--registry',
            path.join(root, 'registry.yml'),
            '--now',
            NOW,
            '--format',
            format,
          ]),
        );
      }
      for (const run of runs) {
        expect(foreignCommands(run.stdout)).toEqual([]);
        expect(foreignCommands(run.stderr)).toEqual([]);
        expect(stackTrace(run.stderr)).toBe(false);
      }
      for (const run of [runs[1], runs[3], runs[4], runs[6]]) {
        expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
      }
      expect(markdownEscapes(runs[5].stdout, NEEDLES)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'history show (text, markdown, html) of records carrying hostile strings',
    async () => {
      const root = await tempDir('history');
      await writeTree(root, {
        '.github/ai-vendors.yml': manifestWithKeys(HOSTILE_KEYS.slice(0, 12)),
        'registry.yml': REGISTRY,
        'src/<img src=x onerror=alert(1)> www.evil.example.js': 'fetch("https://api.openai.com")\n',
      });
      const history = path.join(root, 'history.jsonl');
      const check = await cli(
        [
          'check',
          '--root',
          root,
          '--registry',
          path.join(root, 'registry.yml'),
          '--now',
          NOW,
          '--history',
          history,
          '--repository',
          'acme/payments',
        ],
        { env: { GITHUB_REF: 'refs/heads/::error::ref', GITHUB_ACTOR: '@octocat' } },
      );
      expect(check.code).toBe(1);
      for (const format of ['text', 'markdown', 'html', 'json']) {
        const run = await cli(['history', 'show', history, '--format', format]);
        expect(run.code, run.stderr).toBe(0);
        expect(foreignCommands(run.stdout)).toEqual([]);
        if (format === 'markdown') expect(markdownEscapes(run.stdout, NEEDLES)).toEqual([]);
        if (format === 'html') {
          expect(run.stdout).not.toMatch(/<img|<script|javascript:|href="[^"#]/i);
        }
      }
    },
    TIMEOUT,
  );

  it(
    'the example registry through every format is free of commands (a control run)',
    async () => {
      const run = await cli([
        'check',
        '--root',
        path.join(path.dirname(EXAMPLE_REGISTRY), 'support-bot'),
        '--registry',
        EXAMPLE_REGISTRY,
        '--now',
        NOW,
        '--format',
        'markdown',
      ]);
      expect(run.code).toBe(1);
      expect(foreignCommands(run.stdout)).toEqual([]);
    },
    TIMEOUT,
  );
});
