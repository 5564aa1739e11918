// Workflows and actions: steps that `uses:` a vendor's action (kind `workflow`, spanning the
// `uses:` value). Read in `.github/workflows/*.yml|yaml` (steps, and jobs that call a reusable
// workflow) and in any `action.yml|yaml` (a composite action's `runs.steps`), wherever it lies:
// its context says what it is. A `uses:` given through a YAML alias is resolved. The step's
// `with:` inputs can route the action to another vendor (claude-code-action with
// `use_bedrock: true` sends data to Amazon Bedrock).
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type YAMLMap,
} from 'yaml';
import type { Evidence } from '../model.js';
import type { Catalog } from './catalog.js';

/** Aliases resolved per file at most this many times: a billion-laughs file stays cheap. */
const MAX_ALIAS_RESOLUTIONS = 10_000;

export function readWorkflow(file: string, text: string, catalog: Catalog): Evidence[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    uniqueKeys: false,
    // Nothing of the library's may reach stderr or process warnings.
    logLevel: 'silent',
  }) as Document;
  if (doc.errors.length > 0) return [];
  let resolutions = 0;
  /** The node itself, or the node an alias stands for. */
  const deref = (node: unknown): unknown => {
    if (!isAlias(node)) return node;
    if (++resolutions > MAX_ALIAS_RESOLUTIONS) return undefined;
    return node.resolve(doc) ?? undefined;
  };
  const get = (node: unknown, key: string): unknown => {
    const map = deref(node);
    if (!isMap(map)) return undefined;
    const pair = (map as YAMLMap<unknown, unknown>).items.find(
      (p) => isScalar(p.key) && p.key.value === key,
    );
    return pair ? deref(pair.value) : undefined;
  };
  const out: Evidence[] = [];
  /** A node that says `uses: owner/name…`, with the inputs beside it. */
  const visitUses = (holder: unknown) => {
    const uses = get(holder, 'uses');
    if (!isScalar(uses) || typeof uses.value !== 'string') return;
    const value = uses.value.trim();
    if (value.startsWith('./') || value.startsWith('docker://')) return;
    const action = value.replace(/@.*$/, '').split('/').slice(0, 2).join('/');
    const inputs: Record<string, unknown> = {};
    const withNode = get(holder, 'with');
    if (isMap(withNode)) {
      for (const input of (withNode as YAMLMap<unknown, unknown>).items) {
        const inputValue = deref(input.value);
        if (isScalar(input.key) && isScalar(inputValue)) {
          inputs[String(input.key.value)] = inputValue.value;
        }
      }
    }
    // The span of the value as written (an alias's target is where the text is).
    const [start, end] = uses.range ?? [0, 0];
    const from = counter.linePos(start);
    const to = counter.linePos(end);
    const sameLine = to.line === from.line;
    for (const vendor of catalog.actionVendors(action, inputs)) {
      out.push({
        vendor,
        kind: 'workflow',
        name: action,
        file,
        line: from.line,
        column: from.col,
        endColumn: sameLine ? to.col : from.col + value.length,
        direct: true,
        context: 'ci',
      });
    }
  };
  const visitSteps = (steps: unknown) => {
    if (!isSeq(steps)) return;
    for (const step of steps.items) visitUses(step);
  };
  const jobs = get(doc.contents, 'jobs');
  if (isMap(jobs)) {
    for (const job of (jobs as YAMLMap<unknown, unknown>).items) {
      visitUses(job.value); // a job that calls a reusable workflow
      visitSteps(get(job.value, 'steps'));
    }
  }
  visitSteps(get(get(doc.contents, 'runs'), 'steps')); // a composite action
  return out;
}
