// --record and --history: the gate record of this run, written and/or chained into a history.
import { writeOwnFile } from '../fs/no-follow.js';

import { GateError } from '../errors.js';
import { appendRecordToFile } from '../history/chain.js';
import { serializeRecord, type GateRecord } from '../history/record.js';
import { recordForRun } from '../history/run-record.js';
import type { GateResult } from '../model.js';
import type { FetchedRegistry } from '../sources/registry.js';
import type { Io } from './io.js';

export async function writeRecord(
  result: GateResult,
  io: Io,
  targets: { record?: string; history?: string; registry: FetchedRegistry },
): Promise<GateRecord> {
  let record = recordForRun(result, targets.registry, io.env);
  if (targets.history) record = await appendRecordToFile(targets.history, record);
  if (targets.record) {
    try {
      await writeOwnFile(targets.record, `${serializeRecord(record)}\n`);
    } catch {
      throw new GateError(`The gate record could not be written to ${targets.record}.`);
    }
  }
  return record;
}
