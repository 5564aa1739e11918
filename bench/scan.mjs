// The scan against ripgrep over generated monorepos of 10,000, 20,000 and 40,000 files.
// `benchScan({ cliPath })` returns rows for bench/run.mjs: { name, value, reference, ratio, note }.
// Trees are generated once under .bench/tree-N (deterministic contents) and reused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(root, '.bench');
const SIZES = [10_000, 20_000, 40_000];
const runs = Number(process.env.BENCH_SCAN_RUNS ?? 5);

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
export function generate(dir, files) {
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return;
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
  writeFileSync(done, `${written}\n`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timed(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(args[0], args.slice(1), { stdio: 'ignore', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.error) throw run.error;
  return { ms, status: run.status };
}

function onPath(command) {
  const run = spawnSync(command, ['--version'], { stdio: 'ignore' });
  return !run.error && run.status === 0;
}

/** Peak RSS of one scan, in MiB: GNU time when present, else the child reports its own. */
function peakRss(cliPath, tree) {
  const args = [cliPath, 'scan', '--root', tree, '--format', 'json'];
  if (existsSync('/usr/bin/time')) {
    const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
    if (match) return { mib: Number(match[1]) / 1024, how: '/usr/bin/time -v' };
  }
  const preload = path.join(benchDir, 'report-rss.cjs');
  const out = path.join(benchDir, 'rss.txt');
  writeFileSync(
    preload,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_OUT, String(process.resourceUsage().maxRSS)));\n",
  );
  spawnSync(process.execPath, ['--require', preload, ...args], {
    stdio: 'ignore',
    env: { ...process.env, BENCH_RSS_OUT: out },
  });
  const kib = Number(readFileSync(out, 'utf8'));
  return { mib: kib / 1024, how: 'process.resourceUsage() in the child' };
}

/** The literal strings the catalog's text signatures look for, as ripgrep patterns. */
async function patterns() {
  const catalog = JSON.parse(
    readFileSync(new URL('../src/detect/catalog.json', import.meta.url), 'utf8'),
  );
  const out = new Set();
  for (const vendor of Object.values(catalog.vendors)) {
    for (const host of vendor.hosts) {
      const parts = host.split('*').sort((a, b) => b.length - a.length);
      out.add(parts[0]);
    }
    for (const name of vendor.env) out.add(name);
  }
  return [...out].sort();
}

export async function benchScan({ cliPath }) {
  const rows = [];
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
  mkdirSync(benchDir, { recursive: true });
  const patternFile = path.join(benchDir, 'patterns.txt');
  writeFileSync(patternFile, `${(await patterns()).join('\n')}\n`);
  const rg = onPath('rg');
  const perFile = [];
  for (const size of SIZES) {
    const tree = path.join(benchDir, `tree-${size}`);
    generate(tree, size);
    const scanArgs = [process.execPath, cliPath, 'scan', '--root', tree, '--format', 'json'];
    const rgArgs = ['rg', '-c', '-F', '-f', patternFile, tree];
    timed(scanArgs); // warm the file cache
    if (rg) timed(rgArgs);
    const scanTimes = [];
    const rgTimes = [];
    for (let i = 0; i < runs; i++) {
      const result = timed(scanArgs);
      if (result.status !== 0) throw new Error(`scan exited ${result.status} on ${tree}`);
      scanTimes.push(result.ms);
      if (rg) rgTimes.push(timed(rgArgs).ms);
    }
    const scanMs = median(scanTimes);
    const rgMs = rg ? median(rgTimes) : undefined;
    rows.push({
      name: `scan ${size.toLocaleString('en-US')} files (median wall, ${runs} runs)`,
      value: `${scanMs.toFixed(0)} ms`,
      reference: rg ? `rg -c -F -f patterns.txt: ${rgMs.toFixed(0)} ms` : '',
      ratio: rg ? scanMs / rgMs : undefined,
      goal: '≤ 3×',
      ...(rg ? {} : { note: 'rg is not on PATH: no reference measured' }),
    });
    perFile.push({ size, ms: scanMs });
    const rss = peakRss(cliPath, tree);
    rows.push({
      name: `scan ${size.toLocaleString('en-US')} files (peak RSS)`,
      value: `${rss.mib.toFixed(0)} MiB`,
      reference: '',
      ratio: undefined,
      note: `measured with ${rss.how}`,
      goal: '< 256 MiB',
    });
  }
  // Linear in the number of files: 4× the files should take about 4× the time.
  const small = perFile[0];
  const large = perFile[perFile.length - 1];
  if (small && large && large !== small) {
    rows.push({
      name: `scan time, ${large.size / 1000}k files vs ${small.size / 1000}k`,
      value: `${(large.ms / small.ms).toFixed(2)}×`,
      reference: `${(large.size / small.size).toFixed(0)}× the files`,
      ratio: large.ms / small.ms / (large.size / small.size),
      goal: '≈ 1.0× (linear)',
    });
  }
  return rows;
}

/**
 * Shapes that once made the matcher quadratic, each as copies of one file in a folder of its
 * own: the scan over the folder against `rg` over the same bytes, as time per MB.
 */
const HOSTILE = {
  'upper-case hex (1.9 MB lines)': () => {
    let hex = '';
    for (let i = 0; hex.length < 1_900_000; i++) hex += ((i * 2654435761) >>> 0).toString(16);
    return `${hex.toUpperCase()}\nOPENAI_API_KEY\n`;
  },
  '2 MiB of `A`': () => `${'A'.repeat(2 * 1024 * 1024 - 16)}\n`,
  '`A_` pairs (1.9 MB)': () => `${'A_'.repeat(950_000)}a\n`,
  'one-line JSON of 60,000 URLs (1.9 MB)': () =>
    `[${Array.from({ length: 60_000 }, (_, i) => `"https://s${i}.example.com/x"`).join(',')}]\n`,
  'deep nesting (1.9 MB)': () =>
    `${'['.repeat(950_000)}"https://api.openai.com"${']'.repeat(950_000)}`,
};
const COPIES = 8;

export async function benchHostile({ cliPath }) {
  if (!existsSync(cliPath)) return [];
  const rows = [];
  mkdirSync(benchDir, { recursive: true });
  const patternFile = path.join(benchDir, 'patterns.txt');
  writeFileSync(patternFile, `${(await patterns()).join('\n')}\n`);
  const rg = onPath('rg');
  let index = 0;
  for (const [name, make] of Object.entries(HOSTILE)) {
    const dir = path.join(benchDir, `hostile-${index++}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const text = make();
    for (let i = 0; i < COPIES; i++) writeFileSync(path.join(dir, `f${i}.json`), text);
    const mb = (Buffer.byteLength(text) * COPIES) / 1e6;
    const scanArgs = [process.execPath, cliPath, 'scan', '--root', dir, '--format', 'json'];
    const rgArgs = ['rg', '-c', '-F', '-f', patternFile, dir];
    const scanTimes = [];
    const rgTimes = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
      scanTimes.push(timed(scanArgs).ms);
      if (rg) rgTimes.push(timed(rgArgs).ms);
    }
    const scanMs = median(scanTimes);
    const rgMs = rg ? median(rgTimes) : undefined;
    rows.push({
      name: `scan ${name} × ${COPIES}`,
      value: `${(scanMs / mb).toFixed(1)} ms/MB`,
      reference: rg ? `rg: ${(rgMs / mb).toFixed(1)} ms/MB` : '',
      ratio: rg ? scanMs / rgMs : undefined,
      goal: '≤ 5×',
    });
  }
  return rows;
}
