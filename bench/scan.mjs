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
function generate(dir, files) {
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
      note: rg ? 'same tree, same strings' : 'rg is not on PATH: no reference measured',
    });
    const rss = peakRss(cliPath, tree);
    rows.push({
      name: `scan ${size.toLocaleString('en-US')} files (peak RSS)`,
      value: `${rss.mib.toFixed(0)} MiB`,
      reference: '',
      ratio: undefined,
      note: `measured with ${rss.how}`,
    });
  }
  return rows;
}
