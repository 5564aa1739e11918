import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import catalog from '../../src/detect/catalog.json' with { type: 'json' };
import {
  catalogVendor,
  catalogVendorIds,
  starterManifest,
  summarizeVendors,
} from '../../src/detect/index.js';
import { renderScanText, scanJson } from '../../src/report/scan.js';
import type { Evidence, ScanSummary } from '../../src/model.js';

const schema = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as object;

const EVIDENCE: Evidence[] = [
  {
    vendor: 'openai',
    kind: 'env',
    name: 'OPENAI_API_KEY',
    file: 'src/models.ts',
    line: 3,
    column: 15,
    endColumn: 29,
    direct: true,
    context: 'runtime',
  },
  {
    vendor: 'anthropic',
    kind: 'dependency',
    ecosystem: 'npm',
    name: '@anthropic-ai/sdk',
    file: 'package.json',
    line: 6,
    direct: true,
    context: 'runtime',
  },
  {
    vendor: 'cohere',
    kind: 'dependency',
    ecosystem: 'npm',
    name: 'cohere-ai',
    file: 'package-lock.json',
    line: 40,
    direct: false,
    context: 'runtime',
  },
  {
    vendor: 'xai',
    kind: 'env',
    name: 'XAI_API_KEY',
    file: 'README.md',
    line: 9,
    direct: true,
    context: 'docs',
  },
];
const NONE: ScanSummary = { listing: 'git', filesRead: 4, skippedCount: 0, skippedByReason: {} };
const outcome = (evidence: Evidence[]) => ({ evidence, skipped: [], summary: NONE });

describe('catalog', () => {
  it('is valid against schemas/catalog.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema('catalog.schema.json'));
    expect(validate(catalog), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('covers every vendor of SPEC section 5, each with sources', () => {
    // SPEC section 5's list; the catalog holds more (test/detect/catalog.test.ts)
    expect(catalogVendorIds()).toEqual(
      expect.arrayContaining([
        'anthropic',
        'aws-bedrock',
        'azure-openai',
        'cohere',
        'deepseek',
        'google',
        'groq',
        'huggingface',
        'mistral',
        'ollama',
        'openai',
        'openrouter',
        'perplexity',
        'replicate',
        'together',
        'vercel-ai-gateway',
        'xai',
      ]),
    );
    expect(catalogVendor('openrouter')).toEqual({
      id: 'openrouter',
      name: 'OpenRouter',
      intermediary: true,
      selfHosted: false,
    });
    expect(catalogVendor('vercel-ai-gateway')?.intermediary).toBe(true);
    expect(catalogVendor('ollama')?.selfHosted).toBe(true);
    expect(catalogVendor('nope')).toBeUndefined();
    expect(catalogVendor('constructor')).toBeUndefined();
  });

  it('routes packages to the party that processes the data', () => {
    const vendorsOf = (name: string) =>
      Object.entries(catalog.vendors)
        .filter(([, v]) => (v.packages as { npm?: string[] }).npm?.includes(name))
        .map(([id]) => id);
    expect(vendorsOf('@anthropic-ai/bedrock-sdk')).toEqual(['aws-bedrock']);
    expect(vendorsOf('@anthropic-ai/vertex-sdk')).toEqual(['google']);
    for (const framework of ['ai', 'langchain', '@langchain/core', 'llamaindex']) {
      expect(vendorsOf(framework)).toEqual([]);
    }
  });
});

describe('scan outputs', () => {
  it('scan --format json: SPEC section 5 shape, sorted, 2-space indent, trailing newline', () => {
    const text = scanJson('./services/app', outcome(EVIDENCE));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
    const data = JSON.parse(text) as {
      root: string;
      evidence: Evidence[];
      vendors: unknown[];
    };
    expect(data.root).toBe('./services/app');
    expect(data.evidence.map((e) => e.file)).toEqual([
      'README.md',
      'package-lock.json',
      'package.json',
      'src/models.ts',
    ]);
    expect(Object.keys(data.evidence[2])).toEqual([
      'vendor',
      'kind',
      'ecosystem',
      'name',
      'file',
      'line',
      'direct',
      'context',
    ]);
    // The same keys as the check report's evidence: `ecosystem` is null where none applies.
    expect(data.evidence[3]).toHaveProperty('ecosystem', null);
    expect(Object.keys(data.evidence[3])).toEqual([
      'vendor',
      'kind',
      'ecosystem',
      'name',
      'file',
      'line',
      'column',
      'endColumn',
      'direct',
      'context',
    ]);
    expect(data.vendors).toEqual([
      { vendor: 'anthropic', direct: true, count: 1 },
      { vendor: 'cohere', direct: false, count: 1 },
      { vendor: 'openai', direct: true, count: 1 },
      { vendor: 'xai', direct: false, count: 1 },
    ]);
    expect(scanJson('.', outcome([...EVIDENCE].reverse()))).toBe(scanJson('.', outcome(EVIDENCE)));
  });

  it('summarizeVendors counts every item and is direct only outside docs', () => {
    expect(summarizeVendors([...EVIDENCE, { ...EVIDENCE[0], line: 9 }])).toContainEqual({
      vendor: 'openai',
      direct: true,
      count: 2,
    });
  });

  it('text: grouped by vendor, each item file:line kind name, control characters defused', () => {
    const text = renderScanText(
      outcome([...EVIDENCE, { ...EVIDENCE[0], file: 'evil\u001b[31m\nname.ts', line: 1 }]),
    );
    expect(text).toContain('anthropic (Anthropic): direct\n');
    expect(text).toContain(
      '  package.json:6  dependency (npm)  @anthropic-ai/sdk  [direct, runtime]',
    );
    expect(text).toContain(
      '  package-lock.json:40  dependency (npm)  cohere-ai  [transitive, runtime]',
    );
    expect(text).toContain('  README.md:9  env  XAI_API_KEY  [direct, docs]');
    expect(text).toContain('  src/models.ts:3:15  env  OPENAI_API_KEY  [direct, runtime]');
    expect(text).toContain('evil [31m name.ts:1');
    expect(text).not.toContain('\u001b');
    expect(renderScanText(outcome(EVIDENCE), { color: true })).toContain(
      '\u001b[1manthropic\u001b[0m',
    );
    expect(renderScanText(outcome([]))).toBe('No AI vendor use found.\n');
  });
});

describe('starter manifest', () => {
  const registry = {
    vendors: {
      anthropic: {
        products: { consumer: { status: 'prohibited' }, api: { status: 'approved' } },
      },
      openai: {
        products: { chatgpt: { status: 'under-review' }, platform: { status: 'approved' } },
      },
    },
  };

  it('declares each vendor found outside docs, with the registry’s approved product', () => {
    const text = starterManifest(EVIDENCE, registry);
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/ai-vendor-gate/ai-vendor-gate/main/schemas/manifest.schema.json',
    );
    const data = parse(text) as { owner: string; vendors: Record<string, string>[] };
    expect(data.owner).toBe('TODO-team');
    expect(data.vendors).toEqual([
      {
        vendor: 'anthropic',
        product: 'api',
        purpose: 'TODO: why this repository uses Anthropic',
        dataClassification: 'internal',
      },
      {
        vendor: 'cohere',
        product: 'api',
        purpose: 'TODO: why this repository uses Cohere',
        dataClassification: 'internal',
      },
      {
        vendor: 'openai',
        product: 'platform',
        purpose: 'TODO: why this repository uses OpenAI',
        dataClassification: 'internal',
      },
    ]);
    expect(text).toContain('  # OpenAI: found in src/models.ts\n');
    expect(starterManifest([...EVIDENCE].reverse(), registry)).toBe(text);
  });

  it('is a schema-valid manifest, also when nothing was found', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema('manifest.schema.json'));
    for (const text of [starterManifest(EVIDENCE), starterManifest([])]) {
      expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
