#!/usr/bin/env node
// Detection measured on real repositories: runs the bundled CLI's `scan` and `check` on local
// checkouts and compares what they report with a ground truth written by reading the code
// (test/real-repos/expected.json; docs/real-repos.md says how to repeat it). No network.
//
//   node scripts/real-repos.mjs DIR...            each DIR's folder name names its entry
//   node scripts/real-repos.mjs --from FOLDER     every sub-folder named like an entry
//   options: --expected FILE  --cli FILE  --catalog FILE  --registry FILE  --json
//
// Exit 0 when every vendor the code calls is found and no vendor it does not use is an error,
// 1 when one is missed or falsely an error, 2 when the check could not run.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULTS = {
  expected: path.join(projectRoot, 'test', 'real-repos', 'expected.json'),
  cli: path.join(projectRoot, 'dist', 'cli', 'index.js'),
  catalog: path.join(projectRoot, 'src', 'detect', 'catalog.json'),
  registry: path.join(projectRoot, 'examples', 'registry.yml'),
};
// A fixed day, so the same checkouts give the same report on any day and in any time zone.
const NOW = '2026-11-29';
const EMPTY_MANIFEST = 'version: 1\nowner: real-repos\ncontact: real-repos\nvendors: []\n';

class UsageError extends Error {}

/**
 * One line for a terminal or a CI log, as src/report/escape.ts's safeLogLine makes it (this
 * script runs without a TypeScript step; a test keeps the two equal): control and bidi
 * characters become spaces, and no workflow command (`::x::`, `##[x]`) can start in it.
 */
export function safeLine(value) {
  const zwj = '\u200d';
  const leading =
    '[\\t\\v\\f \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
  const controls =
    // eslint-disable-next-line no-control-regex -- replacing control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
  return String(value)
    .replace(controls, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/##\[/g, `##${zwj}[`)
    .replace(new RegExp(`(^|[\\r\\n])(${leading}*):(?=:)`, 'g'), `$1$2:${zwj}`);
}

function parseArgs(argv) {
  const options = { ...DEFAULTS, dirs: [], from: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--from') options.from = value();
    else if (arg === '--expected') options.expected = value();
    else if (arg === '--cli') options.cli = value();
    else if (arg === '--catalog') options.catalog = value();
    else if (arg === '--registry') options.registry = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else options.dirs.push(arg);
  }
  return options;
}

function readJson(file, what) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the ${what} ${file}.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`the ${what} ${file} is not valid JSON.`);
  }
}

/** The checkouts to measure, each paired with its ground truth entry. */
function selectRepositories(options, entries) {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const dirs = [...options.dirs];
  if (options.from) {
    if (!existsSync(options.from)) throw new UsageError(`${options.from} does not exist.`);
    for (const name of readdirSync(options.from).sort()) {
      const dir = path.join(options.from, name);
      if (byName.has(name) && statSync(dir).isDirectory()) dirs.push(dir);
    }
  }
  if (dirs.length === 0)
    throw new UsageError('no checkout to measure: give DIR... or --from FOLDER.');
  return dirs.map((dir) => {
    const name = path.basename(path.resolve(dir));
    const entry = byName.get(name);
    if (!entry)
      throw new UsageError(
        `${name} has no entry in the ground truth (${[...byName.keys()].join(', ')}).`,
      );
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new UsageError(`${dir} is not a folder.`);
    return { dir: path.resolve(dir), entry };
  });
}

/** Runs the bundled CLI; its JSON report, or a plain sentence when it could not evaluate. */
function runCli(cli, args) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
  });
  if (run.error) return { error: `could not run the CLI: ${run.error.message}` };
  if (run.status === 2 || run.status === null) {
    const reason = (run.stderr || run.stdout || '').trim().split('\n')[0] || `exit ${run.status}`;
    return { error: reason };
  }
  try {
    return { report: JSON.parse(run.stdout) };
  } catch {
    return { error: 'the CLI did not print JSON' };
  }
}

/** The highest severity the check gave each vendor, and where its finding points. */
function severities(findings) {
  const rank = { note: 1, warning: 2, error: 3 };
  const byVendor = new Map();
  for (const finding of findings ?? []) {
    if (!finding.vendor) continue;
    const previous = byVendor.get(finding.vendor);
    if (!previous || rank[finding.severity] > rank[previous.severity]) {
      byVendor.set(finding.vendor, finding);
    }
  }
  return byVendor;
}

function measure({ dir, entry }, options, catalog, scratch) {
  const catalogIds = new Set(Object.keys(catalog.vendors ?? {}));
  const catalogSelfHosted = new Set(
    Object.entries(catalog.vendors ?? {})
      .filter(([, vendor]) => vendor.selfHosted)
      .map(([id]) => id),
  );
  const scan = runCli(options.cli, ['scan', '--root', dir, '--format', 'json']);
  const manifest = path.join(scratch, 'ai-vendors.yml');
  writeFileSync(manifest, EMPTY_MANIFEST);
  const check = runCli(options.cli, [
    'check',
    '--root',
    dir,
    '--registry',
    options.registry,
    '--manifest',
    manifest,
    '--now',
    NOW,
    '--fail-on',
    'never',
    '--format',
    'json',
  ]);
  const result = {
    name: entry.name,
    commit: entry.commit,
    error: scan.error ?? check.error ?? null,
  };
  if (result.error) return result;

  const scanned = new Set((scan.report.evidence ?? []).map((e) => e.vendor));
  const findings = severities(check.report.findings);
  const seen = (vendor) => scanned.has(vendor) || findings.has(vendor);
  const severity = (vendor) =>
    findings.get(vendor)?.severity ?? (scanned.has(vendor) ? 'none' : null);

  // A proposed vendor counts as soon as the catalog knows it: the check tightens by itself.
  const proposed = (entry.proposed ?? []).map((p) => p.id);
  const mustFind = [
    ...Object.keys(entry.mustFind ?? {}),
    ...proposed.filter((id) => catalogIds.has(id)),
  ].sort();
  const notCataloged = proposed.filter((id) => !catalogIds.has(id)).sort();
  const mustNotError = [
    ...Object.keys(entry.mustNotError ?? {}),
    ...Object.keys(entry.mayNote ?? {}),
  ].sort();
  const listed = new Set([
    ...mustFind,
    ...mustNotError,
    ...proposed,
    ...Object.keys(entry.hardToSee ?? {}),
    ...Object.keys(entry.either ?? {}),
  ]);

  result.found = mustFind.filter(seen).map((vendor) => {
    const finding = findings.get(vendor);
    const where = finding?.location ? `${finding.location.file}:${finding.location.line}` : null;
    return { vendor, severity: severity(vendor), where };
  });
  result.missed = mustFind.filter((vendor) => !seen(vendor));
  // Found, but the gate would let it pass undeclared: runtime use must be an error (a
  // self-hosted vendor never rises above a note, so it is exempt).
  result.belowError = result.found
    .filter((f) => f.severity !== 'error' && !catalogSelfHosted.has(f.vendor))
    .map((f) => `${f.vendor} (${f.severity})`);
  result.falseErrors = mustNotError.filter((vendor) => findings.get(vendor)?.severity === 'error');
  result.notCataloged = notCataloged;
  result.hardToSee = Object.keys(entry.hardToSee ?? {})
    .sort()
    .map((vendor) => ({ vendor, seen: seen(vendor) }));
  // Errors for vendors the ground truth does not mention: to review, not counted.
  result.unlistedErrors = [...findings.values()]
    .filter((f) => f.severity === 'error' && !listed.has(f.vendor))
    .map((f) => f.vendor)
    .sort();
  result.mustFind = mustFind.length;
  return result;
}

function printText(results, write) {
  let found = 0;
  let total = 0;
  let atError = 0;
  let falseErrors = 0;
  for (const r of results) {
    write(`${r.name} @ ${String(r.commit).slice(0, 12)}`);
    if (r.error) {
      write(`  could not evaluate: ${r.error}`);
      continue;
    }
    const fmt = (f) => `${f.vendor} (${f.severity}${f.where ? ` at ${f.where}` : ''})`;
    write(`  found ${r.found.length} of ${r.mustFind}: ${r.found.map(fmt).join(', ') || '-'}`);
    write(`  missed: ${r.missed.join(', ') || '-'}`);
    write(`  false errors: ${r.falseErrors.join(', ') || '-'}`);
    if (r.belowError.length)
      write(`  found below error (passes undeclared): ${r.belowError.join(', ')}`);
    if (r.notCataloged.length) write(`  not in the catalog yet: ${r.notCataloged.join(', ')}`);
    if (r.hardToSee.length) {
      write(
        `  hard to see (not counted): ${r.hardToSee.map((h) => `${h.vendor} ${h.seen ? 'seen' : 'unseen'}`).join(', ')}`,
      );
    }
    if (r.unlistedErrors.length)
      write(`  errors not in the ground truth (review): ${r.unlistedErrors.join(', ')}`);
    found += r.found.length;
    total += r.mustFind;
    atError += r.found.filter((f) => f.severity === 'error').length;
    falseErrors += r.falseErrors.length;
  }
  const percent = total ? Math.round((found / total) * 1000) / 10 : 100;
  write(
    `found ${found} of ${total} vendors really used (${percent}%); ${atError} of them at error`,
  );
  write(`false errors: ${falseErrors}`);
}

/** Where main writes: standard output and error by default, a collector in the tests. */
const STDIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Every line main writes, made safe here: its indentation, then the rest as one safe line. */
function lineWriter(sink) {
  return (line) => {
    const indent = /^ */.exec(line)[0];
    sink(`${indent}${safeLine(line.slice(indent.length))}\n`);
  };
}

export function main(argv, io = STDIO) {
  const write = lineWriter(io.out);
  const complain = lineWriter(io.err);
  let options;
  try {
    options = parseArgs(argv);
    if (options.help) {
      write(
        'Usage: node scripts/real-repos.mjs [--from FOLDER] [DIR...] [--expected FILE] [--cli FILE] [--json]',
      );
      return 0;
    }
    const expected = readJson(options.expected, 'ground truth');
    if (!Array.isArray(expected.repositories))
      throw new UsageError(`${options.expected} has no repositories list.`);
    if (!existsSync(options.cli))
      throw new UsageError(`${options.cli} does not exist: run npm run build first.`);
    const catalog = readJson(options.catalog, 'catalog');
    const repositories = selectRepositories(options, expected.repositories);
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'avg-real-repos-'));
    let results;
    try {
      results = repositories.map((repository) => measure(repository, options, catalog, scratch));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    // Non-ASCII as \u escapes: the JSON stays valid and one plain line whatever a path holds.
    const ascii = (text) =>
      text.replace(
        /[\u007f-\uffff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
    if (options.json) write(ascii(JSON.stringify({ now: NOW, results })));
    else printText(results, write);
    if (results.some((r) => r.error)) return 2;
    return results.some((r) => r.missed.length || r.falseErrors.length) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      complain(`real-repos: ${error.message}`);
      return 2;
    }
    complain(`real-repos: internal error: ${error?.message ?? error}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
