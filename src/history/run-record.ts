// The gate record of one run, as both front ends write it: run context from the environment,
// the registry's source, and the due dates of the vendors in use.
import { GateError } from '../errors.js';
import type { GateResult } from '../model.js';
import { registrySourceInfo, type FetchedRegistry } from '../sources/registry.js';
import { recordProblem } from './chain.js';
import { buildRecord, dueDatesFromRegistry, runContextFromEnv, type GateRecord } from './record.js';

export function recordForRun(
  result: GateResult,
  registry: FetchedRegistry,
  env: Record<string, string | undefined>,
  clock: () => Date = () => new Date(),
): GateRecord {
  const inUse = new Set([
    ...result.vendors.map((v) => v.vendor),
    ...result.report.evidence.map((e) => e.vendor),
  ]);
  const record = buildRecord(result, runContextFromEnv(env, clock), null, {
    registrySource: registrySourceInfo(registry),
    ...(result.registry ? { reviewsDue: dueDatesFromRegistry(result.registry, [...inUse]) } : {}),
  });
  // Never write a record that `history verify` would reject: the history could not grow past it.
  const problem = recordProblem(record);
  if (problem !== null) {
    throw new GateError(`The gate record would not match the record schema: ${problem}.`);
  }
  return record;
}
