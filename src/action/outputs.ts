// The step's outputs and files: decision and counts, the findings as JSON, the SARIF file for
// code scanning, the gate record (canonical JSON, SPEC 8), and optionally the record appended to
// the history branch.
import { writeOwnFile } from '../fs/no-follow.js';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { GateError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { appendToHistoryBranch } from '../history/branch.js';
import { serializeRecord, type GateRecord } from '../history/record.js';
import { recordForRun } from '../history/run-record.js';
import type { Finding, GateResult } from '../model.js';
import { safeJson, singleLine } from '../report/escape.js';
import { bySeverity } from '../report/groups.js';
import { findingJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import type { FetchedRegistry } from '../sources/registry.js';
import type { ActionInputs, Env } from './inputs.js';

export interface OutputValues {
  decision: string;
  errors: string;
  warnings: string;
  findings: string;
  'sarif-file': string;
  'record-file': string;
  'record-sha256': string;
}

export interface FileTargets {
  /** Confined absolute paths (see confine.ts) and how the user wrote them. */
  sarif: { path: string; input: string };
  record: { path: string; input: string };
}

/** The record of this run (shared with the CLI). */
export const buildGateRecord = (
  result: GateResult,
  registry: FetchedRegistry,
  env: Env,
  clock?: () => Date,
): GateRecord => recordForRun(result, registry, env, clock);

/**
 * The SARIF category (`runAutomationDetails.id` without its last part): the `sarif-category`
 * input, else one per workflow file, job, matrix leg and manifest, so several uploads for one
 * commit never replace each other in code scanning.
 */
export function sarifCategory(
  inputs: Pick<ActionInputs, 'sarifCategory' | 'manifest' | 'matrix'>,
  env: Env,
): string {
  if (inputs.sarifCategory) return inputs.sarifCategory;
  // `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `.github/workflows/ci.yml`.
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
  const workflowFile = /^[^/]+\/[^/]+\/([^@]+)@/.exec(workflowRef)?.[1];
  const parts = [
    'ai-vendor-gate',
    `${workflowFile ?? env.GITHUB_WORKFLOW ?? ''}:${env.GITHUB_JOB ?? ''}`,
    ...Object.entries(inputs.matrix).map(([key, value]) => `${key}:${value}`),
    `manifest:${inputs.manifest}`,
  ];
  return parts
    .map((part) => singleLine(part).trim())
    .filter((part) => part !== '' && part !== ':')
    .join('/');
}

export async function writeFiles(
  result: GateResult,
  record: GateRecord,
  targets: FileTargets,
  category: string,
): Promise<void> {
  await write(targets.sarif, renderSarif(result, { category }), 'SARIF');
  await write(targets.record, `${serializeRecord(record)}\n`, 'gate record');
}

/** GitHub keeps at most 1 MB per output; the findings stay well under it. */
export const FINDINGS_OUTPUT_LIMIT_BYTES = 900 * 1024;

/**
 * The findings as compact JSON in the report's order; above `limit` bytes, most severe first and
 * cut to fit: the array
 * ends with `{ "truncated": true, "omitted": N, "message": … }`, so it stays valid JSON that says
 * how much is missing. `##[` and `::` never appear literally (see safeJson).
 */
export function findingsOutput(
  findings: readonly Finding[],
  limit = FINDINGS_OUTPUT_LIMIT_BYTES,
): string {
  const all = `[${findings.map((finding) => safeJson(findingJson(finding), 0)).join(',')}]`;
  if (Buffer.byteLength(all) <= limit) return all;
  const items = bySeverity(findings).map((finding) => safeJson(findingJson(finding), 0));
  const reserve = 256;
  let used = 2;
  let kept = 0;
  for (const item of items) {
    const size = Buffer.byteLength(item) + 1;
    if (used + size > limit - reserve) break;
    used += size;
    kept++;
  }
  const parts = items.slice(0, kept);
  const omitted = items.length - kept;
  if (omitted > 0) {
    parts.push(
      safeJson(
        {
          truncated: true,
          omitted,
          message: `${omitted} of ${items.length} findings are not listed: outputs are limited to 1 MB. The SARIF file and the job summary have all of them.`,
        },
        0,
      ),
    );
  }
  return `[${parts.join(',')}]`;
}

export function outputValues(
  result: GateResult,
  record: GateRecord,
  targets: FileTargets,
): OutputValues {
  const { report } = result;
  return {
    decision: report.decision,
    errors: String(report.summary.errors),
    warnings: String(report.summary.warnings),
    findings: findingsOutput(report.findings),
    'sarif-file': targets.sarif.input,
    'record-file': targets.record.input,
    'record-sha256': record.sha256,
  };
}

export interface HistoryRequest {
  apiUrl: string;
  token: string;
  repository: string | undefined;
  branch: string;
  record: GateRecord;
  client?: GitHubClient;
  fetchImpl?: typeof fetch;
}

/** The record chained onto the branch's history, or a reason to warn; the gate never fails on it. */
export async function appendHistory(
  request: HistoryRequest,
): Promise<{ ok: true; record: GateRecord; attempts: number } | { ok: false; reason: string }> {
  if (request.repository === undefined) {
    return { ok: false, reason: 'GITHUB_REPOSITORY is not set' };
  }
  if (request.token === '') return { ok: false, reason: 'no token was given' };
  try {
    const appended = await appendToHistoryBranch({
      apiUrl: request.apiUrl,
      token: request.token,
      repository: request.repository,
      branch: request.branch,
      record: request.record,
      ...(request.client ? { client: request.client } : {}),
      ...(request.fetchImpl ? { fetchImpl: request.fetchImpl } : {}),
    });
    return appended.ok
      ? { ok: true, record: appended.record, attempts: appended.attempts }
      : { ok: false, reason: appended.reason };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

export async function write(target: { path: string; input: string }, text: string, what: string) {
  try {
    await mkdir(path.dirname(target.path), { recursive: true });
    // O_NOFOLLOW: a link planted between the check and the write is refused, not followed.
    await writeOwnFile(target.path, text);
  } catch {
    throw new GateError(`The ${what} could not be written to ${target.input}.`);
  }
}
