// `npm run bench`: speed measured side by side in one run, printed as ratios against references
// measured on the same machine at the same time. Targets live here, never in timed tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli/index.js');
const runs = Number(process.env.BENCH_RUNS ?? 15);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function wall(args, options = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync(args[0], args.slice(1), { cwd: root, stdio: 'ignore', ...options });
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

const rows = [];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

// 1. check start-up: the gate on an example against bare `node -e 0`.
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
  name: 'check on examples/compliant-service (median wall)',
  value: fmt(check.subject),
  reference: `node -e 0: ${fmt(check.reference)}`,
  ratio: check.subject / check.reference,
  goal: '≤ 2.0×',
});

// 2. scan against ripgrep over generated trees (bench/scan.mjs).
if (existsSync(path.join(root, 'bench/scan.mjs'))) {
  const { benchHostile, benchScan } = await import('./scan.mjs');
  for (const row of await benchScan({ cliPath: cli })) rows.push(row);
  for (const row of await benchHostile({ cliPath: cli })) rows.push(row);
}

// 3. bundle size.
const bundle = dirSize(path.join(root, 'dist'));
rows.push({
  name: 'dist/ bundle size',
  value: `${(bundle / 1024 / 1024).toFixed(2)} MiB`,
  reference: '',
  ratio: undefined,
  goal: '',
});

console.log(
  `ai-vendor-gate benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${runs} runs each\n`,
);
const header = ['measure', 'value', 'reference (same run)', 'ratio', 'goal'];
const table = rows.map((r) => [
  r.name,
  r.value,
  r.reference ?? '',
  r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
  r.goal ?? r.note ?? '',
]);
const widths = header.map((h, i) =>
  Math.max(h.length, ...table.map((row) => String(row[i]).length)),
);
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
for (const r of rows) if (r.note) console.log(`note: ${r.name}: ${r.note}`);
