/** Where a command writes; the CLI passes process streams, tests pass buffers. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Environment (GITHUB_REPOSITORY, GITHUB_TOKEN, GITHUB_API_URL, ...). */
  env: Record<string, string | undefined>;
  cwd: string;
  /** Colour allowed (stdout is a TTY and NO_COLOR is unset). */
  color: boolean;
}

/** A command's contract: returns the exit code (0 pass, 1 fail, 2 could not evaluate). */
export type Command = (argv: string[], io: Io) => Promise<number>;
