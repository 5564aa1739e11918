// The scan as users run it: the bundled CLI over hostile trees. Shapes that made the matcher
// quadratic, names that are not UTF-8 or carry workflow commands, links out of the root, files
// too large or binary, a git work tree owned by another user, the gate's own outputs.
// Correctness is asserted here with generous timeouts; speed lives in `npm run bench`.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/detect/index.js';
import type { Evidence, ScanSummary, SkippedFile } from '../../src/model.js';
import { tree } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The bundle users run; AVG_CLI points at another build of the same sources. */
const CLI = process.env.AVG_CLI ?? path.join(ROOT, 'dist/cli/index.js');
const SLOW = 120_000;

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});
function make(files: Record<string, string | Buffer>): string {
  const made = tree(files);
  cleanups.push(made.cleanup);
  return made.root;
}

interface ScanJson {
  evidence: Evidence[];
  skipped: SkippedFile[];
  summary: ScanSummary;
}

function run(root: string, format: 'json' | 'text') {
  const result = spawnSync(process.execPath, [CLI, 'scan', '--root', root, '--format', format], {
    encoding: 'utf8',
    timeout: SLOW,
    maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
function scanJson(root: string): ScanJson {
  const result = run(root, 'json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ScanJson;
}
const brief = (e: Evidence) =>
  `${e.file}:${e.line}:${e.column}-${e.endColumn} ${e.vendor} ${e.kind} ${e.name} ${e.context}`;

describe('the bundled CLI reads every manifest and lockfile as the sources do', () => {
  it(
    'gives the same evidence as scan() over one file of each kind the readers take',
    async () => {
      const fixture = (name: string) =>
        readFileSync(path.join(ROOT, 'test/detect/fixtures', name), 'utf8');
      // Each fixture under the name its reader takes, one per folder (a lockfile beside its
      // manifest would settle what is direct).
      const kinds: Record<string, string> = {
        'csproj/App.csproj': 'App.csproj',
        'cargo-lock/Cargo.lock': 'Cargo.lock',
        'cargo/Cargo.toml': 'Cargo.toml',
        'gemfile/Gemfile': 'Gemfile',
        'gemfile-lock/Gemfile.lock': 'Gemfile.lock',
        'pipfile/Pipfile': 'Pipfile',
        'pipfile-lock/Pipfile.lock': 'Pipfile.lock',
        'gemspec/ai_helpers.gemspec': 'ai_helpers.gemspec',
        'gradle/build.gradle.kts': 'build.gradle.kts',
        'bun/bun.lock': 'bun.lock.txt',
        'composer/composer.json': 'composer.json',
        'composer-lock/composer.lock': 'composer.lock',
        'go/go.mod': 'go.mod',
        'npm-v1/package-lock.json': 'package-lock-v1.json',
        'npm-v3/package-lock.json': 'package-lock-v3.json',
        'nuget/packages.lock.json': 'packages.lock.json',
        'pnpm6/pnpm-lock.yaml': 'pnpm-lock-v6.yaml.txt',
        'pnpm9/pnpm-lock.yaml': 'pnpm-lock-v9.yaml.txt',
        'poetry/poetry.lock': 'poetry.lock',
        'maven/pom.xml': 'pom.xml',
        'pyproject/pyproject.toml': 'pyproject.toml',
        'requirements/requirements.txt': 'requirements-compiled.txt',
        'uv/uv.lock': 'uv.lock',
        'yarn-berry/yarn.lock': 'yarn-berry.lock',
        'yarn1/yarn.lock': 'yarn-v1.lock',
        '.github/workflows/ai.yml': 'workflow.yml.txt',
      };
      const root = make(
        Object.fromEntries(Object.entries(kinds).map(([to, from]) => [to, fixture(from)])),
      );
      const bundled = scanJson(root).evidence.map(brief);
      const sources = (await scan(root)).evidence.map(brief);
      expect(bundled).toEqual(sources);
      // Every kind gave something (a reader that throws in the bundle gives nothing, silently).
      const folders = new Set(bundled.map((line) => line.split('/')[0]));
      for (const to of Object.keys(kinds)) expect(folders).toContain(to.split('/')[0]);
    },
    SLOW,
  );
});

describe('scan through the bundled CLI: hostile shapes stay linear and correct', () => {
  it(
    'upper-case runs without `_`: 300 KB of hex and 2 MiB of `A`',
    () => {
      let hex = '';
      for (let i = 0; hex.length < 300 * 1024; i++) hex += ((i * 2654435761) >>> 0).toString(16);
      const root = make({
        'hex.txt': `${hex.toUpperCase()}\nkey = OPENAI_API_KEY\n`,
        'a.txt': `${'A'.repeat(2 * 1024 * 1024 - 64)}\nGROQ_API_KEY\n`,
        // A run of `A_` pairs: every split of the token is a candidate for a backtracking regex.
        'pairs.txt': `${'A_'.repeat(200_000)}a OPENAI_API_KEYS XAI_API_KEY\n`,
      });
      const found = scanJson(root).evidence.map(brief);
      expect(found).toEqual([
        'a.txt:2:1-13 groq env GROQ_API_KEY runtime',
        'hex.txt:2:7-21 openai env OPENAI_API_KEY runtime',
        'pairs.txt:1:400019-400030 xai env XAI_API_KEY runtime',
      ]);
    },
    SLOW,
  );

  it(
    'one 1 MB line of 20,000 URLs, and deep nesting',
    () => {
      const urls = Array.from({ length: 20_000 }, (_, i) => `"https://s${i}.example.com/x"`);
      urls.splice(10_000, 0, '"https://API.DeepSeek.com/v1"');
      urls.push('"https://contoso.openai.azure.com/"');
      const line = `[${urls.join(',')}]`;
      const deep = `${'['.repeat(400_000)}"https://api.openai.com"${']'.repeat(400_000)}`;
      const root = make({ 'urls.json': `${line}\n`, 'deep.json': deep });
      const found = scanJson(root).evidence;
      const deepSeekAt = line.indexOf('API.DeepSeek.com') + 1;
      const azureAt = line.indexOf('contoso.openai') + 1;
      expect(found.map(brief)).toEqual([
        `deep.json:1:400010-400024 openai endpoint api.openai.com runtime`,
        `urls.json:1:${deepSeekAt}-${deepSeekAt + 16} deepseek endpoint api.deepseek.com runtime`,
        `urls.json:1:${azureAt}-${azureAt + 24} azure-openai endpoint contoso.openai.azure.com runtime`,
      ]);
    },
    SLOW,
  );
});

describe('scan through the bundled CLI: nothing skipped in silence', () => {
  it(
    'reports too-large, binary, unreadable and outside-root files, and reads a stray NUL',
    () => {
      const outside = make({ 'keys.env': 'OPENAI_API_KEY=x' });
      const root = make({
        'big.txt': `GROQ_API_KEY\n${'x'.repeat(2 * 1024 * 1024)}`,
        'logo.png': Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
          Buffer.from('MISTRAL_API_KEY'),
        ]),
        'blob.bin': Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 7)),
        'src/stray.ts': Buffer.concat([
          Buffer.from('const a = 1;\n'),
          Buffer.from([0]),
          Buffer.from('\nconst key = process.env.ANTHROPIC_API_KEY;\n'),
        ]),
        'src/utf16.ts': Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from('const k = process.env.XAI_API_KEY;\n', 'utf16le'),
        ]),
      });
      symlinkSync(path.join(outside, 'keys.env'), path.join(root, 'outside.env'));
      mkfifoOrSkip(path.join(root, 'pipe.txt'));
      const result = scanJson(root);
      expect(result.evidence.map(brief)).toEqual([
        'src/stray.ts:3:25-42 anthropic env ANTHROPIC_API_KEY runtime',
        'src/utf16.ts:1:23-34 xai env XAI_API_KEY runtime',
      ]);
      const fifo = statSafe(path.join(root, 'pipe.txt'));
      expect(result.skipped).toEqual([
        { file: 'big.txt', reason: 'too-large' },
        { file: 'blob.bin', reason: 'binary' },
        { file: 'logo.png', reason: 'binary' },
        { file: 'outside.env', reason: 'outside-root' },
        ...(fifo ? [{ file: 'pipe.txt', reason: 'unreadable' }] : []),
      ]);
      expect(result.summary).toMatchObject({
        listing: 'walk',
        filesRead: 2,
        skippedCount: fifo ? 5 : 4,
      });
      const text = run(root, 'text').stdout;
      expect(text).toContain(`Skipped ${fifo ? 5 : 4} files, not read:`);
      expect(text).toContain('2 binary');
      expect(text).toContain('1 larger than 2 MiB');
      expect(text).toContain('  outside.env  outside-root');
    },
    SLOW,
  );

  it(
    'says so when the exclude globs leave nothing to read',
    () => {
      const root = make({ 'src/a.ts': 'OPENAI_API_KEY' });
      const result = spawnSync(
        process.execPath,
        [CLI, 'scan', '--root', root, '--format', 'json', '--exclude', '**'],
        { encoding: 'utf8', timeout: SLOW },
      );
      const data = JSON.parse(result.stdout) as ScanJson;
      expect(data.evidence).toEqual([]);
      expect(data.skipped).toEqual([{ file: '.', reason: 'excluded-all' }]);
    },
    SLOW,
  );

  it(
    'reads names that are not UTF-8 and never prints a name raw',
    () => {
      const root = make({
        'x ##[warning]y.js': 'OPENAI_API_KEY',
        '::error::a.js': 'GROQ_API_KEY',
        'line\nbreak.ts': 'XAI_API_KEY',
      });
      const latin1 = Buffer.concat([
        Buffer.from(`${root}/caf`),
        Buffer.from([0xe9, 0x2e, 0x70, 0x79]),
      ]);
      writeFileSync(latin1, 'MISTRAL_API_KEY = 1\n');
      const json = run(root, 'json').stdout;
      // The output boundary defuses a workflow command even inside JSON strings.
      expect(json).not.toContain('##[');
      const data = JSON.parse(json.replaceAll('\u200d', '')) as ScanJson;
      expect(data.evidence.map((e) => `${e.file} ${e.vendor}`)).toEqual([
        '::error::a.js groq',
        'caf\\xE9.py mistral',
        'line\nbreak.ts xai',
        'x ##[warning]y.js openai',
      ]);
      const text = run(root, 'text').stdout;
      expect(text).toContain('caf\\xE9.py:1:1');
      expect(text).not.toContain('##[warning]');
      expect(text).not.toMatch(/^\s*::error::/m);
      expect(text).not.toContain('line\nbreak');
    },
    SLOW,
  );

  it(
    'lists with git in a work tree owned by another user',
    () => {
      const root = make({
        '.gitignore': 'ignored.ts\n',
        'ignored.ts': 'GROQ_API_KEY',
        'a.ts': 'XAI_API_KEY',
      });
      const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
      if (git('init', '-q').status !== 0) return; // no git here
      git('-c', 'user.email=a@b', '-c', 'user.name=a', 'add', '.');
      if (process.getuid?.() === 0) {
        // Another owner: git refuses the repository unless the scan marks it safe.
        chownTree(root, 4242);
      }
      const data = scanJson(root);
      expect(data.summary.listing).toBe('git');
      expect(data.evidence.map((e) => `${e.file} ${e.vendor}`)).toEqual(['a.ts xai']);
    },
    SLOW,
  );
});

describe('scan never reads what the gate wrote', () => {
  const sarif = JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'ai-vendor-gate', rules: [] } },
        results: [{ message: { text: 'api.openai.com is used: OPENAI_API_KEY' } }],
      },
    ],
  });
  const record = (n: number) =>
    JSON.stringify({
      findings: [{ ruleId: 'usage-undeclared', message: 'GROQ_API_KEY' }],
      sha256: String(n).repeat(64).slice(0, 64),
      tool: { name: 'ai-vendor-gate', version: '1' },
    });

  it(
    'skips its SARIF, records and history wherever they lie, and the files it is told to ignore',
    async () => {
      const root = make({
        'ai-vendor-gate.sarif': sarif,
        'reports/out.sarif.json': sarif,
        'audit/history.jsonl': `${record(1)}\n${record(2)}\n`,
        'ai-vendor-gate-record.json': record(3),
        // Look-alikes are read: not SARIF of the gate, or not a gate record on every line.
        'other.sarif': sarif.replace('"ai-vendor-gate"', '"other-tool"'),
        'mixed.jsonl': `${record(1)}\n{"tool":{"name":"x"},"k":"MISTRAL_API_KEY"}\n`,
        'src/app.js': `{"tool":{"name":"ai-vendor-gate"}}\nconst k = process.env.XAI_API_KEY;`,
        'registry/ai-vendors.yml': 'hosts: [api.cohere.com]\n',
      });
      const files = scanJson(root).evidence.map((e) => `${e.file} ${e.vendor}`);
      expect(files).toEqual([
        'mixed.jsonl groq',
        'mixed.jsonl mistral',
        'other.sarif openai',
        'other.sarif openai',
        'registry/ai-vendors.yml cohere',
        'src/app.js xai',
      ]);
      const ignored = await scan(root, { ignore: ['registry/ai-vendors.yml', './other.sarif'] });
      expect(ignored.evidence.map((e) => e.file)).toEqual([
        'mixed.jsonl',
        'mixed.jsonl',
        'src/app.js',
      ]);
    },
    SLOW,
  );
});

function mkfifoOrSkip(file: string): void {
  spawnSync('mkfifo', [file]); // where there is no mkfifo, the test runs without a FIFO
}

function statSafe(file: string): boolean {
  try {
    return statSync(file).isFIFO();
  } catch {
    return false;
  }
}

function chownTree(root: string, uid: number): void {
  spawnSync('chown', ['-R', `${uid}:${uid}`, root]);
}
