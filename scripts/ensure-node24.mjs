// Before the tests: the end-to-end tests also run dist/ under Node 24, the runners' runtime,
// from the node@24 package pinned in tools/node24 (installed once, then reused).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../tools/node24/', import.meta.url));
if (!existsSync(`${dir}node_modules/.bin/node`)) {
  console.log('Installing Node 24 for the end-to-end tests (tools/node24)...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', dir], { stdio: 'inherit' });
}
