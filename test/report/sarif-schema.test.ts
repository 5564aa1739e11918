// SARIF validated against the OASIS SARIF 2.1.0 JSON schemas kept in test/fixtures: the committee
// specification's (draft-07) and the errata 01 one that Microsoft's SARIF multitool uses (draft-04,
// read here as draft-07: it uses no keyword whose meaning changed). Every example, the golden
// fixture, the could-not-evaluate run and a run over the results cap; plus what code scanning
// reads beyond the schema: rule metadata, categories, repo-relative paths.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/gate.js';
import type { Finding, GateResult } from '../../src/model.js';
import {
  MAX_SARIF_RESULTS,
  REPOSITORY_URL,
  renderErrorSarif,
  renderSarif,
} from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/table.js';
import { fixture, HOSTILE } from './fixture.js';
import { commandLines } from './golden.js';

const readSchema = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
const errata = readSchema('sarif-schema-2.1.0-errata01.json');
expect(errata.$schema).toBe('http://json-schema.org/draft-04/schema#');
const { id: errataId, ...errataRest } = errata;
const validators = [
  readSchema('sarif-schema-2.1.0.json'),
  { ...errataRest, $schema: 'http://json-schema.org/draft-07/schema#', $id: errataId },
].map((schema) => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
});

function expectValid(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  for (const validate of validators) {
    const ok = validate(log);
    expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([]);
  }
  expect(commandLines(text)).toEqual([]);
  return log;
}

const EXAMPLES = ['compliant-service', 'iso-business-unit', 'support-bot'];

async function example(name: string): Promise<GateResult> {
  const registryFile = path.resolve('examples/registry.yml');
  return runGate({
    root: path.resolve('examples', name),
    manifestPath: '.github/ai-vendors.yml',
    registry: {
      source: registryFile,
      file: registryFile,
      bytes: new Uint8Array(await readFile(registryFile)),
    },
    scan: true,
    now: '2026-11-29',
    failOn: 'error',
  });
}

describe('SARIF against the OASIS 2.1.0 schema', () => {
  for (const name of EXAMPLES) {
    it(`the ${name} example is valid, with repo-relative URIs only`, async () => {
      const log = expectValid(renderSarif(await example(name)));
      const run = log.runs[0];
      for (const result of run.results ?? []) {
        const uri = result.locations?.[0].physicalLocation?.artifactLocation?.uri ?? '';
        expect(uri).not.toMatch(/^\/|^[a-z]+:|\\|(^|\/)\.\.?\//i);
        // No absolute path of this machine in any message (the registry is given absolute here).
        expect(result.message.text).not.toContain(path.resolve('examples'));
      }
    });
  }

  it('the validators reject what the schemas forbid', () => {
    for (const mutate of [
      (log: Sarif.Log) => void ((log.runs[0].results![0] as { level: string }).level = 'fatal'),
      (log: Sarif.Log) => void ((log.runs[0] as { extra?: boolean }).extra = true),
      (log: Sarif.Log) =>
        void (log.runs[0].results![0].locations![0].physicalLocation!.region!.startLine = 0),
    ]) {
      const log = JSON.parse(renderSarif(fixture())) as Sarif.Log;
      mutate(log);
      for (const validate of validators) expect(validate(log)).toBe(false);
    }
  });

  it('the golden fixture, hostile strings included, is valid', () => {
    const text = renderSarif(fixture());
    expectValid(text);
    expect(JSON.parse(text).runs[0].results[3].message.text).toContain('##[error]boom');
  });

  it('the could-not-evaluate run is valid and says it did not succeed', () => {
    const text = renderErrorSarif(`The registry is invalid: ${HOSTILE}`, {
      category: 'ai-vendor-gate/ci/gate',
      version: '0.1.0',
    });
    const run = expectValid(text).runs[0];
    expect(run.results).toEqual([]);
    expect(run.automationDetails?.id).toBe('ai-vendor-gate/ci/gate/');
    const invocation = run.invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(false);
    expect(invocation?.exitCode).toBe(2);
    const notification = invocation?.toolExecutionNotifications?.[0];
    expect(notification?.level).toBe('error');
    expect(notification?.message.text).toMatch(/^The registry is invalid: Evil ::error::pwned/);
    expect(notification?.message.text).not.toContain('\n');
    expect(text).toContain('\\u003a:error\\u003a:pwned');
    expect(run.tool.driver.rules?.length).toBe(RULES.length);
  });
});

describe('SARIF rules and runs', () => {
  it('rules carry security-severity, precision, tags, help and a helpUri into docs/rules.md', () => {
    const rules = (JSON.parse(renderSarif(fixture())) as Sarif.Log).runs[0].tool.driver.rules!;
    expect(rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of rules) {
      expect(rule.helpUri).toBe(`${REPOSITORY_URL}/blob/main/docs/rules.md#${rule.id}`);
      expect(Number(rule.properties?.['security-severity'])).toBeGreaterThanOrEqual(0);
      expect(Number(rule.properties?.['security-severity'])).toBeLessThanOrEqual(10);
      expect(['very-high', 'high', 'medium', 'low']).toContain(rule.properties?.precision);
      expect(rule.properties?.tags).toContain('security');
      expect(rule.help?.text.trim()).not.toBe('');
      expect(rule.help?.markdown?.trim()).not.toBe('');
      expect(rule.help?.text).not.toContain('`');
    }
  });

  it('every helpUri anchor is a heading of docs/rules.md', () => {
    const headings = new Set(
      readFileSync('docs/rules.md', 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('## '))
        .map((line) => line.slice(3).trim()),
    );
    for (const rule of RULES) expect(headings, rule.id).toContain(rule.id);
  });

  it('takes the category from the caller, else one per manifest path', () => {
    const id = (category?: string) =>
      (JSON.parse(renderSarif(fixture(), { category })) as Sarif.Log).runs[0].automationDetails?.id;
    expect(id()).toBe('ai-vendor-gate/.github/ai-vendors.yml/');
    expect(id('ai-vendor-gate/ci/gate/services-a')).toBe('ai-vendor-gate/ci/gate/services-a/');
    expect(id('x/')).toBe('x/');
  });

  it('names a registry outside the repository without the absolute path of this machine', () => {
    const result = fixture();
    const finding = result.report.findings[6];
    finding.location!.file = '/home/runner/secret/policy/registry.yml';
    finding.message = 'The attestation in /home/runner/secret/policy/registry.yml expired.';
    result.report.inputs.registry.source = '../policy/registry.yml';
    const text = renderSarif(result);
    expect(text).not.toContain('/home/runner');
    const message = (JSON.parse(text) as Sarif.Log).runs[0].results![6].message.text;
    expect(message).toBe(
      'The attestation in ../policy/registry.yml expired. (at ../policy/registry.yml:40:7)',
    );
    result.report.inputs.registry.source = '/home/runner/secret/policy/registry.yml';
    expect(renderSarif(result)).not.toContain('/home/runner');
  });

  it(`keeps at most ${MAX_SARIF_RESULTS} results, the most severe, and says how many it left out`, () => {
    const result = fixture();
    const [warning, error] = result.report.findings;
    const many: Finding[] = [];
    for (let i = 0; i < MAX_SARIF_RESULTS + 500; i++) {
      const base = i % 2 === 0 ? warning : error;
      many.push({ ...base, message: `${base.message} #${i}` });
    }
    result.report.findings = many;
    const text = renderSarif(result);
    const run = expectValid(text).runs[0];
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    const errors = run.results!.filter((r) => r.level === 'error').length;
    expect(errors).toBe((MAX_SARIF_RESULTS + 500) / 2);
    expect(run.properties?.resultsOmitted).toBe(500);
    const note = run.invocations?.[0].toolExecutionNotifications?.[0];
    expect(note?.message.text).toMatch(/^500 of 25500 findings are not in this file/);
    // Fingerprints do not depend on the cap.
    const hashes = new Set(run.results!.map((r) => r.partialFingerprints?.primaryLocationLineHash));
    expect(hashes.size).toBe(MAX_SARIF_RESULTS);
  }, 60_000);
});
