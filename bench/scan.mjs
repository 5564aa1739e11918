// The scan against ripgrep over generated monorepos of 10,000, 20,000 and 40,000 files, each in
// two shapes: a plain folder (the scan walks it, honouring .gitignore) and a git work tree with
// every file committed (the scan asks `git ls-files`), as real repositories are. The trees live
// in the system's temporary folder, outside this repository, whose .gitignore would otherwise
// hide them from git. `benchScan({ cliPath })` returns rows for bench/run.mjs:
// { name, value, reference, ratio, goal, met, note }. Trees are generated once (deterministic
// contents) and reused across runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const benchDir = process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'ai-vendor-gate-bench');
const SIZES = [10_000, 20_000, 40_000];
const runs = Number(process.env.BENCH_SCAN_RUNS ?? 5);
/** Bumped when the generator changes, so stale trees are rebuilt. */
const GENERATOR = 2;
const TIME = '/usr/bin/time';

/** mulberry32: small, fast, and the same numbers on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'const let return import export function async await value result error request response client config options items index data string number array object map filter reduce handler service module update create delete fetch parse render state props context logger cache retry timeout'.split(
    ' ',
  );
const HITS = [
  'const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });',
  "const url = 'https://api.openai.com/v1/chat/completions';",
  'key = os.environ["GROQ_API_KEY"]',
  "baseURL: 'https://openrouter.ai/api/v1',",
  'endpoint = "https://contoso.openai.azure.com/"',
  'host: http://localhost:11434',
];

function sourceFile(next, lines) {
  const out = [];
  for (let i = 0; i < lines; i++) {
    const words = [];
    const count = 3 + Math.floor(next() * 9);
    for (let w = 0; w < count; w++) words.push(WORDS[Math.floor(next() * WORDS.length)]);
    out.push(`  ${words.join(' ')};`);
    if (next() < 0.002) out.push(HITS[Math.floor(next() * HITS.length)]);
  }
  return `${out.join('\n')}\n`;
}

/** A monorepo of `files` files: packages with package.json, sources, some Python services. */
export function generate(dir, files, { git = false } = {}) {
  const done = `${dir}.complete`; // beside the tree, so the tree holds only its files
  const stamp = `${GENERATOR} ${files} ${git ? 'git' : 'plain'}\n`;
  if (existsSync(done) && readFileSync(done, 'utf8') === stamp) return;
  rmSync(dir, { recursive: true, force: true });
  const next = random(files);
  let written = 0;
  const write = (rel, text) => {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    written++;
  };
  write(
    'package.json',
    JSON.stringify({ name: 'bench-mono', private: true, workspaces: ['packages/*'] }, null, 2),
  );
  write('.gitignore', 'dist/\n*.log\n');
  for (let pkg = 0; written < files; pkg++) {
    const base = pkg % 10 === 9 ? `services/svc-${pkg}` : `packages/pkg-${pkg}`;
    if (base.startsWith('services/')) {
      const reqs = ['requests==2.32.3', 'pydantic==2.9.2'];
      if (next() < 0.3) reqs.push('anthropic==0.49.0');
      write(`${base}/requirements.txt`, `${reqs.join('\n')}\n`);
    } else {
      const deps = { zod: '^3.25.0' };
      if (next() < 0.1) deps.openai = '^6.9.0';
      if (next() < 0.05) deps['@ai-sdk/google'] = '^2.0.0';
      write(
        `${base}/package.json`,
        JSON.stringify({ name: `pkg-${pkg}`, dependencies: deps }, null, 2),
      );
    }
    const sources = 8 + Math.floor(next() * 24);
    for (let s = 0; s < sources && written < files; s++) {
      const ext = base.startsWith('services/') ? 'py' : 'ts';
      write(`${base}/src/mod${s}.${ext}`, sourceFile(next, 20 + Math.floor(next() * 120)));
    }
  }
  if (git) {
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.invalid',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.invalid',
    };
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['commit', '-q', '-m', 'bench tree'],
    ]) {
      const run = spawnSync('git', ['-c', 'safe.directory=*', ...args], { cwd: dir, env });
      if (run.status !== 0) throw new Error(`git ${args[0]} failed in ${dir}`);
    }
  }
  writeFileSync(done, stamp);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const haveTime = existsSync(TIME);

/**
 * One run of a command: wall time, and where GNU time is present its CPU time (user + system,
 * less sensitive to other load than wall time) and peak resident memory.
 */
function timed(args) {
  const wrapped = haveTime ? [TIME, '-f', '@@ %U %S %M', ...args] : args;
  const started = process.hrtime.bigint();
  const run = spawnSync(wrapped[0], wrapped.slice(1), {
    stdio: ['ignore', 'ignore', haveTime ? 'pipe' : 'ignore'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.error) throw run.error;
  const usage = haveTime ? /@@ ([0-9.]+) ([0-9.]+) (\d+)/.exec(run.stderr ?? '') : null;
  return {
    ms,
    status: run.status,
    cpuMs: usage ? (Number(usage[1]) + Number(usage[2])) * 1000 : undefined,
    rssMiB: usage ? Number(usage[3]) / 1024 : undefined,
  };
}

/** Medians of `count` runs of each command, alternated so drift in machine load hits all alike. */
export function alternate(commands, count) {
  for (const args of commands) timed(args); // warm the file cache
  const results = commands.map(() => []);
  for (let i = 0; i < count; i++) {
    commands.forEach((args, k) => {
      const run = timed(args);
      // ripgrep exits 1 when nothing matched; the scan exits 0. Anything else is a failure (a
      // scan that exits 1 did not run: timing it would flatter the gate).
      const ok = run.status === 0 || (run.status === 1 && path.basename(args[0]) === 'rg');
      if (!ok) {
        throw new Error(`${args.join(' ')} exited ${run.status}`);
      }
      results[k].push(run);
    });
  }
  return results.map((list) => ({
    ms: median(list.map((r) => r.ms)),
    cpuMs: haveTime ? median(list.map((r) => r.cpuMs)) : undefined,
    rssMiB: haveTime ? Math.max(...list.map((r) => r.rssMiB)) : undefined,
  }));
}

function onPath(command) {
  const run = spawnSync(command, ['--version'], { stdio: 'ignore' });
  return !run.error && run.status === 0;
}

/** The literal strings the catalog's text signatures look for, as ripgrep patterns. */
function writePatterns() {
  const catalog = JSON.parse(
    readFileSync(new URL('../src/detect/catalog.json', import.meta.url), 'utf8'),
  );
  const out = new Set();
  for (const vendor of Object.values(catalog.vendors)) {
    for (const host of vendor.hosts ?? []) {
      const parts = host.split('*').sort((a, b) => b.length - a.length);
      if (parts[0]) out.add(parts[0]);
    }
    for (const name of vendor.env ?? []) out.add(name);
  }
  mkdirSync(benchDir, { recursive: true });
  const file = path.join(benchDir, 'patterns.txt');
  writeFileSync(file, `${[...out].sort().join('\n')}\n`);
  return file;
}

const ms = (value) => `${value.toFixed(0)} ms`;
const cpu = (run) => (run.cpuMs === undefined ? '' : ` (CPU ${ms(run.cpuMs)})`);

export async function benchScan({ cliPath }) {
  if (!existsSync(cliPath)) {
    return [
      {
        name: 'scan',
        value: 'not run',
        reference: '',
        ratio: undefined,
        note: `${cliPath} is missing: run npm run build first`,
      },
    ];
  }
  const patternFile = writePatterns();
  const rg = onPath('rg');
  const rows = [];
  const bySize = { walk: [], git: [] };
  let peak = 0;
  for (const size of SIZES) {
    const label = size.toLocaleString('en-US');
    const plain = path.join(benchDir, `tree-${size}`);
    const repo = path.join(benchDir, `repo-${size}`);
    generate(plain, size);
    generate(repo, size, { git: true });
    const scanOf = (tree) => [
      process.execPath,
      cliPath,
      'scan',
      '--root',
      tree,
      '--format',
      'json',
    ];
    // ripgrep over the same tree for the catalog's literal strings, on every core it likes.
    const commands = [scanOf(plain), scanOf(repo)];
    if (rg) commands.push(['rg', '-c', '-F', '-f', patternFile, repo]);
    const [walked, listed, reference] = alternate(commands, runs);
    for (const [how, run] of [
      ['walk', walked],
      ['git ls-files', listed],
    ]) {
      rows.push({
        name: `scan ${label} files, ${how}`,
        value: `${ms(run.ms)}${cpu(run)}`,
        reference: reference
          ? `rg -c -F -f patterns.txt: ${ms(reference.ms)}${cpu(reference)}`
          : '',
        ratio: reference ? run.ms / reference.ms : undefined,
        goal: '≤ 3×',
        ...(rg ? {} : { note: 'rg is not on PATH: no reference measured' }),
      });
    }
    bySize.walk.push({ size, ms: walked.ms });
    bySize.git.push({ size, ms: listed.ms });
    peak = Math.max(peak, walked.rssMiB ?? 0, listed.rssMiB ?? 0);
    if (size === SIZES[SIZES.length - 1] && walked.rssMiB !== undefined) {
      rows.push({
        name: `scan ${label} files, peak RSS (largest of all runs)`,
        value: `${walked.rssMiB.toFixed(0)} MiB walk, ${listed.rssMiB.toFixed(0)} MiB git`,
        reference: '',
        ratio: undefined,
        goal: '< 256 MiB',
        met: Math.max(walked.rssMiB, listed.rssMiB) < 256,
      });
    }
  }
  // Linear in the number of files: 4× the files should take about 4× the time.
  for (const [how, list] of Object.entries(bySize)) {
    const small = list[0];
    const large = list[list.length - 1];
    const files = large.size / small.size;
    const ratio = large.ms / small.ms / files;
    rows.push({
      name: `scan time ${large.size / 1000}k vs ${small.size / 1000}k files, ${how}`,
      value: `${(large.ms / small.ms).toFixed(2)}× the time`,
      reference: `${files.toFixed(0)}× the files`,
      ratio,
      goal: '≤ 1.2× (linear)',
      met: ratio <= 1.2,
    });
  }
  if (!haveTime) rows.push({ name: 'peak RSS', value: 'not measured', note: `${TIME} is missing` });
  return rows;
}

/**
 * Shapes that once made the matcher quadratic, each as copies of one file in a folder of its
 * own (about 16 MB in all): the scan over the folder against `rg` over the same bytes, as time
 * per MB, start-up included on both sides.
 */
const HOSTILE = {
  'upper-case hex (1.9 MB lines)': () => {
    let hex = '';
    for (let i = 0; hex.length < 1_900_000; i++) hex += ((i * 2654435761) >>> 0).toString(16);
    return `${hex.toUpperCase()}\nOPENAI_API_KEY\n`;
  },
  '2 MiB of `A`': () => `${'A'.repeat(2 * 1024 * 1024 - 16)}\n`,
  '`A_` pairs (1.9 MB)': () => `${'A_'.repeat(950_000)}a\n`,
  'one-line JSON of 20,000 .com URLs (1.1 MB)': () =>
    `[${Array.from({ length: 20_000 }, (_, i) => `"https://host${i}.example${i % 97}.com/p"`).join(',')}]\n`,
  'one-line JSON of 60,000 URLs (1.9 MB)': () =>
    `[${Array.from({ length: 60_000 }, (_, i) => `"https://s${i}.example.com/x"`).join(',')}]\n`,
  'deep nesting (1.9 MB)': () =>
    `${'['.repeat(950_000)}"https://api.openai.com"${']'.repeat(950_000)}`,
};
/** Bytes of each shape scanned per run: enough that start-up does not dominate either side. */
const SHAPE_BYTES = 16_000_000;

export async function benchHostile({ cliPath }) {
  if (!existsSync(cliPath)) return [];
  const patternFile = writePatterns();
  const rg = onPath('rg');
  const rows = [];
  let index = 0;
  for (const [name, make] of Object.entries(HOSTILE)) {
    const dir = path.join(benchDir, `hostile-${index++}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const text = make();
    const copies = Math.max(1, Math.round(SHAPE_BYTES / Buffer.byteLength(text)));
    for (let i = 0; i < copies; i++) writeFileSync(path.join(dir, `f${i}.json`), text);
    const mb = (Buffer.byteLength(text) * copies) / 1e6;
    const commands = [[process.execPath, cliPath, 'scan', '--root', dir, '--format', 'json']];
    if (rg) commands.push(['rg', '-c', '-F', '-f', patternFile, dir]);
    const [subject, reference] = alternate(commands, Math.max(3, Math.ceil(runs / 2)));
    rows.push({
      name: `scan ${name} × ${copies}`,
      value: `${(subject.ms / mb).toFixed(1)} ms/MB`,
      reference: reference ? `rg: ${(reference.ms / mb).toFixed(1)} ms/MB` : '',
      ratio: reference ? subject.ms / reference.ms : undefined,
      goal: '≤ 5×',
    });
  }
  return rows;
}
