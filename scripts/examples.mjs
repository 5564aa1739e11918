// `npm start`: runs the bundled gate on each example repository and prints each decision.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = 'dist/cli/index.js';
// A fixed day, so the examples read the same whenever they are run (reviews fall due over time).
const now = '2026-11-29';
const examples = [
  ['compliant-service', 'acme/ticket-summarizer'],
  ['support-bot', 'acme/support-bot'],
  ['iso-business-unit', 'acme/risk-engine'],
];
let unexpected = false;
for (const [name, repository] of examples) {
  const args = [cli, 'check', '--root', `examples/${name}`, '--registry', 'examples/registry.yml'];
  args.push('--repository', repository, '--now', now);
  console.log(`\n$ node ${args.join(' ')}`);
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  const decision = run.status === 0 ? 'pass' : run.status === 1 ? 'fail' : 'could not evaluate';
  console.log(`→ examples/${name}: ${decision} (exit ${run.status})`);
  if (run.status !== 0 && run.status !== 1) unexpected = true;
}
process.exitCode = unexpected ? 2 : 0;
