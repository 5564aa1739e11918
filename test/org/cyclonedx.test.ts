// `check --format cyclonedx`: a valid CycloneDX 1.6 BOM of the repository's AI services (declared
// and undeclared) and SDK packages, byte-identical on every run, with no clock unless --now.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purlOf } from '../../src/report/cyclonedx.js';
import { cli } from '../cli/harness.js';
import { EXAMPLES, REGISTRY } from '../support/org-fixture.js';
import { validateBom } from './bom-validate.js';

interface Bom {
  serialNumber: string;
  metadata: { timestamp?: string };
  services: {
    'bom-ref': string;
    group: string;
    name: string;
    provider: { name: string };
    endpoints?: string[];
    trustZone: string;
    data: { flow: string; classification: string }[];
    properties: { name: string; value: string }[];
  }[];
  components: { purl: string; evidence?: { occurrences: { location: string; line?: number }[] } }[];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'avg-bom-'));
  await cp(path.join(EXAMPLES, 'compliant-service'), path.join(dir, 'repo'), { recursive: true });
  // Undeclared use, and a hostile file name that ends up in an occurrence.
  await writeFile(path.join(dir, 'repo', 'requirements.txt'), 'openai==1.40.0\n');
  await writeFile(
    path.join(dir, 'repo', 'src', '"},{"bomFormat":"x<script>.ts'),
    "const u = 'https://API.OPENAI.COM/v1/chat';\n",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bom = (extra: string[] = []) =>
  cli(
    [
      'check',
      '--root',
      path.join(dir, 'repo'),
      '--registry',
      REGISTRY,
      '--now',
      '2026-11-29',
      '--format',
      'cyclonedx',
      ...extra,
    ],
    {},
  );

describe('check --format cyclonedx', () => {
  it('is valid CycloneDX 1.6 and byte-identical across runs', async () => {
    const first = await bom();
    expect(first.stderr).toBe('');
    expect(await validateBom(first.stdout)).toBeNull();
    expect((await bom()).stdout).toBe(first.stdout);
    const parsed = JSON.parse(first.stdout) as Bom;
    expect(parsed.metadata.timestamp).toBe('2026-11-29T00:00:00Z');
    // Without --now, no clock reaches the BOM.
    const unstamped = await cli(
      ['check', '--root', path.join(dir, 'repo'), '--registry', REGISTRY, '--format', 'cyclonedx'],
      {},
    );
    expect((JSON.parse(unstamped.stdout) as Bom).metadata.timestamp).toBeUndefined();
  });

  it('has a service per declared product and one for undeclared use, with registry facts', async () => {
    const parsed = JSON.parse((await bom()).stdout) as Bom;
    const claude = parsed.services.find((s) => s['bom-ref'] === 'service:anthropic/api');
    expect(claude).toMatchObject({
      provider: { name: 'Anthropic' },
      name: 'Claude API',
      trustZone: 'third-party',
      data: [{ flow: 'outbound', classification: 'confidential' }],
    });
    const props = Object.fromEntries(claude?.properties.map((p) => [p.name, p.value]) ?? []);
    expect(props).toMatchObject({
      'ai-vendor-gate:declared': 'true',
      'ai-vendor-gate:vendor-status': 'conditional',
      'ai-vendor-gate:product-status': 'approved',
      'ai-vendor-gate:purpose': 'Summarize inbound support tickets for triage',
    });
    expect(Object.keys(props).some((k) => k.startsWith('ai-vendor-gate:condition:'))).toBe(true);
    const openai = parsed.services.find((s) => s['bom-ref'] === 'service:openai/*');
    expect(openai?.data).toEqual([{ flow: 'unknown', classification: 'undeclared' }]);
    expect(openai?.endpoints).toEqual(['https://api.openai.com']);
    const pypi = parsed.components.find((c) => c.purl === 'pkg:pypi/openai');
    expect(pypi?.evidence?.occurrences).toEqual([{ location: 'requirements.txt', line: 1 }]);
    expect(parsed.components.map((c) => c.purl)).toContain('pkg:npm/%40anthropic-ai/sdk');
  });

  it('stamps the day only when --now is given, and the serial follows the content', async () => {
    const a = JSON.parse((await bom()).stdout) as Bom;
    const b = JSON.parse(
      (
        await cli(
          [
            'check',
            '--root',
            path.join(dir, 'repo'),
            '--registry',
            REGISTRY,
            '--now',
            '2026-11-30',
            '--format',
            'cyclonedx',
          ],
          {},
        )
      ).stdout,
    ) as Bom;
    expect(b.metadata.timestamp).toBe('2026-11-30T00:00:00Z');
    expect(b.serialNumber).not.toBe(a.serialNumber);
  });

  it('builds package URLs per ecosystem', () => {
    expect(purlOf('npm', '@anthropic-ai/sdk')?.purl).toBe('pkg:npm/%40anthropic-ai/sdk');
    expect(purlOf('pypi', 'Google_Generativeai')?.purl).toBe('pkg:pypi/google-generativeai');
    expect(purlOf('maven', 'com.openai:openai-java')?.purl).toBe(
      'pkg:maven/com.openai/openai-java',
    );
    expect(purlOf('go', 'github.com/sashabaranov/go-openai')?.purl).toBe(
      'pkg:golang/github.com/sashabaranov/go-openai',
    );
    expect(purlOf('unknown-eco', 'x')).toBeNull();
  });
});
