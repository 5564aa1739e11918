// The GitHub Action's entry point (action.yml → dist/index.js). The runner runs this file, and
// it runs the action. A tool that imports it instead (`npx @github/local-action . dist/index.js
// .env`) gets `run()` and calls it itself, so the action never runs twice.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run as runAction } from './action/main.js';
import { adoptHostCore } from './action/toolkit.js';

/** The action, for a tool that imports the bundle: it reports through the tool's toolkit. */
export async function run(): Promise<void> {
  await adoptHostCore();
  await runAction();
}

function isEntryPoint(): boolean {
  const started = process.argv[1];
  if (started === undefined) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await runAction();
