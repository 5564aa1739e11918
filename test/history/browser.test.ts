// The HTML history page in real headless Chromium: it renders without JavaScript, logs no
// errors, loads nothing remote, and the screenshot in docs/ comes from this test.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderHistory } from '../../src/history/show.js';
import { sampleHistory } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Skipping the history page browser test: ${CHROMIUM} is not installed.`);
}

describe.skipIf(!hasChromium)('history page in headless Chromium', () => {
  it('renders charts and the runs table without JavaScript, errors or remote requests', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'avg-page-'));
    const file = join(dir, 'history.html');
    const records = sampleHistory();
    await writeFile(file, renderHistory(records, 'html'));

    const browser = await chromium.launch({
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
    try {
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

      const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
      await mkdir(docs, { recursive: true });
      await page.screenshot({ path: join(docs, 'history.png'), fullPage: true });

      // It prints: the print stylesheet applies and the charts survive it.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('svg#decisions-chart').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
