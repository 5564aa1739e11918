// The HTML history page in real headless Chromium: it renders without JavaScript, logs no
// errors, loads nothing remote, and a hostile record stays text. Screenshots go to a temporary
// folder; only `node scripts/screenshots.mjs` (which sets AVG_SCREENSHOTS_DIR) writes docs/.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rechain } from '../../src/history/record.js';
import { renderHistory } from '../../src/history/show.js';
import { chainOf, sampleHistory } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Skipping the history page browser test: ${CHROMIUM} is not installed.`);
}

describe.skipIf(!hasChromium)('history page in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'avg-page-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders charts and the runs table without JavaScript, errors or remote requests', async () => {
    const file = join(dir, 'history.html');
    const records = sampleHistory();
    await writeFile(file, renderHistory(records, 'html'));
    {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1200, height: 900 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning')
          problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));

      await page.goto(`file://${file}`, { waitUntil: 'load' });

      expect(problems).toEqual([]);
      expect(requests).toEqual([`file://${file}`]);
      for (const id of ['decisions-chart', 'rules-chart', 'vendors-chart']) {
        const box = await page.locator(`svg#${id}`).boundingBox();
        expect(box?.width, id).toBeGreaterThan(600);
        expect(box?.height, id).toBeGreaterThan(40);
      }
      expect(await page.locator('svg#decisions-chart g.run').count()).toBe(records.length);
      expect(await page.locator('svg#vendors-chart rect.used').count()).toBeGreaterThan(0);
      expect(await page.locator('#runs-table tbody tr').count()).toBe(records.length);
      expect(await page.locator('#due-table tbody tr').count()).toBe(3);
      const firstCommit = page.locator('#runs-table tbody tr').first().locator('a').first();
      expect(await firstCommit.getAttribute('href')).toBe(
        `https://github.com/acme/payments/commit/${records[records.length - 1].sha}`,
      );
      // Nothing overflows the page sideways.
      const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
      expect(scrollWidth).toBeLessThanOrEqual(1200);

      // The tracked picture in docs/ changes only when someone asks for it.
      const shots = process.env.AVG_SCREENSHOTS_DIR ?? dir;
      await mkdir(shots, { recursive: true });
      const shot = await page.screenshot({ path: join(shots, 'history.png'), fullPage: true });
      expect(shot.subarray(1, 4).toString()).toBe('PNG');

      // It prints: the print stylesheet applies and the charts survive it.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('svg#decisions-chart').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('shows a hostile record as text: no element, attribute or link comes from it', async () => {
    const [record] = chainOf(1);
    const evil = '"><script>document.title="pwned"</script><img src=x onerror=alert(1)>';
    const hostile = rechain(
      {
        ...record,
        repository: `acme/${evil}`,
        serverUrl: 'javascript:alert(1)//',
        ref: `refs/heads/${evil}`,
        actor: `a\u202eb ${evil}`,
        event: '<style>body{display:none}</style>',
        vendors: [`<b>${evil}</b>`],
        findings: [{ ...record.findings[0], ruleId: `<svg onload=alert(3)>${evil}` }],
        reviewsDue: [
          { vendor: '</td><iframe src=x>', kind: 'review', id: evil, due: '2026-07-02' },
        ],
      },
      null,
    );
    const file = join(dir, 'hostile.html');
    await writeFile(file, renderHistory([hostile], 'html'));
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    // Even with JavaScript on, nothing from the record runs, loads or becomes markup.
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([`file://${file}`]);
    expect(await page.title()).toBe(`AI vendor gate history — acme/${evil}`);
    expect(await page.locator('script, img, iframe, svg[onload]').count()).toBe(0);
    expect(await page.locator('b').count()).toBe(await page.locator('.tile > b').count());
    expect(await page.locator('body style').count()).toBe(0);
    expect(await page.locator('a').count()).toBe(0);
    const handlers = await page.evaluate(
      '[...document.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith("on")).length',
    );
    expect(handlers).toBe(0);
    // The hostile strings are printed, as text, where the page shows those fields.
    const text = await page.locator('body').innerText();
    for (const shown of [
      `refs/heads/${evil}`,
      `<b>${evil}</b>`,
      `<svg onload=alert(3)>${evil}`,
      '</td><iframe src=x>',
    ]) {
      expect(text, shown).toContain(shown);
    }
    expect(text).not.toContain('\u202e');
    await context.close();
  });
});
