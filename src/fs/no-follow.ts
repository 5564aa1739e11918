// Every file the gate writes is opened without following a symbolic link at its path: a pull
// request owns the checkout and could commit `ai-vendor-gate.sarif -> .git/config` (or a link
// to a script a later step runs) to have the gate overwrite another file.
// node:fs/promises is reached through `promises` when a file is written, not on import: loading
// it costs a few milliseconds of start-up that a run writing nothing need not pay.
import { constants, promises } from 'node:fs';

const WRITE = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
const APPEND = constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | constants.O_NOFOLLOW;

/** Writes `text` to `file`; a symbolic link there is refused (ELOOP), never followed. */
export function writeOwnFile(file: string, text: string): Promise<void> {
  return promises.writeFile(file, text, { flag: WRITE });
}

/** Appends `text` to `file`; a symbolic link there is refused (ELOOP), never followed. */
export function appendOwnFile(file: string, text: string): Promise<void> {
  return promises.appendFile(file, text, { flag: APPEND, encoding: 'utf8' });
}
