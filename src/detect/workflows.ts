// Workflows: `.github/workflows/*.yml|yaml` steps that `uses:` a vendor's action (kind
// `workflow`, at the line of `uses:`). The step's `with:` inputs can route the action to another
// vendor (claude-code-action with `use_bedrock: true` sends data to Amazon Bedrock).
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import type { Evidence } from '../model.js';
import type { Catalog } from './catalog.js';

export function isWorkflowFile(file: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file);
}

function get(node: unknown, key: string): unknown {
  return isMap(node) ? (node as YAMLMap<unknown, unknown>).get(key, true) : undefined;
}

export function readWorkflow(file: string, text: string, catalog: Catalog): Evidence[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  if (doc.errors.length > 0) return [];
  const jobs = get(doc.contents, 'jobs');
  if (!isMap(jobs)) return [];
  const out: Evidence[] = [];
  for (const job of (jobs as YAMLMap<unknown, unknown>).items) {
    const steps = get(job.value, 'steps');
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const pair = (step as YAMLMap<unknown, unknown>).items.find(
        (p) => isScalar(p.key) && p.key.value === 'uses',
      );
      if (!pair || !isScalar(pair.value) || typeof pair.value.value !== 'string') continue;
      const uses = pair.value.value.trim();
      if (uses.startsWith('./') || uses.startsWith('docker://')) continue;
      const action = uses.replace(/@.*$/, '').split('/').slice(0, 2).join('/');
      const withNode = get(step, 'with');
      const inputs: Record<string, unknown> = {};
      if (isMap(withNode)) {
        for (const input of (withNode as YAMLMap<unknown, unknown>).items) {
          if (isScalar(input.key) && isScalar(input.value)) {
            inputs[String(input.key.value)] = input.value.value;
          }
        }
      }
      const key = pair.key as { range?: [number, number, number] } | null;
      const line = counter.linePos(key?.range?.[0] ?? 0).line;
      for (const vendor of catalog.actionVendors(action, inputs)) {
        out.push({ vendor, kind: 'workflow', name: action, file, line, direct: true });
      }
    }
  }
  return out;
}
