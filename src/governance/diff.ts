// `registry diff BASE HEAD`: what a change to the registry changes, per vendor (status,
// products, conditions, attestations, review, profile, detection) and in waivers, and, with an
// inventory, which repositories change decision. Each repository's declared use and evidence,
// kept in the inventory, are evaluated by the same engine against BASE and against HEAD, so the
// impact is exactly what the gate will decide, not a guess from the diff.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRegistry, runGate, sha256, type RegistryInput } from '../gate.js';
import type { Registry, Vendor } from '../model.js';
import type { Inventory, InventoryRepository } from '../org/inventory.js';
import { mapBounded } from '../org/sweep.js';

export type ChangeKind = 'added' | 'removed' | 'changed';
export type ChangeArea =
  | 'vendor'
  | 'status'
  | 'intermediary'
  | 'product'
  | 'condition'
  | 'attestation'
  | 'review'
  | 'vendor-change'
  | 'profile'
  | 'certification'
  | 'detect'
  | 'waiver'
  | 'defaults';

export interface RegistryChange {
  /** Absent for waivers and defaults that name no vendor. */
  vendor?: string;
  area: ChangeArea;
  kind: ChangeKind;
  /** Product, condition, attestation, certification or waiver id; the field for others. */
  id?: string;
  before?: string;
  after?: string;
}

export interface DecisionChange {
  repository: string;
  before: 'pass' | 'fail' | 'error';
  after: 'pass' | 'fail' | 'error';
  /** Errors and warnings HEAD adds (rule and message). */
  added: { ruleId: string; message: string }[];
  /** Errors and warnings HEAD no longer reports. */
  removed: { ruleId: string; message: string }[];
  /** The inventory keeps only part of the evidence: the outcome may differ on a full scan. */
  approximate?: boolean;
}

export interface RegistryDiff {
  schemaVersion: 1;
  base: { source: string; sha256: string };
  head: { source: string; sha256: string };
  changes: RegistryChange[];
  impact: {
    now: string;
    repositories: number;
    changed: DecisionChange[];
    /** Repositories the inventory could not evaluate: their impact is unknown. */
    unknown: string[];
  } | null;
}

/** JSON with sorted keys: equal values give equal text, whatever the key order in the YAML. */
export function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const show = (value: unknown): string | undefined =>
  value === undefined ? undefined : typeof value === 'string' ? value : stable(value);

function keyed<T>(
  out: RegistryChange[],
  vendor: string | undefined,
  area: ChangeArea,
  before: Record<string, T> | undefined,
  after: Record<string, T> | undefined,
  summary: (item: T) => unknown = (item) => item,
): void {
  const ids = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  for (const id of ids) {
    const a = before && Object.hasOwn(before, id) ? before[id] : undefined;
    const b = after && Object.hasOwn(after, id) ? after[id] : undefined;
    const base = { ...(vendor !== undefined ? { vendor } : {}), area, id };
    if (a === undefined && b !== undefined)
      out.push({ ...base, kind: 'added', after: show(summary(b)) });
    else if (a !== undefined && b === undefined)
      out.push({ ...base, kind: 'removed', before: show(summary(a)) });
    else if (stable(a) !== stable(b)) {
      out.push({
        ...base,
        kind: 'changed',
        before: show(summary(a as T)),
        after: show(summary(b as T)),
      });
    }
  }
}

function field(
  out: RegistryChange[],
  vendor: string,
  area: ChangeArea,
  id: string | undefined,
  before: unknown,
  after: unknown,
): void {
  if (stable(before) === stable(after)) return;
  const kind: ChangeKind =
    before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  out.push({ vendor, area, ...(id ? { id } : {}), kind, before: show(before), after: show(after) });
}

const byId = <T extends { id: string }>(items: readonly T[] | undefined): Record<string, T> =>
  Object.fromEntries((items ?? []).map((item) => [item.id, item]));

function vendorChanges(out: RegistryChange[], id: string, a: Vendor, b: Vendor): void {
  field(out, id, 'status', undefined, a.status, b.status);
  field(out, id, 'intermediary', undefined, a.intermediary ?? false, b.intermediary ?? false);
  keyed(out, id, 'product', a.products, b.products);
  keyed(out, id, 'condition', byId(a.conditions), byId(b.conditions));
  keyed(out, id, 'attestation', a.attestations, b.attestations);
  for (const key of ['date', 'cadenceDays', 'reviewer', 'document'] as const) {
    field(out, id, 'review', key, a.review?.[key], b.review?.[key]);
  }
  keyed(
    out,
    id,
    'vendor-change',
    Object.fromEntries((a.changes ?? []).map((c) => [`${c.date} ${c.summary}`, c])),
    Object.fromEntries((b.changes ?? []).map((c) => [`${c.date} ${c.summary}`, c])),
  );
  const { certifications: certsA, ...profileA } = a.profile ?? {};
  const { certifications: certsB, ...profileB } = b.profile ?? {};
  keyed(
    out,
    id,
    'profile',
    profileA as Record<string, unknown>,
    profileB as Record<string, unknown>,
  );
  keyed(
    out,
    id,
    'certification',
    Object.fromEntries((certsA ?? []).map((c) => [c.name, c])),
    Object.fromEntries((certsB ?? []).map((c) => [c.name, c])),
  );
  field(out, id, 'detect', undefined, a.detect, b.detect);
}

export function diffRegistries(base: Registry, head: Registry): RegistryChange[] {
  const out: RegistryChange[] = [];
  const ids = [...new Set([...Object.keys(base.vendors), ...Object.keys(head.vendors)])].sort();
  for (const id of ids) {
    const a = Object.hasOwn(base.vendors, id) ? base.vendors[id] : undefined;
    const b = Object.hasOwn(head.vendors, id) ? head.vendors[id] : undefined;
    if (!a && b)
      out.push({ vendor: id, area: 'vendor', kind: 'added', after: `${b.name} (${b.status})` });
    else if (a && !b)
      out.push({ vendor: id, area: 'vendor', kind: 'removed', before: `${a.name} (${a.status})` });
    else if (a && b) vendorChanges(out, id, a, b);
  }
  keyed(
    out,
    undefined,
    'defaults',
    base.defaults as Record<string, unknown>,
    head.defaults as Record<string, unknown>,
  );
  const waivers = (r: Registry) => byId(r.waivers);
  const waiverChanges: RegistryChange[] = [];
  keyed(waiverChanges, undefined, 'waiver', waivers(base), waivers(head));
  for (const change of waiverChanges) {
    const vendor = (head.waivers ?? base.waivers ?? []).find((w) => w.id === change.id)?.vendor;
    out.push(vendor ? { vendor, ...change } : change);
  }
  return out;
}

/** Evaluate one inventory repository's declared use and evidence against a registry. */
async function evaluate(
  repo: InventoryRepository,
  registry: RegistryInput,
  now: string,
  workDir: string,
  index: number,
) {
  const root = path.join(workDir, String(index));
  await mkdir(path.join(root, '.github'), { recursive: true });
  // Always the default path: the inventory is input, and a path from it could point anywhere.
  const manifestPath = '.github/ai-vendors.yml';
  if (typeof repo.manifestText === 'string') {
    await writeFile(path.join(root, manifestPath), repo.manifestText);
  }
  try {
    const result = await runGate({
      root,
      manifestPath,
      registry,
      scan: true,
      evidence: Array.isArray(repo.evidence) ? repo.evidence : [],
      now,
      failOn: 'error',
      repository: repo.repository,
    });
    return result.report;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const deciding = (findings: { ruleId: string; severity: string; message: string }[]) =>
  findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => ({ ruleId: f.ruleId, message: f.message }));

export async function registryDiff(
  base: RegistryInput,
  head: RegistryInput,
  options: { inventory?: Inventory; now?: string; concurrency?: number } = {},
): Promise<RegistryDiff> {
  const baseDoc = (await readRegistry(base)).data;
  const headDoc = (await readRegistry(head)).data;
  const diff: RegistryDiff = {
    schemaVersion: 1,
    base: { source: base.source, sha256: sha256(base.bytes) },
    head: { source: head.source, sha256: sha256(head.bytes) },
    changes: diffRegistries(baseDoc, headDoc),
    impact: null,
  };
  const inventory = options.inventory;
  if (!inventory) return diff;
  const now = options.now ?? inventory.now;
  const workDir = await mkdtemp(path.join(tmpdir(), 'ai-vendor-gate-diff-'));
  try {
    const repos = inventory.repositories;
    const outcomes = await mapBounded(repos, options.concurrency ?? 4, async (repo, i) => {
      if (repo.decision === 'error') return { repo, change: null, unknown: true };
      const before = await evaluate(repo, base, now, workDir, i * 2);
      const after = await evaluate(repo, head, now, workDir, i * 2 + 1);
      if (before.decision === after.decision) return { repo, change: null, unknown: false };
      const a = deciding(before.findings);
      const b = deciding(after.findings);
      const key = (f: { ruleId: string; message: string }) => `${f.ruleId}\u0000${f.message}`;
      const inA = new Set(a.map(key));
      const inB = new Set(b.map(key));
      const change: DecisionChange = {
        repository: repo.repository,
        before: before.decision,
        after: after.decision,
        added: b.filter((f) => !inA.has(key(f))),
        removed: a.filter((f) => !inB.has(key(f))),
        ...(repo.evidenceTruncated ? { approximate: true } : {}),
      };
      return { repo, change, unknown: false };
    });
    diff.impact = {
      now,
      repositories: repos.length,
      changed: outcomes.flatMap((o) => (o.change ? [o.change] : [])),
      unknown: outcomes.filter((o) => o.unknown).map((o) => o.repo.repository),
    };
  } finally {
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
  return diff;
}
