// The end-to-end tests run dist/ as users and the runner do; build it first so they test the
// current sources (CI builds before testing and sets SKIP_BUILD). A failed build is reported
// here and the tests that run dist/ then fail on their own.
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.SKIP_BUILD) return;
  const run = spawnSync('npm', ['run', '-s', 'build'], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.warn(
      `npm run build failed; tests of dist/ use the previous bundle:\n${run.stdout}${run.stderr}`,
    );
  }
}
