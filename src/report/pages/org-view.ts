// The organization page's view model, shared by its HTML and markdown renderers: what the
// inventory says about the organization, computed once, in a fixed order.
import { fallingDue, type DueItem } from '../../governance/due.js';
import { CLASSIFICATION_RANK, type Classification, type Finding } from '../../model.js';
import type { Inventory, InventoryRepository } from '../../org/inventory.js';

export const DUE_WINDOW_DAYS = 90;

export interface VendorUse {
  vendor: string;
  name: string;
  status: string;
  repositories: number;
  /** Repositories using it without declaring it. */
  undeclared: number;
  /** Highest data classification declared by any repository. */
  highestClassification: string | null;
}

/** A cell of the repositories × vendors grid. */
export interface UseCell {
  /** The highest classification declared for the vendor, or null when only found. */
  classification: string | null;
  declared: boolean;
}

export interface FailingRepository {
  repository: string;
  decision: 'fail' | 'error';
  /** The findings that decided it (errors first), or the reason it could not be evaluated. */
  reasons: { ruleId: string; message: string }[];
  more: number;
}

export interface OrgView {
  organization: string;
  now: string;
  registry: { source: string; sha256: string };
  totals: { repositories: number; pass: number; fail: number; error: number; noManifest: number };
  vendors: VendorUse[];
  grid: { repository: string; decision: string; cells: (UseCell | null)[] }[];
  failing: FailingRepository[];
  noManifest: { repository: string; vendors: string[] }[];
  due: DueItem[];
  /** No registry in the inventory: the calendar cannot be shown. */
  calendarKnown: boolean;
}

const REASONS_SHOWN = 5;

function highest(a: string | null, b: string): string {
  if (a === null) return b;
  const rank = (c: string) => CLASSIFICATION_RANK[c as Classification] ?? -1;
  return rank(b) > rank(a) ? b : a;
}

function cellsOf(repo: InventoryRepository): Map<string, UseCell> {
  const cells = new Map<string, UseCell>();
  for (const vendor of repo.vendors) cells.set(vendor, { classification: null, declared: false });
  for (const use of repo.declared ?? []) {
    for (const vendor of use.via ? [use.vendor, use.via] : [use.vendor]) {
      const cell = cells.get(vendor) ?? { classification: null, declared: false };
      cells.set(vendor, {
        classification: highest(cell.classification, use.dataClassification),
        declared: true,
      });
    }
  }
  return cells;
}

const bySeverity = (a: Finding, b: Finding) => {
  const rank = { error: 0, warning: 1, note: 2 } as const;
  return rank[a.severity] - rank[b.severity];
};

export function orgView(inventory: Inventory): OrgView {
  const registry = inventory.registryDocument;
  const repos = inventory.repositories;
  const usage = new Map<string, VendorUse>();
  const grid: OrgView['grid'] = [];
  const perRepo = repos.map((repo) => ({ repo, cells: cellsOf(repo) }));
  for (const { cells } of perRepo) {
    for (const [vendor, cell] of cells) {
      const known = registry?.vendors[vendor];
      const use = usage.get(vendor) ?? {
        vendor,
        name: known?.name ?? vendor,
        status: known?.status ?? 'not in the registry',
        repositories: 0,
        undeclared: 0,
        highestClassification: null,
      };
      use.repositories++;
      if (!cell.declared) use.undeclared++;
      if (cell.classification !== null) {
        use.highestClassification = highest(use.highestClassification, cell.classification);
      }
      usage.set(vendor, use);
    }
  }
  const vendors = [...usage.values()].sort(
    (a, b) => b.repositories - a.repositories || (a.vendor < b.vendor ? -1 : 1),
  );
  const columns = vendors.map((v) => v.vendor);
  for (const { repo, cells } of perRepo) {
    if (cells.size === 0) continue;
    grid.push({
      repository: repo.repository,
      decision: repo.decision,
      cells: columns.map((vendor) => cells.get(vendor) ?? null),
    });
  }
  const failing: FailingRepository[] = [];
  for (const repo of repos) {
    if (repo.decision === 'pass') continue;
    if (repo.decision === 'error') {
      failing.push({
        repository: repo.repository,
        decision: 'error',
        reasons: [
          { ruleId: 'error', message: repo.reason ?? 'The repository could not be evaluated.' },
        ],
        more: 0,
      });
      continue;
    }
    const deciding = [...repo.findings]
      .filter((f) => f.severity === 'error' || f.severity === 'warning')
      .sort(bySeverity);
    failing.push({
      repository: repo.repository,
      decision: 'fail',
      reasons: deciding
        .slice(0, REASONS_SHOWN)
        .map((f) => ({ ruleId: f.ruleId, message: f.message })),
      more: Math.max(0, deciding.length - REASONS_SHOWN),
    });
  }
  const count = (decision: string) => repos.filter((r) => r.decision === decision).length;
  const noManifest = repos
    .filter((r) => !r.manifest && r.decision !== 'error')
    .map((r) => ({ repository: r.repository, vendors: r.vendors }));
  return {
    organization: inventory.organization,
    now: inventory.now,
    registry: inventory.registry,
    totals: {
      repositories: repos.length,
      pass: count('pass'),
      fail: count('fail'),
      error: count('error'),
      noManifest: noManifest.length,
    },
    vendors,
    grid,
    failing,
    noManifest,
    due: registry ? fallingDue(registry, inventory.now, DUE_WINDOW_DAYS) : [],
    calendarKnown: registry !== undefined,
  };
}

export function dueWhen(item: DueItem): string {
  if (item.daysLeft < 0)
    return `overdue by ${-item.daysLeft} day${item.daysLeft === -1 ? '' : 's'}`;
  if (item.daysLeft === 0) return 'due today';
  return `in ${item.daysLeft} day${item.daysLeft === 1 ? '' : 's'}`;
}
