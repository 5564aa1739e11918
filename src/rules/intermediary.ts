// intermediary-not-approved: a gateway in the path sees the data too (seed: "verify that any
// third-party API middleware or integrations do not reintroduce data sharing").
import type { Finding } from '../model.js';
import {
  entryLocation,
  isUsable,
  makeFinding,
  vendorOf,
  type RuleContext,
  type Use,
} from './context.js';
import { vendorChecks } from './vendor.js';

export function intermediaryFindings(
  ctx: RuleContext,
  use: Use,
  isWaived: (finding: Finding) => boolean,
): Finding[] {
  const via = use.entry.via;
  if (via === undefined) return [];
  const location = entryLocation(ctx, use, 'via');
  const fields = { vendor: use.entry.vendor, product: use.entry.product, location };
  const fail = (why: string) => [
    makeFinding(
      'intermediary-not-approved',
      'error',
      `The intermediary "${via}" ${why}: route the traffic directly to the vendor, or ask Security to approve the intermediary.`,
      fields,
    ),
  ];
  const intermediary = vendorOf(ctx, via);
  if (!intermediary) return fail('is not a vendor in the registry');
  if (intermediary.intermediary !== true)
    return fail(`(${intermediary.name}) is not registered as an intermediary`);
  if (!isUsable(intermediary)) return fail(`(${intermediary.name}) is ${intermediary.status}`);
  const failed = vendorChecks(ctx, via, intermediary, [{ location }]).findings.filter(
    (finding) => finding.severity === 'error' && !isWaived(finding),
  );
  if (failed.length === 0) return [];
  const reasons = failed.map(
    (finding) => finding.message.replace(/:.*$/s, '') + ` (${finding.ruleId})`,
  );
  return fail(`(${intermediary.name}) fails vendor rules: ${reasons.join('; ')}`);
}
