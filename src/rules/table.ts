// The one rule table (issue 11): every rule's severity, texts, fixes and SARIF metadata, keyed by
// rule id. The engine takes severities from here and every renderer takes its texts from here, so
// a rule's meaning is written once. Derived from SPEC section 4.
import { RULE_IDS, type Finding, type FixSituation, type RuleId, type Severity } from '../model.js';

export type { FixSituation };

export type RulePrecision = 'very-high' | 'high' | 'medium' | 'low';
export type RuleCategory =
  'manifest' | 'vendor' | 'product' | 'condition' | 'review' | 'data' | 'scan' | 'policy';

export interface RuleInfo {
  id: RuleId;
  /** PascalCase, as SARIF `reportingDescriptor.name`. */
  name: string;
  /** A few words, as a heading. */
  title: string;
  severity: Severity;
  /** The same as `severity`: the name SARIF renderers know it by. */
  defaultSeverity: Severity;
  /** One sentence, plain text. */
  shortDescription: string;
  /** When the rule fires, plain text. */
  fullDescription: string;
  /** How to fix it in general, markdown (inline code only, so it reads as plain text too). */
  help: string;
  /** How to fix it, per situation where the usual fix would be wrong; `default` otherwise. */
  fix: { default: string } & Partial<Record<FixSituation, string>>;
  /** SARIF `properties.security-severity`: a number from 0.0 to 10.0, as a string. */
  securitySeverity: string;
  /** SARIF `properties.precision`. */
  precision: RulePrecision;
  /** SARIF `properties.tags`. */
  tags: string[];
  category: RuleCategory;
  /** Repository-relative page and anchor that documents the rule. */
  helpPath: string;
}

type RuleText = Omit<RuleInfo, 'id' | 'name' | 'defaultSeverity' | 'tags' | 'helpPath'> & {
  tags?: string[];
};

// GitHub maps security-severity to critical (>= 9.0), high (>= 7.0), medium (>= 4.0) and low.
// A use the review did not allow is high; a lapse in upkeep is medium; housekeeping is low.
const USE_NOT_ALLOWED = '8.0';
const UPKEEP_LAPSED = '6.0';
const HOUSEKEEPING = '3.0';

export const RULE_TABLE: Readonly<Record<RuleId, RuleText>> = {
  'manifest-invalid': {
    title: 'Manifest is invalid',
    category: 'manifest',
    severity: 'error',
    securitySeverity: UPKEEP_LAPSED,
    precision: 'very-high',
    shortDescription: 'The AI vendor manifest is not valid.',
    fullDescription:
      'The manifest is not valid YAML, has a duplicate key, or breaks the manifest schema. ' +
      'One finding is reported per problem, at its node.',
    help:
      'Fix the YAML at the reported line so that it matches the manifest schema ' +
      '(`ai-vendor-gate schema manifest`). Required: `version`, `owner`, `vendors`; per entry ' +
      '`vendor`, `product`, `purpose`, `dataClassification`.',
    fix: {
      default: 'Fix the manifest at this line so that it matches the manifest schema.',
    },
  },
  'manifest-missing': {
    title: 'Manifest is missing',
    category: 'manifest',
    severity: 'error',
    securitySeverity: UPKEEP_LAPSED,
    precision: 'high',
    shortDescription: 'The repository has no AI vendor manifest.',
    fullDescription:
      'No manifest was found and the scan found AI vendor usage (a note when the scan found none).',
    help:
      'Create `.github/ai-vendors.yml` (`ai-vendor-gate init` writes a starter) and declare each ' +
      'AI vendor and product the repository uses, with its purpose and data classification.',
    fix: {
      default:
        'Create `.github/ai-vendors.yml` (`ai-vendor-gate init` writes a starter) and declare each AI vendor the repository uses.',
      'no-usage': 'Nothing to do until the repository starts using an AI vendor.',
    },
  },
  'vendor-unknown': {
    title: 'Vendor is not in the registry',
    category: 'vendor',
    severity: 'error',
    securitySeverity: USE_NOT_ALLOWED,
    precision: 'very-high',
    shortDescription: 'The manifest names a vendor the registry does not know.',
    fullDescription:
      'A manifest entry names a vendor id that is not in the approved-vendor registry.',
    help:
      'Use a vendor id from the registry, or ask security and compliance to review the vendor ' +
      'and add it to the registry before using it.',
    fix: {
      default:
        'Fix the vendor id, or ask security and compliance to review the vendor before using it.',
    },
  },
  'vendor-not-approved': {
    title: 'Vendor is not approved',
    category: 'vendor',
    severity: 'error',
    securitySeverity: USE_NOT_ALLOWED,
    precision: 'very-high',
    shortDescription: 'The vendor is not approved for use.',
    fullDescription:
      'The registry gives the vendor the status `under-review`, `rejected` or `suspended`.',
    help:
      'Stop using the vendor, or switch to an approved or conditional vendor. If a review is ' +
      'pending, wait for security and compliance to complete it.',
    fix: {
      default: 'Stop using the vendor, or switch to an approved or conditional vendor.',
      'vendor-under-review':
        'Wait for security and compliance to finish the review before using the vendor.',
      'vendor-rejected': 'Security rejected the vendor: remove the use and use an approved vendor.',
      'vendor-suspended':
        'Security suspended the vendor: stop sending it data and move to an approved vendor.',
    },
  },
  'product-unknown': {
    title: 'Product is not in the registry',
    category: 'product',
    severity: 'error',
    securitySeverity: USE_NOT_ALLOWED,
    precision: 'very-high',
    shortDescription: "The manifest names a product the vendor's registry entry does not list.",
    fullDescription: "A manifest entry names a product id that is not among the vendor's products.",
    help:
      "Use a product id listed under the vendor's `products` in the registry, or ask security " +
      'and compliance to review the product.',
    fix: {
      default:
        "Use a product id listed under the vendor's products, or ask security and compliance to review the product.",
    },
  },
  'product-not-approved': {
    title: 'Product is not approved',
    category: 'product',
    severity: 'error',
    securitySeverity: USE_NOT_ALLOWED,
    precision: 'very-high',
    shortDescription: 'The product is prohibited or under review.',
    fullDescription:
      "The registry gives the product the status `prohibited` or `under-review`; the message gives the registry's reason.",
    help:
      'Move to an approved product of the vendor (for example the organization API instead of ' +
      'personal or consumer plans), or wait for the review to complete.',
    fix: {
      default: 'Move to an approved product of the vendor.',
      'product-prohibited': 'The product is prohibited: move to an approved product of the vendor.',
      'product-under-review':
        'Wait for the review of the product to complete, or move to an approved product.',
    },
  },
  'personal-account': {
    title: 'Personal account',
    category: 'policy',
    severity: 'error',
    securitySeverity: USE_NOT_ALLOWED,
    precision: 'very-high',
    shortDescription: 'An AI vendor is used through a personal account.',
    fullDescription: 'A manifest entry declares `accounts: personal`.',
    help:
      'Use an organization account covered by the vendor agreement, and set ' +
      '`accounts: organization` (the default).',
    fix: {
      default:
        'Move the use to an organization account covered by the vendor agreement and set `accounts: organization`.',
    },
  },
  'condition-unmet': {
    title: 'Condition of approval is not met',
    category: 'condition',
    severity: 'error',
    securitySeverity: UPKEEP_LAPSED,
    precision: 'very-high',
    shortDescription: 'A condition of the vendor approval is not met.',
    fullDescription:
      'A condition that applies to this use requires an attestation, and the registry has none.',
    help:
      "Ask the condition's owner to complete it; security and compliance then record an " +
      '`attestations` entry with the same id in the registry.',
    fix: {
      default:
        "Ask the condition's owner to complete it; security and compliance then record the attestation in the registry.",
    },
  },
  'condition-expired': {
    title: 'Attestation has expired',
    category: 'condition',
    severity: 'error',
    securitySeverity: UPKEEP_LAPSED,
    precision: 'very-high',
    shortDescription: 'The attestation of a vendor condition has expired.',
    fullDescription:
      'The attestation of an applicable condition has an `expires` date before today.',
    help:
      "Ask the condition's owner to renew it; security and compliance then update the " +
      'attestation in the registry with a new date and expiry.',
    fix: {
      default:
        "Ask the condition's owner to renew it; security and compliance then update the attestation in the registry.",
    },
  },
  'review-missing': {
    title: 'Vendor was never reviewed',
    category: 'review',
    severity: 'error',
    securitySeverity: UPKEEP_LAPSED,
    precision: 'very-high',
    shortDescription: 'An approved vendor in use has never been reviewed.',
    fullDescription:
      'An approved or conditional vendor in use has no `review.date` in the registry.',
    help: 'Security and compliance must review the vendor and record `review.date` in the registry.',
    fix: {
      default: 'Security and compliance must review the vendor and record `review.date`.',
    },
  },
  'review-stale': {
    title: 'Vendor review is overdue',
    category: 'review',
    severity: 'error',
    securitySeverity: UPKEEP_LAPSED,
    precision: 'very-high',
    shortDescription: 'The vendor review is overdue.',
    fullDescription: "Today is later than the vendor's review date plus its review cadence.",
    help:
      'Security and compliance must re-review the vendor and update `review.date`; a time-boxed ' +
      'waiver can cover the gap while the review is scheduled.',
    fix: {
      default:
        'Security and compliance must re-review the vendor and update `review.date`; a time-boxed waiver can cover the gap.',
    },
  },
  'review-due-soon': {
    title: 'Vendor review falls due soon',
    category: 'review',
    severity: 'warning',
    securitySeverity: HOUSEKEEPING,
    precision: 'very-high',
    shortDescription: 'The vendor review falls due soon.',
    fullDescription: "The vendor's next review falls due within the registry's warning days.",
    help: 'Schedule the re-review with security and compliance before the due date.',
    fix: { default: 'Schedule the re-review with security and compliance before the due date.' },
  },
  'review-invalidated': {
    title: 'Vendor changed since its review',
    category: 'review',
    severity: 'error',
    securitySeverity: UPKEEP_LAPSED,
    precision: 'very-high',
    shortDescription: 'A significant vendor change happened after the last review.',
    fullDescription:
      'The registry records a significant vendor change dated after the review date and not after today.',
    help:
      'Security and compliance must re-review the vendor against the change and update ' +
      '`review.date`.',
    fix: {
      default:
        'Security and compliance must re-review the vendor against the change and update `review.date`.',
    },
  },
  'certification-expired': {
    title: 'Certification has expired',
    category: 'vendor',
    severity: 'warning',
    securitySeverity: '4.0',
    precision: 'very-high',
    shortDescription: "A vendor's verified certification has expired.",
    fullDescription: "A `verified` certification in the vendor's profile expires before today.",
    help:
      'Security and compliance should obtain the renewed certificate from the vendor and update ' +
      'the certification in the registry.',
    fix: {
      default:
        'Security and compliance should obtain the renewed certificate and update the registry.',
    },
  },
  'residency-mismatch': {
    title: 'Data leaves the allowed regions',
    category: 'data',
    severity: 'error',
    securitySeverity: USE_NOT_ALLOWED,
    precision: 'very-high',
    shortDescription: 'The vendor processes data outside the allowed regions.',
    fullDescription:
      'The manifest sets `dataResidency` and a vendor processing region is outside it (an unknown region counts as outside).',
    help:
      'Use a vendor or product that processes data only in the allowed regions, or correct ' +
      '`dataResidency` if the repository may send data elsewhere.',
    fix: {
      default:
        'Use a vendor that processes data only in the allowed regions, or correct `dataResidency`.',
    },
  },
  'classification-exceeded': {
    title: 'Data is too sensitive for the product',
    category: 'data',
    severity: 'error',
    securitySeverity: USE_NOT_ALLOWED,
    precision: 'very-high',
    shortDescription: 'The data sent is more sensitive than the product is approved for.',
    fullDescription:
      "The entry's `dataClassification` ranks above the product's `maxClassification` (public < internal < confidential < restricted), or above the ceiling of the intermediary it goes through.",
    help:
      'Send less sensitive data to the product, or use a product (and intermediary) approved ' +
      'for this classification.',
    fix: {
      default:
        'Send less sensitive data, or use a product and intermediary approved for this classification.',
    },
  },
  'intermediary-not-approved': {
    title: 'Intermediary is not approved',
    category: 'vendor',
    severity: 'error',
    securitySeverity: USE_NOT_ALLOWED,
    precision: 'very-high',
    shortDescription: 'The intermediary named by `via` is not approved.',
    fullDescription:
      'The `via` vendor is unknown, not an intermediary, or fails one of the vendor rules.',
    help:
      'Route the traffic through an approved intermediary, call the vendor directly, or remove ' +
      '`via` if no intermediary is used.',
    fix: {
      default:
        'Route the traffic through an approved intermediary or call the vendor directly; ask security to approve the intermediary.',
    },
  },
  'usage-undeclared': {
    title: 'Undeclared AI vendor use',
    category: 'scan',
    severity: 'error',
    securitySeverity: USE_NOT_ALLOWED,
    precision: 'high',
    shortDescription: 'The repository uses an AI vendor that the manifest does not declare.',
    fullDescription:
      'The scan found evidence of a vendor that the manifest does not declare, or found it outside the `paths` of its declaration. ' +
      'An error when any evidence is runtime code or CI; a note when the evidence is only in tests, examples, documentation, fixtures, templates, vendored or generated files, or a transitive lockfile entry; a self-hosted vendor is never more than a note.',
    help:
      'Declare the vendor in `.github/ai-vendors.yml` with its product, purpose and data ' +
      'classification, or remove the usage. For a vendor the registry does not allow, remove ' +
      'the usage or ask security for a review.',
    fix: {
      default:
        'Declare the vendor in the manifest with its product, purpose and data classification, or remove the use.',
      'vendor-unknown':
        'The registry does not know this vendor: remove the use, or ask security for a review before declaring it.',
      'vendor-under-review':
        'The vendor is still under review: remove the use until security finishes the review.',
      'vendor-rejected':
        'Security rejected this vendor: remove the use, or ask security for a new review.',
      'vendor-suspended':
        'Security suspended this vendor: remove the use, or ask security for a new review.',
      'self-hosted':
        'A self-hosted model sends no data to a vendor: declare it to keep the inventory complete.',
      'outside-paths':
        "Add the path to the declaration's `paths`, or add an entry for this part of the repository.",
    },
  },
  'declaration-unused': {
    title: 'Declared vendor not found',
    category: 'scan',
    severity: 'warning',
    securitySeverity: HOUSEKEEPING,
    precision: 'medium',
    shortDescription: 'The manifest declares a vendor the scan found no evidence of.',
    fullDescription:
      'A declared vendor has no evidence in the repository (under its `paths`, when it sets them).',
    help:
      'Remove the entry if the vendor is no longer used; keep it if the use is not visible to ' +
      'the scan (for example a service called through an internal proxy).',
    fix: {
      default:
        'Remove the entry if the vendor is no longer used; correct `paths` if the use lives elsewhere.',
    },
  },
  'waiver-expired': {
    title: 'Waiver has expired',
    category: 'policy',
    severity: 'warning',
    securitySeverity: '4.0',
    precision: 'very-high',
    shortDescription: 'A waiver that would cover a finding has expired.',
    fullDescription:
      'A waiver matches a finding but its `expires` date is before today; the finding keeps its severity.',
    help: 'Fix the underlying finding, or ask security to renew the waiver with a new expiry.',
    fix: { default: 'Fix the underlying finding, or ask security to renew the waiver.' },
  },
  'registry-changed': {
    title: 'Pull request changes the registry',
    category: 'policy',
    severity: 'warning',
    securitySeverity: '5.0',
    precision: 'very-high',
    shortDescription: 'The pull request changes the vendor registry.',
    fullDescription:
      'On a pull request, the registry file differs from the base commit; the gate uses the base version.',
    help:
      'Registry changes take effect once merged: have security and compliance review and merge ' +
      'them separately, so a pull request cannot approve its own vendor.',
    fix: {
      default:
        'Land registry changes on their own, reviewed by security and compliance; the gate uses the base version meanwhile.',
    },
  },
  'scan-empty': {
    title: 'Scan read no file',
    category: 'scan',
    severity: 'warning',
    securitySeverity: '5.0',
    precision: 'very-high',
    shortDescription: 'The scan read no file, so undeclared AI use cannot be seen.',
    fullDescription:
      'The scan ran but `scan-exclude` left no file to read, or no file could be read; a gate that cannot see the repository does not pass in silence.',
    help:
      'Narrow `scan-exclude` so that the source files stay in the scan, or check that the ' +
      'checkout holds the repository (`actions/checkout` before the gate).',
    fix: {
      default: 'Check that the checkout holds the repository before the gate runs.',
      'excluded-all': 'Narrow `scan-exclude` so that the source files stay in the scan.',
      'nothing-read':
        'Check that the checkout holds the repository and that its files are readable.',
    },
  },
};

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The page that documents every rule, one heading per rule id. */
export const RULES_DOC = 'docs/rules.md';

/** Every rule, in `RULE_IDS` order (so a rule's SARIF index is stable). */
export const RULES: readonly RuleInfo[] = RULE_IDS.map((id) => {
  const text = RULE_TABLE[id];
  return {
    ...text,
    id,
    name: pascalCase(id),
    defaultSeverity: text.severity,
    tags: ['security', 'compliance', 'ai-vendor-gate', text.category, ...(text.tags ?? [])],
    helpPath: `${RULES_DOC}#${id}`,
  };
});

const BY_ID = new Map<RuleId, RuleInfo>(RULES.map((rule) => [rule.id, rule]));

export function ruleInfo(id: RuleId): RuleInfo {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`Unknown rule id: ${id}`);
  return rule;
}

/** A rule's severity before waivers: the only place severities come from. */
export const severityOf = (id: RuleId): Severity => RULE_TABLE[id].severity;

/** How to fix this finding: the rule's fix for the finding's situation, else its usual fix. */
export function fixFor(finding: Pick<Finding, 'ruleId' | 'situation'>): string {
  const fix = RULE_TABLE[finding.ruleId].fix;
  return (finding.situation && fix[finding.situation]) || fix.default;
}
