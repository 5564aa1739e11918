// Loading hostile manifests through the bundled CLI: a 1 MiB manifest of unknown keys, and one
// entry with 1,000 unknown keys repeated by 99 aliases. Each is timed against the same CLI on a
// small valid manifest (start-up and registry), so the difference is what loading costs.
// `benchLoad({ cliPath })` returns rows for bench/run.mjs: { name, value, reference, ratio, goal };
// run directly (`node bench/load.mjs`) it prints them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_LOAD_RUNS ?? 5);
const MIB = 1024 * 1024;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const SHAPES = {
  baseline: () =>
    'version: 1\nowner: bench\nvendors:\n  - vendor: anthropic\n    product: api\n' +
    '    purpose: Summaries\n    dataClassification: internal\n',
  'unknown-keys-1mib': () => {
    const lines = ['version: 1', 'owner: bench', 'vendors: []'];
    let size = 40;
    for (let i = 0; size < MIB - 40; i++) {
      const line = `unknown-key-${i}: 1`;
      lines.push(line);
      size += line.length + 1;
    }
    return `${lines.join('\n')}\n`;
  },
  'alias-1000x99': () => {
    const lines = ['version: 1', 'owner: bench', 'vendors:', '  - &e', '    vendor: anthropic'];
    lines.push('    product: api', '    purpose: x', '    dataClassification: internal');
    for (let k = 0; k < 1000; k++) lines.push(`    k${k}: 1`);
    for (let a = 0; a < 99; a++) lines.push('  - *e');
    return `${lines.join('\n')}\n`;
  },
};

function prepare(name) {
  const dir = path.join(root, '.bench', 'load', name);
  mkdirSync(path.join(dir, '.github'), { recursive: true });
  const text = SHAPES[name]();
  writeFileSync(path.join(dir, '.github', 'ai-vendors.yml'), text);
  return { dir, bytes: Buffer.byteLength(text) };
}

// The child reports its own CPU time on exit: on a machine shared with other work, wall time
// measures the neighbours as much as the gate, CPU time much less so.
const CPU_MARK = 'BENCH_CPU_MS';
const reportCpu = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\n${CPU_MARK} '+(u.userCPUTime+u.systemCPUTime)/1000+'\\n')})`;

function timeCheck(cliPath, dir) {
  const args = ['--import', reportCpu, cliPath, 'check', '--root', dir];
  args.push('--registry', 'examples/registry.yml', '--no-scan', '--now', '2026-11-29');
  args.push('--format', 'json');
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`check exited ${run.status}: ${run.stderr.split('\n')[0]}`);
  }
  const cpu = Number(new RegExp(`${CPU_MARK} ([0-9.]+)`).exec(run.stderr)?.[1] ?? NaN);
  const findings = JSON.parse(run.stdout).findings.length;
  return { ms, cpu, findings };
}

/** Median wall time of `runs` checks, alternated with the baseline so load drift hits both. */
export async function benchLoad({ cliPath = path.join(root, 'dist/cli/index.js') } = {}) {
  const baseline = prepare('baseline');
  const rows = [];
  for (const name of ['unknown-keys-1mib', 'alias-1000x99']) {
    const shape = prepare(name);
    timeCheck(cliPath, shape.dir); // warm the file cache
    const subject = [];
    const subjectCpu = [];
    const reference = [];
    const referenceCpu = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const run = timeCheck(cliPath, shape.dir);
      subject.push(run.ms);
      subjectCpu.push(run.cpu);
      findings = run.findings;
      const base = timeCheck(cliPath, baseline.dir);
      reference.push(base.ms);
      referenceCpu.push(base.cpu);
    }
    const ms = median(subject);
    const base = median(reference);
    const cpu = median(subjectCpu);
    const baseCpu = median(referenceCpu);
    const loading = Math.max(0, ms - base);
    const mb = shape.bytes / 1e6;
    rows.push({
      name: `check, manifest ${name} (${(shape.bytes / 1024).toFixed(1)} KiB, ${findings} findings)`,
      value:
        `${ms.toFixed(0)} ms wall (${cpu.toFixed(0)} ms CPU); ` +
        `loading ${loading.toFixed(0)} ms = ${(loading / mb).toFixed(0)} ms/MB`,
      reference: `valid manifest: ${base.toFixed(0)} ms wall (${baseCpu.toFixed(0)} ms CPU)`,
      ratio: ms / base,
      goal: name === 'unknown-keys-1mib' ? 'loading < 1000 ms' : 'findings ≤ 1001',
      met: name === 'unknown-keys-1mib' ? loading < 1000 : findings <= 1001,
    });
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const row of await benchLoad()) {
    console.log(`${row.name}\n  ${row.value}\n  ${row.reference}; goal: ${row.goal}`);
  }
}
