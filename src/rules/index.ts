// The rules engine: a pure function of registry, manifest, evidence and `now`, returning findings.
import type {
  ConditionState,
  Evidence,
  Finding,
  Located,
  Manifest,
  Registry,
  VendorConditions,
} from '../model.js';
import type { Problem } from '../load/yaml.js';
import { personalAccountFindings } from './accounts.js';
import { conditionApplies, type ConditionOutcome, type ConditionUse } from './conditions.js';
import {
  entryLocation,
  isUsable,
  makeFinding,
  vendorOf,
  type RuleContext,
  type Use,
} from './context.js';
import { dayNumber } from './dates.js';
import { intermediaryFindings } from './intermediary.js';
import { productFindings } from './product.js';
import { usageFindings } from './usage.js';
import { notApprovedFinding, unknownVendorFinding, vendorChecks } from './vendor.js';
import { applyWaivers, waiverChecker } from './waivers.js';

export interface EvaluationInput {
  registry: Located<Registry>;
  /** The manifest, or its problems when it is invalid, or null when there is none. */
  manifest: Located<Manifest> | { problems: Problem[] } | null;
  manifestFile: string;
  /** What the scan found; null when the scan did not run. */
  evidence: Evidence[] | null;
  /** YYYY-MM-DD (UTC). */
  now: string;
  repository?: string;
  registryChanged?: { file: string; base: string };
  isSelfHosted?: (vendor: string) => boolean;
  vendorName?: (vendor: string) => string;
}

export interface Evaluation {
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
  const vendorName = (id: string) =>
    vendorOf({ registry } as RuleContext, id)?.name ?? input.vendorName?.(id) ?? id;

  if (input.registryChanged) {
    findings.push(
      makeFinding(
        'registry-changed',
        'warning',
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

  if (isProblems(input.manifest)) {
    for (const problem of input.manifest.problems) {
      findings.push(
        makeFinding('manifest-invalid', 'error', problem.message, { location: problem.location }),
      );
    }
    return { findings: applyWaivers(findings, registry, today, input.repository), vendors };
  }

  const manifest = input.manifest;
  if (manifest) {
    const ctx: RuleContext = { registry, manifest, today, now: input.now };
    const isWaived = waiverChecker(registry.data, today, input.repository);
    const uses: Use[] = manifest.data.vendors.map((entry, index) => ({ entry, index }));
    const byVendor = new Map<string, Use[]>();
    for (const use of uses) {
      findings.push(...personalAccountFindings(ctx, use, vendorOf(ctx, use.entry.vendor)));
      const list = byVendor.get(use.entry.vendor) ?? [];
      list.push(use);
      byVendor.set(use.entry.vendor, list);
    }
    for (const [vendorId, vendorUses] of byVendor) {
      const vendor = vendorOf(ctx, vendorId);
      const first = entryLocation(ctx, vendorUses[0]);
      if (!vendor) {
        findings.push(unknownVendorFinding(ctx, vendorId, first));
        vendors.push({ vendor: vendorId, name: vendorId, status: 'unknown', conditions: [] });
        continue;
      }
      for (const use of vendorUses) findings.push(...productFindings(ctx, use, vendor));
      let outcomes: ConditionOutcome[] = [];
      if (!isUsable(vendor)) {
        findings.push(notApprovedFinding(vendorId, vendor, first));
      } else {
        const conditionUses: ConditionUse[] = vendorUses.map((use) => ({
          product: use.entry.product,
          location: entryLocation(ctx, use),
        }));
        const checked = vendorChecks(ctx, vendorId, vendor, conditionUses);
        findings.push(...checked.findings);
        outcomes = checked.outcomes;
      }
      for (const use of vendorUses) findings.push(...intermediaryFindings(ctx, use, isWaived));
      vendors.push(conditionTable(ctx, vendorId, outcomes, findings, vendorUses));
    }
  }

  findings.push(
    ...usageFindings({
      manifest,
      manifestFile: input.manifestFile,
      evidence: input.evidence,
      isSelfHosted: input.isSelfHosted ?? (() => false),
      vendorName,
    }),
  );
  return { findings: applyWaivers(findings, registry, today, input.repository), vendors };
}

/** Each condition of a vendor in use and its state, for the summary table. */
function conditionTable(
  ctx: RuleContext,
  vendorId: string,
  outcomes: ConditionOutcome[],
  findings: Finding[],
  uses: Use[],
): VendorConditions {
  const vendor = vendorOf(ctx, vendorId)!;
  const about = (rules: string[]) =>
    findings.some((f) => f.vendor === vendorId && rules.includes(f.ruleId));
  const conditions = (vendor.conditions ?? []).map((condition) => {
    let state: ConditionState;
    const outcome = outcomes.find((o) => o.condition === condition);
    if (!isUsable(vendor)) {
      state = 'unmet';
    } else if (outcome) {
      state = outcome.state;
    } else if (condition.check === 'personal-accounts') {
      state = about(['personal-account']) ? 'unmet' : 'met';
    } else {
      state = about(['review-stale'])
        ? 'expired'
        : about(['review-missing', 'review-invalidated'])
          ? 'unmet'
          : 'met';
    }
    if (condition.appliesTo && !outcome && isUsable(vendor)) {
      const applies = uses.some((use) =>
        conditionApplies(ctx, condition, {
          product: use.entry.product,
          location: entryLocation(ctx, use),
        }),
      );
      if (!applies) state = 'not applicable';
    }
    return { id: condition.id, title: condition.title, owner: condition.owner, state };
  });
  return { vendor: vendorId, name: vendor.name, status: vendor.status, conditions };
}
