// The end-to-end tests run dist/ as users and the runner do; build it first so they test the
// current sources (CI builds before testing and sets SKIP_BUILD). A failed build stops the
// suite: tests of a stale bundle would pass without testing the sources.
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.SKIP_BUILD) return;
  const run = spawnSync('npm', ['run', '-s', 'build'], { encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`npm run build failed, so no test runs:\n${run.stdout}${run.stderr}`);
  }
}
