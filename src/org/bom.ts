// `check --format cyclonedx`: the BOM needs the manifest's declared uses, which the engine's
// report does not carry; they are read again and must be the bytes the engine evaluated.
import path from 'node:path';
import { GateError } from '../errors.js';
import type { GateResult } from '../model.js';
import { gateBom } from '../report/cyclonedx.js';
import { readDeclaredUses } from './declared.js';

export async function checkBom(
  result: GateResult,
  manifestPath: string,
  timestamp: string | undefined,
): Promise<string> {
  const manifest = await readDeclaredUses(manifestPath, path.basename(manifestPath));
  const evaluated = result.report.inputs.manifest.sha256;
  if ((manifest.sha256 ?? null) !== evaluated && manifest.present) {
    throw new GateError('The manifest changed while the gate ran; run check again.');
  }
  return gateBom(result, manifest.declared ?? null, { timestamp });
}
