// The organization inventory (SPEC section 9): one record per repository, sorted by repository.
// Beside the SPEC's keys each record keeps what later commands need without the repository:
// the manifest's text and the evidence (so `registry diff` re-evaluates the same inputs against
// another registry with the same engine), and the inventory keeps the registry it was swept
// against (so the organization page and the AI-BOM need nothing else).
import { GateError } from '../errors.js';
import type { Evidence, Finding, Registry } from '../model.js';
import { safeJson } from '../report/escape.js';
import type { Shard } from './shard.js';

export type RepositoryDecision = 'pass' | 'fail' | 'error';

export interface DeclaredUse {
  vendor: string;
  product: string;
  dataClassification: string;
  purpose: string;
  accounts?: string;
  via?: string;
}

/** A file not read: an archive entry refused (`symlink`, `unsafe-path`, …) or a scan skip. */
export interface SkippedExample {
  file: string;
  reason: string;
}

export interface InventoryRepository {
  repository: string;
  ref: string;
  sha: string | null;
  decision: RepositoryDecision;
  manifest: boolean;
  summary: { errors: number; warnings: number; notes: number };
  /** Declared ∪ found by the scan, sorted. */
  vendors: string[];
  findings: Finding[];
  /** Why the repository could not be evaluated (decision `error`). */
  reason?: string;
  /** The manifest's accountable team. */
  owner?: string;
  /** The manifest's entries (a valid manifest only). */
  declared?: DeclaredUse[];
  /** The manifest's text as read, for re-evaluation; absent without a manifest. */
  manifestText?: string;
  /** The manifest's path in the repository. */
  manifestPath?: string;
  evidence?: Evidence[];
  /** More evidence than the inventory keeps: re-evaluation reports itself uncertain. */
  evidenceTruncated?: boolean;
  /** Files not read: archive entries refused and files the scan skipped, counted by reason. */
  skipped?: { count: number; byReason: Record<string, number>; examples: SkippedExample[] };
}

export interface Inventory {
  schemaVersion: 1;
  organization: string;
  now: string;
  registry: { source: string; sha256: string };
  repositories: InventoryRepository[];
  /** Which part of the organization this file covers; absent once shards are merged. */
  shard?: Shard;
  /** The registry the sweep evaluated against, for reports made from the inventory alone. */
  registryDocument?: Registry;
  tool?: { name: string; version: string };
}

export const compareRepositories = (a: { repository: string }, b: { repository: string }) =>
  a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0;

export function serializeInventory(inventory: Inventory): string {
  return `${safeJson({ ...inventory, repositories: [...inventory.repositories].sort(compareRepositories) })}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Read an inventory file's JSON; a file of another shape is one plain sentence (exit 2). */
export function parseInventory(text: string, name: string): Inventory {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new GateError(`The inventory ${name} is not valid JSON.`);
  }
  const bad = (what: string) =>
    new GateError(`The inventory ${name} is not an inventory: ${what}.`);
  if (!isObject(value) || value.schemaVersion !== 1) throw bad('schemaVersion 1 is missing');
  if (typeof value.organization !== 'string') throw bad('organization is missing');
  if (typeof value.now !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.now)) {
    throw bad('now is not a date');
  }
  const registry = value.registry;
  if (
    !isObject(registry) ||
    typeof registry.sha256 !== 'string' ||
    typeof registry.source !== 'string'
  ) {
    throw bad('registry is missing');
  }
  if (!Array.isArray(value.repositories)) throw bad('repositories is not a list');
  for (const [i, entry] of value.repositories.entries()) {
    if (
      !isObject(entry) ||
      typeof entry.repository !== 'string' ||
      !['pass', 'fail', 'error'].includes(String(entry.decision)) ||
      typeof entry.manifest !== 'boolean' ||
      !Array.isArray(entry.vendors) ||
      !entry.vendors.every((v) => typeof v === 'string') ||
      !Array.isArray(entry.findings) ||
      !isObject(entry.summary)
    ) {
      throw bad(
        `repositories[${i}] lacks repository, decision, manifest, summary, vendors or findings`,
      );
    }
  }
  if (value.shard !== undefined) {
    const shard = value.shard;
    if (
      !isObject(shard) ||
      !Number.isInteger(shard.index) ||
      !Number.isInteger(shard.count) ||
      (shard.index as number) < 1 ||
      (shard.index as number) > (shard.count as number)
    ) {
      throw bad('shard is not {index, count}');
    }
  }
  return value as unknown as Inventory;
}

/**
 * One inventory from the shards' inventories: the same organization, day and registry, every
 * shard present once, no repository twice. A partial set is refused rather than reported as
 * the whole organization.
 */
export function mergeInventories(parts: { name: string; inventory: Inventory }[]): Inventory {
  if (parts.length === 0) throw new GateError('org report needs at least one inventory file.');
  const [first] = parts;
  const base = first.inventory;
  for (const { name, inventory } of parts.slice(1)) {
    const differs =
      inventory.organization !== base.organization
        ? `organization ${inventory.organization}, not ${base.organization}`
        : inventory.now !== base.now
          ? `day ${inventory.now}, not ${base.now}`
          : inventory.registry.sha256 !== base.registry.sha256
            ? 'another registry'
            : undefined;
    if (differs) {
      throw new GateError(
        `The inventory ${name} was swept with ${differs} than ${first.name}: sweep every shard with the same inputs.`,
      );
    }
  }
  const counts = new Set(parts.map((p) => p.inventory.shard?.count ?? 1));
  if (counts.size > 1) {
    throw new GateError(
      `The inventories were swept with different shard counts (${[...counts].sort().join(', ')}).`,
    );
  }
  const [count] = [...counts];
  const seen = new Map<number, string>();
  for (const { name, inventory } of parts) {
    const index = inventory.shard?.index ?? 1;
    const other = seen.get(index);
    if (other !== undefined) {
      throw new GateError(
        `The inventories ${other} and ${name} both cover shard ${index}/${count}.`,
      );
    }
    seen.set(index, name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    throw new GateError(
      `The inventories do not cover the whole organization: shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing.`,
    );
  }
  const byName = new Map<string, InventoryRepository>();
  for (const { name, inventory } of parts) {
    for (const entry of inventory.repositories) {
      const key = entry.repository.toLowerCase();
      if (byName.has(key)) {
        throw new GateError(`The repository ${entry.repository} appears twice (again in ${name}).`);
      }
      byName.set(key, entry);
    }
  }
  const merged: Inventory = {
    schemaVersion: 1,
    organization: base.organization,
    now: base.now,
    registry: { source: base.registry.source, sha256: base.registry.sha256 },
    repositories: [...byName.values()].sort(compareRepositories),
  };
  const registryDocument = parts.find((p) => p.inventory.registryDocument)?.inventory
    .registryDocument;
  if (registryDocument) merged.registryDocument = registryDocument;
  if (base.tool) merged.tool = base.tool;
  return merged;
}
