// The action's flow, and nothing else: gather the inputs, call the engine, hand the result to
// the sinks (log, annotations, outputs and files, job summary, check run, PR comment). When the
// gate cannot evaluate (exit 2) the failure is as visible as a result: the log, the summary, a
// SARIF file that says the run did not succeed, and `decision=error`.
import { EOL } from 'node:os';
import { core } from './toolkit.js';
import { GateError } from '../errors.js';
import { runGate, TOOL } from '../gate.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import type { Finding, GateResult } from '../model.js';
import { safeLogLine } from '../report/escape.js';
import type { MarkdownContext } from '../report/markdown.js';
import { renderErrorSarif } from '../report/sarif.js';
import type { FetchedRegistry } from '../sources/registry.js';
import { emitAnnotations, planAnnotations, type AnnotationPlan } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import { confine, confineOutput, realWorkspace } from './confine.js';
import { isDebug, readContext, type ActionContext } from './context.js';
import { readInputs, type ActionInputs, type Env } from './inputs.js';
import { couldNotEvaluate, decisionLine, findingLine, stackLines } from './log.js';
import {
  appendHistory,
  buildGateRecord,
  outputValues,
  sarifCategory,
  write,
  writeFiles,
  type FileTargets,
} from './outputs.js';
import { upsertStickyComment } from './pr-comment.js';
import { resolveRegistry } from './registry-source.js';
import { errorSummaryMarkdown, summaryMarkdown, writeSummary } from './summary.js';

/** Exit code of a gate that could not evaluate (SPEC 6): never a pass. */
export const COULD_NOT_EVALUATE = 2;

/** What is known so far, for the exit-2 report when a later step throws. */
interface Progress {
  inputs?: ActionInputs;
  context?: ActionContext;
}

export async function run(env: Env = process.env): Promise<void> {
  const progress: Progress = {};
  try {
    const inputs = readInputs(env);
    progress.inputs = inputs;
    if (inputs.token !== '') core.setSecret(inputs.token);
    const context = readContext(env);
    progress.context = context;
    const client = createGitHubClient({
      apiUrl: context.apiUrl,
      token: inputs.token,
      onWait: (message) => core.info(safeLogLine(message)),
    });
    const { result, targets, registry } = await evaluate(inputs, context, client);
    await deliver({ result, inputs, context, targets, registry, env, client });
  } catch (error) {
    await reportCouldNotEvaluate(error, progress, env);
  }
}

async function evaluate(inputs: ActionInputs, context: ActionContext, client: GitHubClient) {
  const workspace = await realWorkspace(context.workspace);
  const root = await confine(workspace, '.', 'scan root');
  const manifestPath = await confine(workspace, inputs.manifest, 'manifest');
  const targets: FileTargets = {
    sarif: {
      path: await confineOutput(workspace, inputs.sarifFile, 'sarif-file'),
      input: inputs.sarifFile,
    },
    record: {
      path: await confineOutput(workspace, inputs.recordFile, 'record-file'),
      input: inputs.recordFile,
    },
  };
  const resolved = await resolveRegistry({
    source: inputs.registry,
    workspace,
    context,
    token: inputs.token,
    client,
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
    // What this run writes is never evidence for this or a later run.
    outputFiles: [targets.sarif.path, targets.record.path],
    ...(context.repository ? { repository: context.repository } : {}),
    ...(resolved.registryChanged ? { registryChanged: resolved.registryChanged } : {}),
  });
  return { result, targets, registry: resolved.registry };
}

interface Delivery {
  result: GateResult;
  inputs: ActionInputs;
  context: ActionContext;
  targets: FileTargets;
  registry: FetchedRegistry;
  env: Env;
  client: GitHubClient;
}

async function deliver(delivery: Delivery): Promise<void> {
  const { result, inputs, context, targets, registry, env, client } = delivery;
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
      client,
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
  await writeFiles(result, record, targets, sarifCategory(inputs, env));
  for (const [name, value] of Object.entries(outputValues(result, record, targets))) {
    core.setOutput(name, value);
  }
  core.info(`Gate record SHA-256 (history head): ${record.sha256}.`);

  const links = linkContext(context, env);
  await softly('The job summary', async () => {
    if (!inputs.summary) return;
    const notAnnotated: Finding[] | null = plan ? notAnnotatedFindings(plan) : null;
    await writeSummary(
      summaryMarkdown(result, { notAnnotated, links, recordSha256: record.sha256 }),
      env,
    );
  });
  await softly('The check run', async () => {
    if (!plan || inputs.token === '' || !context.repository || !context.headSha) return;
    const outcome = await publishCheckRun({
      client,
      repository: context.repository,
      headSha: context.headSha,
      result,
      annotations: plan.all,
      links,
      recordSha256: record.sha256,
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
      client,
      repository: context.repository,
      pullNumber: context.pullRequest.number,
      mode: inputs.prComment,
      result,
      fromFork: context.pullRequest.fromFork,
      links,
      recordSha256: record.sha256,
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

/**
 * Exit 2, visibly: the reason in the log (one sentence, details after it), the job summary, a
 * SARIF file whose invocation did not succeed, and `decision=error`. Each sink is best effort;
 * the step fails whatever they do.
 */
async function reportCouldNotEvaluate(error: unknown, progress: Progress, env: Env) {
  const { sentence, details } = couldNotEvaluate(error);
  for (const line of details) core.info(line);
  if (isDebug(env) && !(error instanceof GateError)) {
    for (const line of stackLines(error)) core.info(line);
  }
  const { inputs, context } = progress;
  core.setOutput('decision', 'error');
  await softly('The job summary', async () => {
    if (inputs?.summary === false) return;
    await writeSummary(errorSummaryMarkdown(sentence, details), env);
  });
  await softly('The SARIF file', async () => {
    if (!inputs || !context) return;
    // Only where a confined path is known: an error about the workspace writes nothing.
    const workspace = await realWorkspace(context.workspace);
    const target = {
      path: await confineOutput(workspace, inputs.sarifFile, 'sarif-file'),
      input: inputs.sarifFile,
    };
    const sarif = renderErrorSarif(sentence, {
      category: sarifCategory(inputs, env),
      manifestPath: inputs.manifest,
      version: TOOL.version,
    });
    await write(target, sarif, 'SARIF');
    core.setOutput('sarif-file', inputs.sarifFile);
  });
  core.setFailed(sentence);
  process.exitCode = COULD_NOT_EVALUATE;
}

/** Links to files at the checked-out commit: only the runner's own, validated values. */
function linkContext(context: ActionContext, env: Env): MarkdownContext {
  return {
    ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
    ...(context.repository ? { repository: context.repository } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
  };
}

function notAnnotatedFindings(plan: AnnotationPlan): Finding[] {
  const shown = new Set(plan.shown.map((annotation) => annotation.finding));
  return plan.all.map((annotation) => annotation.finding).filter((f) => !shown.has(f));
}

/** A sink that must not decide the gate: its failure is a warning. */
async function softly(what: string, sink: () => Promise<void>): Promise<void> {
  try {
    await sink();
  } catch (error) {
    const reason = error instanceof GateError ? error.message : (error as Error).message;
    core.warning(safeLogLine(`${what} could not be written: ${reason}`));
  }
}
