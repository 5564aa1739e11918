// usage-undeclared, declaration-unused and manifest-missing: the manifest against what the scan
// found, so that not declaring a vendor is no way around the gate. A declaration covers the
// vendor's evidence under its `paths` (all of it without them); an entry with `via` covers the
// intermediary's evidence there too. Severity follows the evidence context (SPEC section 9).
import type {
  Evidence,
  Finding,
  FixSituation,
  Located,
  Location,
  Manifest,
  ManifestEntry,
  Vendor,
} from '../model.js';
import { makeFinding } from './context.js';
import { PathIndex } from './paths.js';
import { compareEvidence, isLockfile, isUse } from './decision.js';
import { fixFor } from './table.js';
import { isUsable, notAllowedSituation } from './vendor.js';

export interface UsageInput {
  manifest: Located<Manifest> | null;
  manifestFile: string;
  /** null when the scan did not run. */
  evidence: Evidence[] | null;
  isSelfHosted: (vendor: string) => boolean;
  vendorName: (vendor: string) => string;
  /** The registry's entry for a vendor id, if any. */
  registryVendor: (vendor: string) => Vendor | undefined;
}

/**
 * How strongly an item shows use, lower first: a runtime dependency declared in a manifest, then
 * the same in a lockfile (which only records what a manifest asked for), then a runtime import,
 * then other runtime source, then CI, then a declaration elsewhere, then the rest.
 */
function tier(item: Evidence): number {
  const declared = item.kind === 'dependency' && item.direct;
  if (item.context === 'runtime') {
    if (declared) return isLockfile(item.file) ? 1 : 0;
    return item.kind === 'import' ? 2 : 3;
  }
  if (item.context === 'ci') return 4;
  return declared ? 5 : 6;
}

/** The strongest item: lowest tier, then first in file order. One pass. */
export function strongestEvidence(items: readonly Evidence[]): Evidence {
  let best = items[0];
  // Each item's tier once (a lockfile check is a file-name lookup); callers pass a vendor's items.
  let bestTier = items.length > 0 ? tier(best) : Infinity;
  for (const item of items) {
    const t = tier(item);
    if (t < bestTier || (t === bestTier && compareEvidence(item, best) < 0)) {
      best = item;
      bestTier = t;
    }
  }
  return best;
}

/** The matched text when the scan gave its span, else the line from its first column. */
export function evidenceLocation(item: Evidence): Location {
  const spanned =
    item.column !== undefined && item.endColumn !== undefined && item.endColumn > item.column;
  return {
    file: item.file,
    line: item.line,
    column: spanned ? item.column! : 1,
    endLine: item.line,
    endColumn: spanned ? item.endColumn! : 1,
  };
}

/**
 * What the declarations of one vendor cover: everything when one of them has no `paths`,
 * else the files under their globs.
 */
interface Coverage {
  whole: boolean;
  index: PathIndex;
  paths: string[];
}

function coverageOf(entries: readonly ManifestEntry[]): Map<string, Coverage> {
  const globs = new Map<string, { whole: boolean; paths: string[] }>();
  const add = (vendor: string, paths: readonly string[] | undefined) => {
    let cover = globs.get(vendor);
    if (!cover) {
      cover = { whole: false, paths: [] };
      globs.set(vendor, cover);
    }
    if (paths === undefined) cover.whole = true;
    else cover.paths.push(...paths);
  };
  for (const entry of entries) {
    add(entry.vendor, entry.paths);
    if (entry.via) add(entry.via, entry.paths);
  }
  const coverage = new Map<string, Coverage>();
  for (const [vendor, { whole, paths }] of globs) {
    const distinct = [...new Set(paths)];
    coverage.set(vendor, { whole, paths: distinct, index: new PathIndex(distinct) });
  }
  return coverage;
}

/**
 * Whether a declaration covers an item: a file under its globs, or a dependency file in a
 * directory that holds a declared path (the root package.json of `paths: ["src/**"]`).
 */
function covered(cover: Coverage, item: Evidence): boolean {
  const underGlobs = cover.index.covers(item.file, true);
  const slash = item.file.lastIndexOf('/');
  const holder =
    item.kind === 'dependency' &&
    cover.index.holds(slash === -1 ? '' : item.file.slice(0, slash), true);
  return cover.whole || underGlobs || holder;
}

function describe(item: Evidence): string {
  switch (item.kind) {
    case 'dependency':
      return `depends on ${item.name}`;
    case 'workflow':
      return `uses the action ${item.name}`;
    case 'endpoint':
      return `calls ${item.name}`;
    case 'import':
      return `imports ${item.name}`;
    default:
      return `reads ${item.name}`;
  }
}

const listed = (values: readonly string[], max = 5): string =>
  values.length > max ? `${values.slice(0, max).join(', ')}, …` : values.join(', ');

export function usageFindings(input: UsageInput): Finding[] {
  const { manifest, evidence } = input;
  const findings: Finding[] = [];
  const groups = new Map<string, Evidence[]>();
  for (const item of evidence ?? []) {
    const group = groups.get(item.vendor);
    if (group) group.push(item);
    else groups.set(item.vendor, [item]);
  }
  if (!manifest) {
    const used = (evidence ?? []).some((item) => isUse(item) && !input.isSelfHosted(item.vendor));
    const vendors = [...groups.keys()].sort();
    findings.push(
      used
        ? makeFinding(
            'manifest-missing',
            `No manifest at ${input.manifestFile}, yet the scan found AI vendor use (${listed(vendors, 10)}): declare each vendor, product, purpose and data classification there (ai-vendor-gate init writes a starter).`,
          )
        : makeFinding(
            'manifest-missing',
            `No manifest at ${input.manifestFile}; the scan found no AI vendor use in runtime code or CI${vendors.length ? ` (only ${listed(vendors, 10)} outside it)` : ''}. Add one when the repository starts using an AI vendor.`,
            { severity: 'note', situation: 'no-usage' },
          ),
    );
  }
  if (evidence === null) return findings;
  const entries = manifest?.data.vendors ?? [];
  const coverage = coverageOf(entries);

  for (const vendor of [...groups.keys()].sort()) {
    const cover = coverage.get(vendor);
    const items = groups.get(vendor)!;
    // Every file is matched (and its globs marked as used) even when a declaration covers the
    // whole repository, so that declaration-unused can tell which `paths` saw evidence.
    const uncovered = cover ? items.filter((item) => !covered(cover, item)) : items;
    if (uncovered.length === 0) continue;
    findings.push(undeclaredFinding(input, vendor, uncovered, cover));
  }

  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const key = `${entry.vendor}\0${entry.paths === undefined ? '' : JSON.stringify(entry.paths)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const used = entry.paths
      ? entry.paths.some((glob) => coverage.get(entry.vendor)!.index.wasMatched(glob))
      : groups.has(entry.vendor);
    if (used) return;
    const where = entry.paths ? ` under its paths (${listed(entry.paths)})` : '';
    findings.push(
      makeFinding(
        'declaration-unused',
        `${input.vendorName(entry.vendor)} is declared but the scan found no use of it${where}: remove the entry if the repository no longer uses it, or correct its paths if the use lives elsewhere.`,
        {
          vendor: entry.vendor,
          product: entry.product,
          location: manifest!.locate(['vendors', index, entry.paths ? 'paths' : 'vendor']),
        },
      ),
    );
  });
  return findings;
}

function undeclaredFinding(
  input: UsageInput,
  vendor: string,
  items: Evidence[],
  cover: Coverage | undefined,
): Finding {
  const name = input.vendorName(vendor);
  const best = strongestEvidence(items);
  const selfHosted = input.isSelfHosted(vendor);
  const inUse = items.some(isUse);
  const registered = input.registryVendor(vendor);
  const notAllowed =
    registered && !isUsable(registered) ? notAllowedSituation(registered) : undefined;
  // The registry's verdict on the vendor decides the fix: never "declare it" for a vendor that
  // cannot be declared. An unregistered vendor the catalog knows is a vendor to review first.
  const situation: FixSituation | undefined = selfHosted
    ? 'self-hosted'
    : (notAllowed ?? (registered ? (cover ? 'outside-paths' : undefined) : 'vendor-unknown'));
  const others =
    items.length > 1 ? ` (and ${items.length - 1} more place${items.length > 2 ? 's' : ''})` : '';
  const what = cover
    ? `${name} is used outside the paths its declaration covers (${listed(cover.paths)}): ${best.file} ${describe(best)}${others}`
    : `${name} is used but not declared: ${best.file} ${describe(best)}${others}`;
  const contexts = [...new Set(items.map((item) => item.context))].sort();
  const why = selfHosted
    ? ' It is a note: a self-hosted model sends no data to a vendor.'
    : inUse
      ? ''
      : items.every((item) => !item.direct)
        ? ' It is a note: the only evidence is a transitive lockfile entry.'
        : ` It is a note: the evidence is only in ${listed(contexts)} files, not runtime code or CI.`;
  const fix =
    situation === undefined
      ? `Declare it in ${input.manifestFile} with its product, purpose and data classification, or remove the use.`
      : fixFor({ ruleId: 'usage-undeclared', situation });
  return makeFinding('usage-undeclared', `${what}. ${fix}${why}`, {
    vendor,
    location: evidenceLocation(best),
    situation,
    ...(inUse && !selfHosted ? {} : { severity: 'note' as const }),
  });
}
