// After ncc: dist/ is marked ESM (the action's bundle; dist/cli marks itself CommonJS, see
// build-cli.mjs) and the CLI's entry is executable, so the `bin` link runs it without node_modules.
import { chmodSync, existsSync, writeFileSync } from 'node:fs';

writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "module" }\n');
const cli = new URL('../dist/cli/index.js', import.meta.url);
if (existsSync(cli)) chmodSync(cli, 0o755);
