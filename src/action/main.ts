// The action's flow, and nothing else: gather the inputs, call the engine, hand the result to
// the sinks (log, annotations, outputs and files, job summary, check run, PR comment).
import { EOL } from 'node:os';
import * as core from '@actions/core';
import { GateError } from '../errors.js';
import { runGate } from '../gate.js';
import type { GateResult } from '../model.js';
import { safeLogLine } from '../report/escape.js';
import type { FetchedRegistry } from '../sources/registry.js';
import { emitAnnotations, planAnnotations, type AnnotationPlan } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import { confine, realWorkspace } from './confine.js';
import { isDebug, readContext, type ActionContext } from './context.js';
import { GitHubApi } from './github-api.js';
import { readInputs, type ActionInputs, type Env } from './inputs.js';
import { couldNotEvaluate, decisionLine, findingLine, stackLines } from './log.js';
import {
  appendHistory,
  buildGateRecord,
  outputValues,
  writeFiles,
  type FileTargets,
} from './outputs.js';
import { upsertStickyComment } from './pr-comment.js';
import { resolveRegistry } from './registry-source.js';
import { summaryMarkdown, writeSummary } from './summary.js';

/** Exit code of a gate that could not evaluate (SPEC 6): never a pass. */
export const COULD_NOT_EVALUATE = 2;

export async function run(env: Env = process.env): Promise<void> {
  try {
    const inputs = readInputs(env);
    if (inputs.token !== '') core.setSecret(inputs.token);
    const context = readContext(env);
    const { result, targets, registry } = await evaluate(inputs, context);
    await deliver(result, inputs, context, targets, registry, env);
  } catch (error) {
    const { sentence, details } = couldNotEvaluate(error);
    for (const line of details) core.info(line);
    if (isDebug(env) && !(error instanceof GateError)) {
      for (const line of stackLines(error)) core.info(line);
    }
    core.setFailed(sentence);
    process.exitCode = COULD_NOT_EVALUATE;
  }
}

async function evaluate(inputs: ActionInputs, context: ActionContext) {
  const workspace = await realWorkspace(context.workspace);
  const root = await confine(workspace, '.', 'scan root');
  const manifestPath = await confine(workspace, inputs.manifest, 'manifest');
  const targets: FileTargets = {
    sarif: {
      path: await confine(workspace, inputs.sarifFile, 'sarif-file'),
      input: inputs.sarifFile,
    },
    record: {
      path: await confine(workspace, inputs.recordFile, 'record-file'),
      input: inputs.recordFile,
    },
  };
  const resolved = await resolveRegistry({
    source: inputs.registry,
    workspace,
    context,
    token: inputs.token,
    ...(inputs.registrySha256 ? { pin: inputs.registrySha256 } : {}),
  });
  core.info(safeLogLine(`Registry: ${resolved.registry.file} (${resolved.origin}).`));
  const result = await runGate({
    root,
    manifestPath,
    registry: resolved.registry,
    scan: inputs.scan,
    scanExclude: inputs.scanExclude,
    now: inputs.now,
    failOn: inputs.failOn,
    ...(context.repository ? { repository: context.repository } : {}),
    ...(resolved.registryChanged ? { registryChanged: resolved.registryChanged } : {}),
  });
  return { result, targets, registry: resolved.registry };
}

async function deliver(
  result: GateResult,
  inputs: ActionInputs,
  context: ActionContext,
  targets: FileTargets,
  registry: FetchedRegistry,
  env: Env,
): Promise<void> {
  const failing = result.report.decision === 'fail';
  for (const finding of result.report.findings) core.info(findingLine(finding));

  let plan: AnnotationPlan | undefined;
  if (inputs.annotations) {
    // core.setFailed below makes an error annotation of its own: keep a slot for it.
    plan = planAnnotations(result.report.findings, undefined, { error: failing ? 1 : 0 });
    emitAnnotations(plan, (line) => process.stdout.write(`${line}${EOL}`));
    if (plan.notAnnotated > 0) {
      core.info(
        `${plan.notAnnotated} of ${result.report.findings.length} findings are not annotated ` +
          '(GitHub keeps 10 per kind and step); the job summary lists all of them.',
      );
    }
  }

  let record = buildGateRecord(result, registry, env);
  if (inputs.historyBranch !== undefined) {
    const appended = await appendHistory({
      apiUrl: context.apiUrl,
      token: inputs.token,
      repository: context.repository,
      branch: inputs.historyBranch,
      record,
    });
    if (appended.ok) {
      record = appended.record;
      core.info(safeLogLine(`Gate record appended to history.jsonl on ${inputs.historyBranch}.`));
    } else {
      core.warning(
        safeLogLine(`The gate record was not added to the history branch: ${appended.reason}`),
      );
    }
  }
  await writeFiles(result, record, targets, env);
  for (const [name, value] of Object.entries(outputValues(result, record, targets))) {
    core.setOutput(name, value);
  }

  const api = new GitHubApi(context.apiUrl, inputs.token);
  await softly('The job summary', async () => {
    if (inputs.summary)
      await writeSummary(summaryMarkdown(result, plan ? plan.notAnnotated : null), env);
  });
  await softly('The check run', async () => {
    if (!plan || inputs.token === '' || !context.repository || !context.headSha) return;
    const outcome = await publishCheckRun({
      api,
      repository: context.repository,
      headSha: context.headSha,
      result,
      annotations: plan.all,
    });
    core.info(
      safeLogLine(
        outcome.published
          ? `Check run ai-vendor-gate published with ${outcome.annotations} annotations.`
          : `No check run: ${outcome.reason}.`,
      ),
    );
  });
  await softly('The pull request comment', async () => {
    if (inputs.prComment === 'never' || !context.pullRequest || !context.repository) return;
    const outcome = await upsertStickyComment({
      api,
      repository: context.repository,
      pullNumber: context.pullRequest.number,
      mode: inputs.prComment,
      result,
      fromFork: context.pullRequest.fromFork,
    });
    if (outcome.action === 'warning') core.warning(safeLogLine(outcome.reason));
    else if (outcome.action === 'skipped')
      core.info(safeLogLine(`No PR comment: ${outcome.reason}.`));
    else core.info(`PR comment ${outcome.action} (id ${outcome.id}).`);
  });

  const decision = decisionLine(result);
  if (failing) core.setFailed(decision);
  else core.info(decision);
}

/** A sink that must not decide the gate: its failure is a warning. */
async function softly(what: string, sink: () => Promise<void>): Promise<void> {
  try {
    await sink();
  } catch (error) {
    core.warning(safeLogLine(`${what} could not be written: ${(error as Error).message}`));
  }
}
