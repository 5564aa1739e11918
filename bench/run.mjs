// `npm run bench`: speed measured side by side in one run, printed as ratios against references
// measured on the same machine at the same time (bare `node -e 0`, ripgrep over the same bytes).
// Goals live here, never in timed tests. Every figure is a median of several alternated runs;
// the machine's load average is printed before and after, so a reader knows when the figures
// are noisy (a load above the number of cores slows the subject and the reference unevenly).
// BENCH_RUNS, BENCH_SCAN_RUNS and BENCH_LOAD_RUNS set the run counts, BENCH_CLI another build,
// BENCH_ONLY=startup,scan,hostile,load picks sections, BENCH_ORG=1 adds the organization sweep
// (minutes). The Node that runs this script runs the subjects: run it with tools/node24's node
// for the runners' runtime.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = process.env.BENCH_CLI ?? path.join(root, 'dist/cli/index.js');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const wanted = (section) => !only || only.has(section);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function wall(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(args[0], args.slice(1), { cwd: root, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.error) throw run.error;
  return ms;
}

/** Alternate the two commands so drift in machine load hits both alike. */
function sideBySide(subject, reference) {
  const a = [];
  const b = [];
  wall(subject);
  wall(reference); // warm the file cache
  for (let i = 0; i < runs; i++) {
    a.push(wall(subject));
    b.push(wall(reference));
  }
  return { subject: median(a), reference: median(b) };
}

function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(full) : statSync(full).size;
  }
  return total;
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
const loadBefore = load();
const rows = [];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first.`);
  process.exit(2);
}

// 1. check start-up: the gate on an example against bare `node -e 0`.
if (wanted('startup')) {
  const check = sideBySide(
    [
      process.execPath,
      cli,
      'check',
      '--root',
      'examples/compliant-service',
      '--registry',
      'examples/registry.yml',
      '--now',
      '2026-11-29',
      '--format',
      'json',
    ],
    [process.execPath, '-e', '0'],
  );
  rows.push({
    name: 'check on examples/compliant-service',
    value: fmt(check.subject),
    reference: `node -e 0: ${fmt(check.reference)}`,
    ratio: check.subject / check.reference,
    goal: '≤ 2×',
  });
}

// 2. scan against ripgrep over generated trees, then hostile shapes (bench/scan.mjs).
const scanBench = await import('./scan.mjs');
if (wanted('scan')) rows.push(...(await scanBench.benchScan({ cliPath: cli })));
if (wanted('hostile')) rows.push(...(await scanBench.benchHostile({ cliPath: cli })));

// 3. loading hostile manifests (bench/load.mjs).
if (wanted('load')) {
  const { benchLoad } = await import('./load.mjs');
  rows.push(...(await benchLoad({ cliPath: cli })));
}

// 4. the organization sweep, on request: it takes minutes.
if (process.env.BENCH_ORG === '1') {
  const { benchOrg } = await import('./org.mjs');
  rows.push(...(await benchOrg()));
}

// 5. bundle size.
rows.push({
  name: 'dist/ bundle size',
  value: `${(dirSize(path.join(root, 'dist')) / 1024 / 1024).toFixed(2)} MiB`,
});

/** Met when the ratio is within the goal's `≤ N×`, unless the row decided for itself. */
function met(row) {
  if (row.met !== undefined) return row.met ? 'yes' : 'NO';
  const limit = /≤ ([0-9.]+)×/.exec(row.goal ?? '');
  if (!limit || row.ratio === undefined) return '';
  return row.ratio <= Number(limit[1]) ? 'yes' : 'NO';
}

const cpus = os.cpus();
console.log(
  `ai-vendor-gate benchmark — ${cpus[0]?.model ?? 'cpu'} × ${cpus.length}, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}; ` +
    `medians of ${runs} runs (start-up), ${process.env.BENCH_SCAN_RUNS ?? 5} (scan)`,
);
console.log(`load average (1, 5, 15 min): before ${loadBefore}; after ${load()}`);
const busy = Math.max(...os.loadavg().slice(0, 1), Number(loadBefore.split(',')[0]));
if (busy > cpus.length) {
  console.log(
    `note: the load exceeded the ${cpus.length} cores during the run: the figures are noisy.`,
  );
}
console.log('');
const header = ['measure', 'value', 'reference (same run)', 'ratio', 'goal', 'met'];
const table = rows.map((r) => [
  r.name,
  r.value,
  r.reference ?? '',
  r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
  r.goal ?? '',
  met(r),
]);
const widths = header.map((h, i) =>
  Math.max(h.length, ...table.map((row) => String(row[i]).length)),
);
const line = (cells) =>
  cells
    .map((c, i) => String(c).padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
for (const r of rows) if (r.note) console.log(`note: ${r.name}: ${r.note}`);
