// What each rule means and how to fix what it finds: the text behind SARIF rules and the
// "how to fix" section of the markdown report. Derived from SPEC section 4.
import { RULE_IDS, type RuleId, type Severity } from '../model.js';

export interface RuleInfo {
  id: RuleId;
  /** PascalCase, as SARIF `reportingDescriptor.name`. */
  name: string;
  /** One sentence, plain text. */
  shortDescription: string;
  /** When the rule fires, plain text. */
  fullDescription: string;
  /** How to fix it, markdown (inline code only, so it reads as plain text too). */
  help: string;
  defaultSeverity: Severity;
  /** Area of the rule, for SARIF `properties.tags`. */
  category: 'manifest' | 'vendor' | 'product' | 'condition' | 'review' | 'data' | 'scan' | 'policy';
}

type RuleText = Omit<RuleInfo, 'id' | 'name'>;

const TEXTS: Record<RuleId, RuleText> = {
  'manifest-invalid': {
    category: 'manifest',
    defaultSeverity: 'error',
    shortDescription: 'The AI vendor manifest is not valid.',
    fullDescription:
      'The manifest is not valid YAML, has a duplicate key, or breaks the manifest schema. ' +
      'One finding is reported per problem, at its node.',
    help:
      'Fix the YAML at the reported line so that it matches the manifest schema ' +
      '(`ai-vendor-gate schema manifest`). Required: `version`, `owner`, `vendors`; per entry ' +
      '`vendor`, `product`, `purpose`, `dataClassification`.',
  },
  'manifest-missing': {
    category: 'manifest',
    defaultSeverity: 'error',
    shortDescription: 'The repository has no AI vendor manifest.',
    fullDescription:
      'No manifest was found and the scan found AI vendor usage (a note when the scan found none).',
    help:
      'Create `.github/ai-vendors.yml` (`ai-vendor-gate init` writes a starter) and declare each ' +
      'AI vendor and product the repository uses, with its purpose and data classification.',
  },
  'vendor-unknown': {
    category: 'vendor',
    defaultSeverity: 'error',
    shortDescription: 'The manifest names a vendor the registry does not know.',
    fullDescription:
      'A manifest entry names a vendor id that is not in the approved-vendor registry.',
    help:
      'Use a vendor id from the registry, or ask security and compliance to review the vendor ' +
      'and add it to the registry before using it.',
  },
  'vendor-not-approved': {
    category: 'vendor',
    defaultSeverity: 'error',
    shortDescription: 'The vendor is not approved for use.',
    fullDescription:
      'The registry gives the vendor the status `under-review`, `rejected` or `suspended`.',
    help:
      'Stop using the vendor, or switch to an approved or conditional vendor. If a review is ' +
      'pending, wait for security and compliance to complete it.',
  },
  'product-unknown': {
    category: 'product',
    defaultSeverity: 'error',
    shortDescription: "The manifest names a product the vendor's registry entry does not list.",
    fullDescription: "A manifest entry names a product id that is not among the vendor's products.",
    help:
      "Use a product id listed under the vendor's `products` in the registry, or ask security " +
      'and compliance to review the product.',
  },
  'product-not-approved': {
    category: 'product',
    defaultSeverity: 'error',
    shortDescription: 'The product is prohibited or under review.',
    fullDescription:
      "The registry gives the product the status `prohibited` or `under-review`; the message gives the registry's reason.",
    help:
      'Move to an approved product of the vendor (for example the organization API instead of ' +
      'personal or consumer plans), or wait for the review to complete.',
  },
  'personal-account': {
    category: 'policy',
    defaultSeverity: 'error',
    shortDescription: 'An AI vendor is used through a personal account.',
    fullDescription: 'A manifest entry declares `accounts: personal`.',
    help:
      'Use an organization account covered by the vendor agreement, and set ' +
      '`accounts: organization` (the default).',
  },
  'condition-unmet': {
    category: 'condition',
    defaultSeverity: 'error',
    shortDescription: 'A condition of the vendor approval is not met.',
    fullDescription:
      'A condition that applies to this use requires an attestation, and the registry has none.',
    help:
      "Ask the condition's owner to complete it; security and compliance then record an " +
      '`attestations` entry with the same id in the registry.',
  },
  'condition-expired': {
    category: 'condition',
    defaultSeverity: 'error',
    shortDescription: 'The attestation of a vendor condition has expired.',
    fullDescription:
      'The attestation of an applicable condition has an `expires` date before today.',
    help:
      "Ask the condition's owner to renew it; security and compliance then update the " +
      'attestation in the registry with a new date and expiry.',
  },
  'review-missing': {
    category: 'review',
    defaultSeverity: 'error',
    shortDescription: 'An approved vendor in use has never been reviewed.',
    fullDescription:
      'An approved or conditional vendor in use has no `review.date` in the registry.',
    help: 'Security and compliance must review the vendor and record `review.date` in the registry.',
  },
  'review-stale': {
    category: 'review',
    defaultSeverity: 'error',
    shortDescription: 'The vendor review is overdue.',
    fullDescription: "Today is later than the vendor's review date plus its review cadence.",
    help:
      'Security and compliance must re-review the vendor and update `review.date`; a time-boxed ' +
      'waiver can cover the gap while the review is scheduled.',
  },
  'review-due-soon': {
    category: 'review',
    defaultSeverity: 'warning',
    shortDescription: 'The vendor review falls due soon.',
    fullDescription: "The vendor's next review falls due within the registry's warning days.",
    help: 'Schedule the re-review with security and compliance before the due date.',
  },
  'review-invalidated': {
    category: 'review',
    defaultSeverity: 'error',
    shortDescription: 'A significant vendor change happened after the last review.',
    fullDescription:
      'The registry records a significant vendor change dated after the review date and not after today.',
    help:
      'Security and compliance must re-review the vendor against the change and update ' +
      '`review.date`.',
  },
  'certification-expired': {
    category: 'vendor',
    defaultSeverity: 'warning',
    shortDescription: "A vendor's verified certification has expired.",
    fullDescription: "A `verified` certification in the vendor's profile expires before today.",
    help:
      'Security and compliance should obtain the renewed certificate from the vendor and update ' +
      'the certification in the registry.',
  },
  'residency-mismatch': {
    category: 'data',
    defaultSeverity: 'error',
    shortDescription: 'The vendor processes data outside the allowed regions.',
    fullDescription:
      'The manifest sets `dataResidency` and a vendor processing region is outside it (an unknown region counts as outside).',
    help:
      'Use a vendor or product that processes data only in the allowed regions, or correct ' +
      '`dataResidency` if the repository may send data elsewhere.',
  },
  'classification-exceeded': {
    category: 'data',
    defaultSeverity: 'error',
    shortDescription: 'The data sent is more sensitive than the product is approved for.',
    fullDescription:
      "The entry's `dataClassification` ranks above the product's `maxClassification` (public < internal < confidential < restricted).",
    help:
      'Send less sensitive data to the product, or use a product approved for this ' +
      'classification.',
  },
  'intermediary-not-approved': {
    category: 'vendor',
    defaultSeverity: 'error',
    shortDescription: 'The intermediary named by `via` is not approved.',
    fullDescription:
      'The `via` vendor is unknown, not an intermediary, or fails one of the vendor rules.',
    help:
      'Route the traffic through an approved intermediary, call the vendor directly, or remove ' +
      '`via` if no intermediary is used.',
  },
  'usage-undeclared': {
    category: 'scan',
    defaultSeverity: 'error',
    shortDescription: 'The repository uses an AI vendor that the manifest does not declare.',
    fullDescription:
      'The scan found evidence of a vendor that the manifest does not declare (a note when the only evidence is a transitive lockfile entry).',
    help:
      'Declare the vendor in `.github/ai-vendors.yml` with its product, purpose and data ' +
      'classification, or remove the usage.',
  },
  'declaration-unused': {
    category: 'scan',
    defaultSeverity: 'warning',
    shortDescription: 'The manifest declares a vendor the scan found no evidence of.',
    fullDescription: 'A declared vendor has no evidence in the repository.',
    help:
      'Remove the entry if the vendor is no longer used; keep it if the use is not visible to ' +
      'the scan (for example a service called through an internal proxy).',
  },
  'waiver-expired': {
    category: 'policy',
    defaultSeverity: 'warning',
    shortDescription: 'A waiver that would cover a finding has expired.',
    fullDescription:
      'A waiver matches a finding but its `expires` date is before today; the finding keeps its severity.',
    help: 'Fix the underlying finding, or ask security to renew the waiver with a new expiry.',
  },
  'registry-changed': {
    category: 'policy',
    defaultSeverity: 'warning',
    shortDescription: 'The pull request changes the vendor registry.',
    fullDescription:
      'On a pull request, the registry file differs from the base commit; the gate uses the base version.',
    help:
      'Registry changes take effect once merged: have security and compliance review and merge ' +
      'them separately, so a pull request cannot approve its own vendor.',
  },
};

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** Every rule, in `RULE_IDS` order (so a rule's index is stable). */
export const RULES: readonly RuleInfo[] = RULE_IDS.map((id) => ({
  id,
  name: pascalCase(id),
  ...TEXTS[id],
}));

const BY_ID = new Map<RuleId, RuleInfo>(RULES.map((rule) => [rule.id, rule]));

export function ruleInfo(id: RuleId): RuleInfo {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`Unknown rule id: ${id}`);
  return rule;
}
