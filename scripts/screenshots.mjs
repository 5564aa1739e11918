// Regenerates the pictures in docs/ (docs/history.png) from the browser test, on request only:
// the test itself writes its screenshots to a temporary folder, so running the suite never
// changes a tracked file. Needs Debian's chromium at /usr/bin/chromium.
//   node scripts/screenshots.mjs
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
if (!existsSync('/usr/bin/chromium')) {
  console.error('The screenshots need Chromium at /usr/bin/chromium.');
  process.exit(2);
}
const run = spawnSync('npx', ['vitest', 'run', 'test/history/browser.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SKIP_BUILD: '1', AVG_SCREENSHOTS_DIR: docs },
});
process.exit(run.status ?? 1);
