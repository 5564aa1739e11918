// The organization page in real headless Chromium: every section renders without JavaScript,
// nothing remote is requested, hostile repository and registry text stays text. Screenshots go
// to a temporary folder; docs/org.png is written only when AVG_SCREENSHOTS_DIR is set
// (`AVG_SCREENSHOTS_DIR=docs SKIP_BUILD=1 npx vitest run test/org/page.test.ts`).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import type { Inventory, InventoryRepository } from '../../src/org/inventory.js';
import { renderOrgPage } from '../../src/report/pages/org-page.js';
import { registryOf } from '../helpers.js';
import { REGISTRY } from '../support/org-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function finding(ruleId: Finding['ruleId'], message: string, vendor?: string): Finding {
  return { ruleId, severity: 'error', message, vendor, waived: null };
}

function repo(
  name: string,
  fields: Partial<InventoryRepository> & Pick<InventoryRepository, 'decision'>,
): InventoryRepository {
  return {
    repository: `acme/${name}`,
    ref: 'main',
    sha: 'a'.repeat(40),
    manifest: true,
    summary: { errors: fields.findings?.length ?? 0, warnings: 0, notes: 0 },
    vendors: [],
    findings: [],
    ...fields,
  };
}

export async function sampleInventory(): Promise<Inventory> {
  const registryDocument = registryOf(await readFile(REGISTRY, 'utf8')).data;
  const use = (vendor: string, product: string, dataClassification: string) => ({
    vendor,
    product,
    dataClassification,
    purpose: 'x',
  });
  const repositories: InventoryRepository[] = [
    repo('payments-api', {
      decision: 'pass',
      vendors: ['anthropic'],
      declared: [use('anthropic', 'api', 'confidential')],
    }),
    repo('support-bot', {
      decision: 'fail',
      vendors: ['anthropic', 'openai', 'openrouter'],
      declared: [{ ...use('anthropic', 'api', 'internal'), via: 'openrouter' }],
      findings: [
        finding(
          'usage-undeclared',
          'The scan found OpenAI in package.json; declare it or remove it.',
          'openai',
        ),
        finding(
          'review-stale',
          "OpenRouter's review fell due on 2026-09-01: Security must re-review.",
          'openrouter',
        ),
      ],
    }),
    repo('risk-models', {
      decision: 'pass',
      vendors: ['aws-bedrock', 'google'],
      declared: [use('aws-bedrock', 'bedrock', 'restricted'), use('google', 'vertex', 'internal')],
    }),
    repo('legacy-scripts', {
      decision: 'fail',
      manifest: false,
      vendors: ['openai'],
      findings: [finding('manifest-missing', 'No manifest, and the scan found AI use.')],
    }),
    repo('docs-site', { decision: 'pass', manifest: false, vendors: [] }),
    repo('huge-monorepo', {
      decision: 'error',
      manifest: false,
      reason: 'the default branch could not be read: the archive has more than 200000 files',
    }),
    repo('hostile', {
      decision: 'fail',
      vendors: [HOSTILE.toLowerCase()],
      declared: [use(HOSTILE, 'api', HOSTILE)],
      findings: [finding('vendor-unknown', `Vendor ${HOSTILE} is not in the registry.`, HOSTILE)],
    }),
  ];
  for (let i = 0; i < 12; i++) {
    repositories.push(
      repo(`service-${String(i).padStart(2, '0')}`, {
        decision: 'pass',
        vendors: i % 3 === 0 ? ['anthropic', 'openai'] : ['anthropic'],
        declared: [
          use('anthropic', 'api', i % 2 ? 'internal' : 'confidential'),
          ...(i % 3 === 0 ? [use('openai', 'api', 'public')] : []),
        ],
      }),
    );
  }
  return {
    schemaVersion: 1,
    organization: 'acme',
    now: '2026-11-29',
    registry: { source: 'github:acme/governance/registry.yml@main', sha256: 'b'.repeat(64) },
    repositories: repositories.sort((a, b) => (a.repository < b.repository ? -1 : 1)),
    registryDocument,
  };
}

describe('organization page (markup)', () => {
  it('escapes every hostile string and names each section', async () => {
    const text = renderOrgPage(await sampleInventory());
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(text).toContain('&#60;script&#62;');
    for (const id of ['vendors', 'usage', 'failing', 'no-manifest', 'due'])
      expect(text).toContain(`id="${id}"`);
  });
});

describe.skipIf(!hasChromium)('organization page in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'avg-org-page-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders every section without JavaScript, errors or remote requests', async () => {
    const file = join(dir, 'org.html');
    await writeFile(file, renderOrgPage(await sampleInventory()));
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1200, height: 900 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`file://${file}`, { waitUntil: 'load' });

    expect(problems).toEqual([]);
    expect(requests).toEqual([`file://${file}`]);
    expect(dialogs).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('AI vendors at acme');
    // Vendors by number of repositories: anthropic first, in 14 repositories.
    expect(
      await page.locator('#vendor-table tbody tr').first().locator('td').nth(1).textContent(),
    ).toBe('anthropic');
    expect(
      await page.locator('#vendor-table tbody tr').first().locator('td').nth(3).textContent(),
    ).toBe('14');
    const chart = await page.locator('svg#vendor-chart').boundingBox();
    expect(chart?.width).toBeGreaterThan(600);
    // The grid: one row per repository with AI use; the undeclared use is flagged.
    expect(await page.locator('#grid tbody tr').count()).toBe(17);
    const bot = page.locator('#grid tbody tr', { hasText: 'acme/support-bot' });
    expect(await bot.locator('.c-undeclared').count()).toBe(1);
    expect(await bot.locator('.c-internal').count()).toBe(2);
    // Failing repositories and why, including the one that could not be evaluated.
    const failing = page.locator('#failing-table tbody tr');
    expect(await failing.count()).toBe(4);
    expect(await page.locator('#failing-table').textContent()).toContain('more than 200000 files');
    expect(await page.locator('#no-manifest-table tbody tr').count()).toBe(2);
    // The hostile text is shown as text.
    expect(await page.locator('#failing-table').textContent()).toContain(HOSTILE);
    // Reviews, attestations, certifications and waivers falling due, with their owners.
    const due = await page.locator('#due-table').textContent();
    expect(due).toContain('CISO');
    expect(await page.locator('#due-table tbody tr').count()).toBeGreaterThan(1);
    // Nothing overflows the page sideways.
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth > document.documentElement.clientWidth',
    );
    expect(overflow).toBe(false);

    await page.screenshot({ path: join(dir, 'org.png'), fullPage: false });
    // The documentation's screenshot shows the page without the hostile sample.
    const shots = process.env.AVG_SCREENSHOTS_DIR;
    if (shots) {
      const inventory = await sampleInventory();
      inventory.repositories = inventory.repositories.filter(
        (r) => r.repository !== 'acme/hostile',
      );
      const clean = join(dir, 'org-clean.html');
      await writeFile(clean, renderOrgPage(inventory));
      await page.goto(`file://${clean}`, { waitUntil: 'load' });
      await page.screenshot({ path: join(shots, 'org.png'), fullPage: false });
    }
    await context.close();
  }, 60_000);
});
