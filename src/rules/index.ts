// The rules engine: a pure function of registry, manifest, evidence and `now`, returning findings
// and, per vendor in use, the state of its conditions decided from the same outcomes.
import type {
  Evidence,
  Finding,
  Located,
  Manifest,
  Registry,
  ScanSummary,
  VendorConditions,
} from '../model.js';
import type { Problem } from '../load/yaml.js';
import { personalAccountFindings } from './accounts.js';
import type { ConditionUse } from './conditions.js';
import { capFindings } from './cap.js';
import {
  entryLocation,
  isUsable,
  makeFinding,
  vendorOf,
  type RuleContext,
  type Use,
} from './context.js';
import { dayNumber } from './dates.js';
import { compareFindings } from './decision.js';
import {
  intermediaryCeiling,
  intermediaryFindings,
  type IntermediaryCheck,
} from './intermediary.js';
import { productFindings } from './product.js';
import { usageFindings } from './usage.js';
import {
  blockedConditions,
  notApprovedFinding,
  unknownVendorFinding,
  vendorChecks,
  vendorRow,
} from './vendor.js';
import { applyWaivers, waiverChecker } from './waivers.js';

export interface EvaluationInput {
  registry: Located<Registry>;
  /** The manifest, or its problems when it is invalid, or null when there is none. */
  manifest: Located<Manifest> | { problems: Problem[] } | null;
  manifestFile: string;
  /** What the scan found; null when the scan did not run. */
  evidence: Evidence[] | null;
  /** What the scan read; absent or null when it did not run (or the caller gave evidence). */
  scan?: ScanSummary | null;
  /** Set when `scan-exclude` globs were given (to say why a scan read nothing). */
  scanExcluded?: boolean;
  /** YYYY-MM-DD (UTC). */
  now: string;
  repository?: string;
  registryChanged?: { file: string; base: string };
  isSelfHosted?: (vendor: string) => boolean;
  vendorName?: (vendor: string) => string;
}

export interface Evaluation {
  /** In report order, capped (see cap.ts). */
  findings: Finding[];
  vendors: VendorConditions[];
}

const isProblems = (value: EvaluationInput['manifest']): value is { problems: Problem[] } =>
  value !== null && 'problems' in value;

export function evaluate(input: EvaluationInput): Evaluation {
  const { registry } = input;
  const today = dayNumber(input.now);
  const findings: Finding[] = [];
  const vendors: VendorConditions[] = [];
  const registryVendor = (id: string) => vendorOf({ registry } as RuleContext, id);
  const vendorName = (id: string) => registryVendor(id)?.name ?? input.vendorName?.(id) ?? id;
  const finish = () => ({
    // Sorted before the cap (the first of each kind are kept) and after (summaries in place).
    findings: capFindings(
      applyWaivers(findings, registry, today, input.repository).sort(compareFindings),
    ).sort(compareFindings),
    vendors: vendors.sort((a, b) => (a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0)),
  });

  if (input.registryChanged) {
    findings.push(
      makeFinding(
        'registry-changed',
        `This pull request changes the registry ${input.registryChanged.file}; the gate used the version of the base commit ${input.registryChanged.base.slice(0, 12)}, so a pull request cannot approve its own vendor. Land registry changes on their own, reviewed by Security.`,
        {
          location: {
            file: input.registryChanged.file,
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
          },
        },
      ),
    );
  }
  findings.push(...scanFindings(input));

  if (isProblems(input.manifest)) {
    for (const problem of input.manifest.problems) {
      const finding = makeFinding('manifest-invalid', problem.message, {
        location: problem.location,
      });
      if (problem.count !== undefined) finding.count = problem.count;
      findings.push(finding);
    }
    return finish();
  }

  const manifest = input.manifest;
  if (manifest) {
    const ctx: RuleContext = { registry, manifest, today, now: input.now };
    const isWaived = waiverChecker(registry.data, today, input.repository);
    const byVendor = new Map<string, Use[]>();
    const byIntermediary = new Map<string, Use[]>();
    manifest.data.vendors.forEach((entry, index) => {
      const use = { entry, index };
      findings.push(...personalAccountFindings(ctx, use, vendorOf(ctx, entry.vendor)));
      push(byVendor, entry.vendor, use);
      if (entry.via !== undefined) push(byIntermediary, entry.via, use);
    });
    for (const [vendorId, vendorUses] of byVendor) {
      const vendor = vendorOf(ctx, vendorId);
      const first = entryLocation(ctx, vendorUses[0]);
      if (!vendor) {
        findings.push(unknownVendorFinding(ctx, vendorId, first));
        vendors.push(vendorRow(vendorId, undefined, []));
        continue;
      }
      for (const use of vendorUses) findings.push(...productFindings(ctx, use, vendor));
      if (!isUsable(vendor)) {
        findings.push(notApprovedFinding(vendorId, vendor, first));
        vendors.push(vendorRow(vendorId, vendor, blockedConditions(vendor)));
        continue;
      }
      const verdict = vendorChecks(
        ctx,
        vendorId,
        vendor,
        vendorUses.map((use) => conditionUse(ctx, use)),
      );
      findings.push(...verdict.findings);
      vendors.push(vendorRow(vendorId, vendor, verdict.conditions));
    }
    // An intermediary sees the data too: it is checked once, with every use that goes through
    // it, and listed with its conditions beside the vendors (unless it is also used directly).
    for (const [viaId, viaUses] of byIntermediary) {
      const intermediary = vendorOf(ctx, viaId);
      const usable = intermediary?.intermediary === true && isUsable(intermediary);
      const verdict = usable
        ? vendorChecks(
            ctx,
            viaId,
            intermediary,
            viaUses.map((use) => ({
              product:
                intermediaryCeiling(intermediary, use.entry.product)?.product ?? use.entry.product,
              location: entryLocation(ctx, use, 'via'),
            })),
          )
        : null;
      const check: IntermediaryCheck = { id: viaId, vendor: intermediary, verdict };
      for (const use of viaUses) findings.push(...intermediaryFindings(ctx, use, check, isWaived));
      if (!byVendor.has(viaId)) {
        vendors.push(
          vendorRow(
            viaId,
            intermediary,
            verdict?.conditions ?? (intermediary ? blockedConditions(intermediary) : []),
          ),
        );
      }
    }
  }

  findings.push(
    ...usageFindings({
      manifest,
      manifestFile: input.manifestFile,
      evidence: input.evidence,
      isSelfHosted: input.isSelfHosted ?? (() => false),
      vendorName,
      registryVendor,
    }),
  );
  return finish();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const conditionUse = (ctx: RuleContext, use: Use): ConditionUse => ({
  product: use.entry.product,
  location: entryLocation(ctx, use),
  accounts: use.entry.accounts ?? 'organization',
});

/** scan-empty: a scan that read no file cannot see undeclared use, and must say so. */
function scanFindings(input: EvaluationInput): Finding[] {
  const scan = input.scan;
  if (!scan || scan.filesRead > 0) return [];
  const excludedAll =
    (scan.skippedByReason['excluded-all'] ?? 0) > 0 || input.scanExcluded === true;
  const location =
    isProblems(input.manifest) || input.manifest === null ? undefined : input.manifest.locate([]);
  return [
    makeFinding(
      'scan-empty',
      excludedAll
        ? `The scan read no file: scan-exclude leaves nothing to scan${scan.skippedCount ? ` (${scan.skippedCount} file${scan.skippedCount === 1 ? '' : 's'} left out)` : ''}, so undeclared AI use cannot be seen. Narrow scan-exclude so that the source files stay in the scan.`
        : `The scan read no file${scan.skippedCount ? ` (${scan.skippedCount} file${scan.skippedCount === 1 ? '' : 's'} skipped)` : ''}, so undeclared AI use cannot be seen. Check that the checkout holds the repository and that its files are readable.`,
      { location, situation: excludedAll ? 'excluded-all' : 'nothing-read' },
    ),
  ];
}
