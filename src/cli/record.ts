// --record and --history: the gate record of this run, written and/or chained into a history.
import { writeFile } from 'node:fs/promises';
import { GateError } from '../errors.js';
import { appendRecordToFile } from '../history/chain.js';
import {
  buildRecord,
  dueDatesFromRegistry,
  runContextFromEnv,
  serializeRecord,
  type GateRecord,
} from '../history/record.js';
import type { GateResult } from '../model.js';
import { registrySourceInfo, type FetchedRegistry } from '../sources/registry.js';
import type { Io } from './io.js';

export function recordOf(
  result: GateResult,
  env: Record<string, string | undefined>,
  registry: FetchedRegistry,
): GateRecord {
  const inUse = new Set([
    ...result.vendors.map((v) => v.vendor),
    ...result.report.evidence.map((e) => e.vendor),
  ]);
  return buildRecord(
    result,
    runContextFromEnv(env, () => new Date()),
    null,
    {
      registrySource: registrySourceInfo(registry),
      reviewsDue: result.registry ? dueDatesFromRegistry(result.registry, [...inUse]) : undefined,
    },
  );
}

export async function writeRecord(
  result: GateResult,
  io: Io,
  targets: { record?: string; history?: string; registry: FetchedRegistry },
): Promise<GateRecord> {
  let record = recordOf(result, io.env, targets.registry);
  if (targets.history) record = await appendRecordToFile(targets.history, record);
  if (targets.record) {
    try {
      await writeFile(targets.record, `${serializeRecord(record)}\n`);
    } catch {
      throw new GateError(`The gate record could not be written to ${targets.record}.`);
    }
  }
  return record;
}
