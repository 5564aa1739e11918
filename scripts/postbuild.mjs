// After ncc: the CLI bundle gets a shebang-safe mode and package.json type marker so `node dist/...`
// and the `bin` link both run it as ESM without node_modules.
import { chmodSync, existsSync, writeFileSync } from 'node:fs';

writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "module" }\n');
const cli = new URL('../dist/cli/index.js', import.meta.url);
if (existsSync(cli)) chmodSync(cli, 0o755);
