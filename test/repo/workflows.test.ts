// The repository's own workflows, the example workflows users copy, and action.yml are checked
// with GitHub's own parser, so a typo in a key or an expression is a failing test, not a red
// run after release.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const yamlIn = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${dir}/${name}`);

const workflows = [...yamlIn('.github/workflows'), ...yamlIn('examples/workflows')];

describe('workflows', () => {
  it('finds the CI, check-dist and self-test workflows', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/self-test.yml',
      ]),
    );
  });

  it.each(workflows)('%s is a valid workflow', async (file) => {
    const content = readFileSync(path.join(root, file), 'utf8');
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect((template.errors ?? []).map((e) => e.Message)).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it('the self-test runs this checkout as an action on the examples', () => {
    const content = readFileSync(path.join(root, '.github/workflows/self-test.yml'), 'utf8');
    expect(content).toMatch(/uses: \.\/\n/);
    expect(content).toContain('examples/registry.yml');
  });

  it('every `with:` given to this action names one of its inputs', () => {
    const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const known = new Set(Object.keys(action.inputs));
    const given: string[] = [];
    for (const file of workflows) {
      const doc = parse(readFileSync(path.join(root, file), 'utf8')) as {
        jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      for (const job of Object.values(doc.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.uses === './' || step.uses?.startsWith('ai-vendor-gate/ai-vendor-gate@')) {
            given.push(...Object.keys(step.with ?? {}).map((key) => `${file}: ${key}`));
          }
        }
      }
    }
    expect(given.length).toBeGreaterThan(0);
    expect(given.filter((entry) => !known.has(entry.split(': ')[1]))).toEqual([]);
  });
});

describe('action.yml', () => {
  it('is a valid action definition that runs dist/index.js on node24', () => {
    const content = readFileSync(path.join(root, 'action.yml'), 'utf8');
    const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(content).toMatch(/using: node24/);
    expect(content).toMatch(/main: dist\/index\.js/);
  });
});
