// A manifest's declared uses, read the way the engine reads it (same limits, same loader), for
// the inventory and the AI-BOM. A manifest that is missing or invalid declares nothing.
import { lstat, readFile } from 'node:fs/promises';
import { sha256 } from '../gate.js';
import { loadManifest, MANIFEST_LIMITS } from '../load/documents.js';
import type { DeclaredUse } from './inventory.js';

export interface DeclaredManifest {
  present: boolean;
  text?: string;
  sha256?: string;
  owner?: string;
  /** Absent when the manifest is missing or invalid. */
  declared?: DeclaredUse[];
}

export async function readDeclaredUses(file: string, display: string): Promise<DeclaredManifest> {
  try {
    const info = await lstat(file);
    if (!info.isFile() || info.size > MANIFEST_LIMITS.maxBytes) return { present: true };
  } catch {
    return { present: false };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { present: true };
  }
  const text = bytes.toString('utf8');
  const loaded = await loadManifest(bytes, display);
  if (!loaded.ok) return { present: true, text, sha256: sha256(bytes) };
  const manifest = loaded.document.data;
  return {
    present: true,
    text,
    sha256: sha256(bytes),
    owner: manifest.owner,
    declared: manifest.vendors.map((entry) => ({
      vendor: entry.vendor,
      product: entry.product,
      dataClassification: entry.dataClassification,
      purpose: entry.purpose,
      ...(entry.accounts ? { accounts: entry.accounts } : {}),
      ...(entry.via ? { via: entry.via } : {}),
    })),
  };
}
