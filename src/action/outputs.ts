// The step's outputs and files: decision and counts, the findings as JSON, the SARIF file for
// code scanning, the gate record (canonical JSON, SPEC 8), and optionally the record appended to
// the history branch.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GateError } from '../errors.js';
import { appendToHistoryBranch } from '../history/branch.js';
import { serializeRecord, type GateRecord } from '../history/record.js';
import { recordForRun } from '../history/run-record.js';
import type { GateResult } from '../model.js';
import { findingJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import type { FetchedRegistry } from '../sources/registry.js';
import type { Env } from './inputs.js';

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

/** `runAutomationDetails.id`: one category per workflow and job, so uploads do not overwrite. */
export function automationId(env: Env): string {
  const part = (value: string | undefined) => (value ?? '').replace(/[^A-Za-z0-9._-]+/g, '-');
  const workflow = part(env.GITHUB_WORKFLOW);
  const job = part(env.GITHUB_JOB);
  return ['ai-vendor-gate', workflow, job].filter((p) => p !== '').join('/') + '/';
}

export async function writeFiles(
  result: GateResult,
  record: GateRecord,
  targets: FileTargets,
  env: Env,
): Promise<void> {
  await write(targets.sarif, renderSarif(result, { automationId: automationId(env) }), 'SARIF');
  await write(targets.record, `${serializeRecord(record)}\n`, 'gate record');
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
    findings: JSON.stringify(report.findings.map(findingJson)),
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
      ...(request.fetchImpl ? { fetchImpl: request.fetchImpl } : {}),
    });
    return appended.ok
      ? { ok: true, record: appended.record, attempts: appended.attempts }
      : { ok: false, reason: appended.reason };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

async function write(target: { path: string; input: string }, text: string, what: string) {
  try {
    await mkdir(path.dirname(target.path), { recursive: true });
    await writeFile(target.path, text);
  } catch {
    throw new GateError(`The ${what} could not be written to ${target.input}.`);
  }
}
