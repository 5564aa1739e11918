// Bundles the CLI (src/cli.ts) into dist/cli as CommonJS. ncc would pick ESM from package.json's
// "type", and Node then loads the entry and every chunk through its ESM loader (resolving,
// decoding each file in JavaScript, linking), about 20 ms more at each start than require()
// (docs/detection.md). The action's bundle stays ESM: a runner starts it once per job.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'cli');

const { code, assets, symlinks } = await ncc(path.join(root, 'src', 'cli.ts'), {
  esm: false,
  quiet: true,
  sourceMap: false,
  cache: false,
});
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'index.js'), code); // made executable by postbuild.mjs
for (const [name, asset] of Object.entries(assets)) {
  const file = path.join(out, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, asset.source, { mode: asset.permissions });
}
for (const [name, target] of Object.entries(symlinks)) symlinkSync(target, path.join(out, name));
// dist/package.json makes dist/ ESM (the action); these files are CommonJS.
writeFileSync(path.join(out, 'package.json'), '{ "type": "commonjs" }\n');
