// Red team, self-scanning both ways: the gate must not cry wolf on its own registry and outputs
// (default and custom names, from a previous run), and a pull request must not hide real AI use
// by dressing it up as gate output or by excluding everything.
import { writeFileSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionFakeGitHub } from '../support/fake-github-action.js';
import { FakeGitHub } from '../support/fake-github.js';
import {
  BASE_SHA,
  EXAMPLE_REGISTRY,
  NOW,
  cli,
  requireBundles,
  runAction,
  stackTrace,
  tempDir,
  writeTree,
  type ActionRun,
} from './attacks-harness.js';

const TIMEOUT = 180_000;
/** The example registry approves nothing this manifest leaves undeclared: its `hosts:` are bait. */
const MANIFEST = 'version: 1\nowner: payments-platform\nvendors: []\n';

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  location?: { file: string } | null;
}

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
  github.options.checkRunStatus = 403;
});

function findings(run: ActionRun): Finding[] {
  return JSON.parse(run.outputs.findings ?? '[]') as Finding[];
}

describe('the gate never scans itself', () => {
  it(
    "an in-repository registry and a second run over the first run's outputs pass (action, push)",
    async () => {
      const workspace = await tempDir('self');
      await writeTree(workspace, { '.github/ai-vendors.yml': MANIFEST });
      await mkdir(path.join(workspace, 'governance'));
      await copyFile(EXAMPLE_REGISTRY, path.join(workspace, 'governance/registry.yml'));
      const inputs = {
        registry: 'governance/registry.yml',
        'pr-comment': 'never',
        'sarif-file': 'reports/gate.sarif',
        'record-file': 'reports/gate-record.json',
      };
      const first = await runAction(github, workspace, inputs, { eventName: 'push' });
      expect(first.code, first.stdout).toBe(0);
      // The second run finds the first run's files (and copies under other names) in the tree.
      await copyFile(
        path.join(workspace, 'reports/gate.sarif'),
        path.join(workspace, 'ai-vendor-gate.sarif'),
      );
      await copyFile(
        path.join(workspace, 'reports/gate-record.json'),
        path.join(workspace, 'old-record.json'),
      );
      const second = await runAction(github, workspace, inputs, { eventName: 'push' });
      expect(second.code, second.stdout).toBe(0);
      expect(findings(second).filter((f) => f.ruleId === 'usage-undeclared')).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'the CLI: registry in the tree, previous SARIF, JSON report, record and history',
    async () => {
      const root = await tempDir('self-cli');
      await writeTree(root, { '.github/ai-vendors.yml': MANIFEST });
      await mkdir(path.join(root, 'policy'));
      await copyFile(EXAMPLE_REGISTRY, path.join(root, 'policy/registry.yml'));
      const base = [
        'check',
        '--root',
        root,
        '--registry',
        path.join(root, 'policy/registry.yml'),
        '--now',
        NOW,
      ];
      for (const extra of [
        ['--format', 'sarif', '--output', path.join(root, 'ai-vendor-gate.sarif')],
        ['--format', 'sarif', '--output', path.join(root, 'custom-name.sarif')],
        ['--format', 'json', '--output', path.join(root, 'report.json')],
        ['--record', path.join(root, 'record.json'), '--history', path.join(root, 'audit.jsonl')],
      ]) {
        const run = await cli([...base, ...extra]);
        expect(run.code, run.stderr).toBe(0);
      }
      const run = await cli([...base, '--format', 'json']);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { evidence: unknown[]; findings: Finding[] };
      expect(report.evidence).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('hiding real use from the scan', () => {
  // A runtime config file shaped like a gate report (`tool.name: ai-vendor-gate`) is taken for
  // the gate's own output and dropped without a trace: no evidence, no `skipped` entry, a pass.
  // Fault: src/detect/files.ts isGateOutput (recognized by content wherever it lies; a file
  // the gate did not write this run should at least be listed in `skipped`, and only the paths
  // the caller names be ignored).
  it(
    'a runtime config dressed as a gate report still counts (or is reported as skipped)',
    async () => {
      const root = await tempDir('hide');
      await writeTree(root, {
        '.github/ai-vendors.yml': MANIFEST,
        'config/llm.json': JSON.stringify({
          tool: { name: 'ai-vendor-gate' },
          schemaVersion: 1,
          llm: { baseUrl: 'https://api.openai.com/v1' },
        }),
        'src/app.ts':
          'import config from "../config/llm.json";\nawait fetch(config.llm.baseUrl);\n',
      });
      const run = await cli([
        'check',
        '--root',
        root,
        '--registry',
        EXAMPLE_REGISTRY,
        '--now',
        NOW,
        '--format',
        'json',
      ]);
      const report = JSON.parse(run.stdout) as {
        evidence: { vendor: string }[];
        skipped: { file: string }[];
      };
      const seen =
        report.evidence.some((e) => e.vendor === 'openai') ||
        report.skipped.some((s) => s.file === 'config/llm.json');
      expect(seen).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'a SARIF-shaped file under any name is not a hiding place for an endpoint',
    async () => {
      const root = await tempDir('hide-sarif');
      await writeTree(root, {
        '.github/ai-vendors.yml': MANIFEST,
        'config/endpoints.sarif': JSON.stringify({
          version: '2.1.0',
          runs: [
            { tool: { driver: { name: 'ai-vendor-gate' } }, base: 'https://api.anthropic.com' },
          ],
        }),
      });
      const run = await cli(['scan', '--root', root, '--format', 'json']);
      const report = JSON.parse(run.stdout) as {
        evidence: { vendor: string }[];
        skipped: { file: string }[];
      };
      expect(
        report.evidence.some((e) => e.vendor === 'anthropic') ||
          report.skipped.some((s) => s.file === 'config/endpoints.sarif'),
      ).toBe(true);
    },
    TIMEOUT,
  );

  for (const exclude of ['**', '*\n**/*', '**/*,.*', '!**', '{**,}']) {
    it(
      `scan-exclude ${JSON.stringify(exclude)} that leaves nothing is a warning, never a silent pass`,
      async () => {
        const workspace = await tempDir('exclude');
        await writeTree(workspace, {
          '.github/ai-vendors.yml': MANIFEST,
          'registry.yml': await readFile(EXAMPLE_REGISTRY, 'utf8'),
          'src/app.ts': 'await fetch("https://api.openai.com/v1");\n',
        });
        github.setRepoFile(BASE_SHA, 'registry.yml', await readFile(EXAMPLE_REGISTRY, 'utf8'));
        const run = await runAction(github, workspace, {
          registry: 'registry.yml',
          'pr-comment': 'never',
          'scan-exclude': exclude,
          'fail-on': 'warning',
        });
        expect(stackTrace(run.stdout + run.stderr)).toBe(false);
        // Either the use is still found, or the emptied scan is itself a warning: never a pass.
        expect(run.outputs.decision, run.stdout).not.toBe('pass');
        expect(run.code).not.toBe(0);
      },
      TIMEOUT,
    );
  }

  it(
    'a .gitignore that ignores everything is not a silent pass either',
    async () => {
      const root = await tempDir('gitignore');
      await writeTree(root, {
        '.gitignore': '*\n',
        '.github/ai-vendors.yml': MANIFEST,
        'src/app.ts': 'await fetch("https://api.openai.com/v1");\n',
      });
      const run = await cli([
        'check',
        '--root',
        root,
        '--registry',
        EXAMPLE_REGISTRY,
        '--now',
        NOW,
        '--format',
        'json',
        '--fail-on',
        'warning',
      ]);
      const report = JSON.parse(run.stdout) as { decision: string; findings: Finding[] };
      expect(report.decision, JSON.stringify(report.findings)).toBe('fail');
    },
    TIMEOUT,
  );

  // A tarball holds only committed files, yet the sweep's walk honours the repository's own
  // .gitignore: a repository that commits src/ (git add -f) and ignores it hides its AI use
  // from the organization inventory, silently (no `skipped` entry) and passes.
  // Fault: src/org/sweep.ts / src/detect/files.ts (a tree from an archive is all tracked:
  // walk it without .gitignore, or report what .gitignore left out).
  it(
    "org sweep: a committed file hidden by the repository's own .gitignore still counts",
    async () => {
      const fake = new FakeGitHub();
      await fake.start();
      try {
        fake.addRepo('acme/hidden', {
          files: {
            '.gitignore': 'src/\n',
            '.github/ai-vendors.yml': MANIFEST,
            'src/app.ts': 'await fetch("https://api.openai.com/v1");\n',
          },
        });
        const dir = await tempDir('sweep');
        const output = path.join(dir, 'inventory.json');
        const run = await cli(
          [
            'org',
            'sweep',
            '--org',
            'acme',
            '--registry',
            EXAMPLE_REGISTRY,
            '--now',
            NOW,
            '--output',
            output,
          ],
          { env: fake.env() as Record<string, string> },
        );
        expect(run.code === 0 || run.code === 1).toBe(true);
        const inventory = JSON.parse(await readFile(output, 'utf8')) as {
          repositories: { repository: string; decision: string; vendors: string[] }[];
        };
        const hidden = inventory.repositories.find((r) => r.repository === 'acme/hidden');
        expect(hidden?.vendors).toContain('openai');
        expect(hidden?.decision).toBe('fail');
      } finally {
        await fake.stop();
      }
    },
    TIMEOUT,
  );

  it(
    'real use in files the scan cannot read (too large, binary-looking, not UTF-8) is reported',
    async () => {
      const root = await tempDir('skips');
      await writeTree(root, {
        '.github/ai-vendors.yml': MANIFEST,
        'src/big.ts': `${'//'.padEnd(2 * 1024 * 1024 + 10, 'x')}\nfetch("https://api.openai.com")\n`,
        'src/nul.ts': Buffer.from(
          '// \u0000 one stray NUL\nfetch("https://api.anthropic.com/v1")\n',
        ),
      });
      // A name that is not UTF-8 (Latin-1 é), as a pull request can commit it.
      writeFileSync(
        Buffer.concat([
          Buffer.from(path.join(root, 'src/caf')),
          Buffer.from([0xe9]),
          Buffer.from('.ts'),
        ]),
        'fetch("https://api.mistral.ai/v1")\n',
      );
      const run = await cli(['scan', '--root', root, '--format', 'json']);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as {
        evidence: { vendor: string }[];
        skipped: { file: string; reason: string }[];
      };
      expect(report.skipped).toEqual(
        expect.arrayContaining([{ file: 'src/big.ts', reason: 'too-large' }]),
      );
      expect(report.evidence.map((e) => e.vendor)).toEqual(
        expect.arrayContaining(['anthropic', 'mistral']),
      );
    },
    TIMEOUT,
  );
});
