// Run the CLI in-process (fast) or as the bundled file (as users run it).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withOutputBoundary } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The bundled CLI; AI_VENDOR_GATE_BUNDLE points the tests at another build of it. */
export const BUNDLE = process.env.AI_VENDOR_GATE_BUNDLE ?? `${ROOT}dist/cli/index.js`;

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  argv: string[],
  env: Record<string, string | undefined> = {},
  cwd = ROOT,
): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    withOutputBoundary({
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env,
      cwd,
      color: false,
    }),
  );
  return { code, stdout, stderr };
}

export function bundled(
  argv: string[],
  options: { env?: Record<string, string>; cwd?: string; node?: string } = {},
): Outcome {
  const run = spawnSync(options.node ?? process.execPath, [BUNDLE, ...argv], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
