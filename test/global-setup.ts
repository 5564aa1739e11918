// The end-to-end tests run dist/ as users and the runner do; build it first so they test the
// current sources (CI builds before testing and sets SKIP_BUILD). A failed build stops the
// suite: tests of a stale bundle would pass without testing the sources.
//
// Every temporary folder the tests make (theirs, and the CLI's they spawn) goes in one folder
// for the run, removed at the end: a run used to leave a few hundred folders in /tmp.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const runTemp = mkdtempSync(path.join(tmpdir(), 'avg-tests-'));
  // os.tmpdir() reads TMPDIR on each call; the test processes are forked after this, with it.
  process.env.TMPDIR = runTemp;
  const teardown = () => rmSync(runTemp, { recursive: true, force: true });
  if (process.env.SKIP_BUILD) return teardown;
  const run = spawnSync('npm', ['run', '-s', 'build'], { encoding: 'utf8' });
  if (run.status !== 0) {
    teardown();
    throw new Error(`npm run build failed, so no test runs:\n${run.stdout}${run.stderr}`);
  }
  return teardown;
}
