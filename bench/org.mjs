// `org sweep` at organization scale: the bundled CLI against the local GitHub fake serving
// 1,000 generated repositories (paginated listing, tarballs behind a redirect, a primary rate
// limit, a secondary one with `retry-after` and a 429 in the middle). Prints repositories per
// second, the sweep's peak memory (goal: under 512 MiB), and whether 1 shard and 8 shards give
// the same report. Standalone: `node bench/org.mjs` (after `npm run build`); `benchOrg()` returns
// rows for bench/run.mjs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli/index.js');
const REPOSITORIES = Number(process.env.BENCH_ORG_REPOSITORIES ?? 1000);
const CONCURRENCY = String(process.env.BENCH_ORG_CONCURRENCY ?? 8);
const NOW = '2026-11-29';
const MIB = 1024 * 1024;

/** Peak resident memory of a child, from /proc (Linux), sampled until it exits. */
function run(args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    let peak = 0;
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
      } catch {
        // exited between samples
      }
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ code, stdout, stderr, seconds, peak });
    });
  });
}

export async function benchOrg() {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run build first.');
  const unregister = register();
  const { FakeGitHub } = await import('../test/support/fake-github.ts');
  const { generatedFiles, REGISTRY } = await import('../test/support/org-fixture.ts');
  unregister();
  const dir = await mkdtemp(path.join(tmpdir(), 'avg-bench-org-'));
  const fake = new FakeGitHub();
  await fake.start();
  try {
    for (let i = 0; i < REPOSITORIES; i++) {
      fake.addRepo(`bench/repo-${String(i).padStart(5, '0')}`, {
        files: generatedFiles(i),
        archived: i % 97 === 96,
      });
    }
    const live = [...fake.repos.values()].filter((r) => !r.archived).length;
    fake.failAt(3, 'rate-limit');
    fake.failAt(Math.floor(REPOSITORIES / 3), 'secondary-rate-limit');
    fake.failAt(Math.floor(REPOSITORIES / 2), 'too-many-requests');
    const env = fake.env();
    const base = ['org', 'sweep', '--org', 'bench', '--registry', REGISTRY, '--now', NOW];
    const whole = path.join(dir, 'whole.json');
    const single = await run([...base, '--concurrency', CONCURRENCY, '--output', whole], env);
    if (single.code !== 0) throw new Error(`the sweep failed: ${single.stderr}`);
    const inventory = JSON.parse(await readFile(whole, 'utf8'));
    const swept = inventory.repositories.length;

    const shardFiles = [];
    let shardSeconds = 0;
    let shardPeak = 0;
    for (let i = 1; i <= 8; i++) {
      const file = path.join(dir, `shard-${i}.json`);
      const shard = await run(
        [...base, '--shard', `${i}/8`, '--concurrency', CONCURRENCY, '--output', file],
        env,
      );
      if (shard.code !== 0) throw new Error(`shard ${i}/8 failed: ${shard.stderr}`);
      shardSeconds = Math.max(shardSeconds, shard.seconds);
      shardPeak = Math.max(shardPeak, shard.peak);
      shardFiles.push(file);
    }
    const one = await run(['org', 'report', whole, '--format', 'json'], {});
    const eight = await run(['org', 'report', ...shardFiles, '--format', 'json'], {});
    const html = await run(['org', 'report', ...shardFiles, '--format', 'html'], {});
    const same = one.code === 0 && eight.code === 0 && one.stdout === eight.stdout;
    const rows = [
      {
        name: `org sweep: ${live} repositories (of ${REPOSITORIES}, archived skipped), concurrency ${CONCURRENCY}`,
        value: `${(swept / single.seconds).toFixed(1)} repositories/s`,
        note: `${single.seconds.toFixed(1)} s; ${swept === live ? 'none lost' : `${live - swept} LOST`}; ${inventory.repositories.filter((r) => r.decision === 'error').length} errors`,
      },
      {
        name: 'org sweep: peak memory (goal < 512 MiB)',
        value: `${(single.peak / MIB).toFixed(0)} MiB`,
        note: single.peak < 512 * MIB ? 'within the goal' : 'OVER THE GOAL',
      },
      {
        name: 'org sweep: slowest of 8 shards (run one after another here)',
        value: `${shardSeconds.toFixed(1)} s`,
        note: `peak ${(shardPeak / MIB).toFixed(0)} MiB`,
      },
      {
        name: 'org report: 1 shard and 8 shards give the same report',
        value: same ? 'same' : 'DIFFERENT',
        note: `${one.stdout.length} bytes of JSON; HTML page ${html.stdout.length} bytes`,
      },
    ];
    if (swept !== live || !same) process.exitCode = 1;
    if (!same) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(path.join(tmpdir(), 'avg-bench-org-one.json'), one.stdout);
      await writeFile(path.join(tmpdir(), 'avg-bench-org-eight.json'), eight.stdout + eight.stderr);
    }
    return rows;
  } finally {
    await fake.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const rows = await benchOrg();
  for (const row of rows) console.log(`${row.name}\n  ${row.value}  (${row.note})`);
}
