// What every rule sees: the documents, today, and helpers to make located findings.
import type {
  Finding,
  FixSituation,
  Located,
  Location,
  Manifest,
  ManifestEntry,
  Registry,
  RuleId,
  Severity,
  Vendor,
} from '../model.js';
import { dayNumber } from './dates.js';
import { severityOf } from './table.js';

export interface RuleContext {
  registry: Located<Registry>;
  manifest: Located<Manifest>;
  /** Today, as a UTC day number. */
  today: number;
  now: string;
}

export interface Use {
  index: number;
  entry: ManifestEntry;
}

export interface FindingFields {
  vendor?: string;
  product?: string;
  condition?: string;
  location?: Location;
  situation?: FixSituation;
  /** Only for rules whose severity depends on the evidence (a note instead of the table's). */
  severity?: Severity;
}

/** A finding at its rule's severity from the rule table (the one place severities live). */
export function makeFinding(ruleId: RuleId, message: string, fields: FindingFields = {}): Finding {
  const finding: Finding = {
    ruleId,
    severity: fields.severity ?? severityOf(ruleId),
    message,
    waived: null,
  };
  if (fields.vendor !== undefined) finding.vendor = fields.vendor;
  if (fields.product !== undefined) finding.product = fields.product;
  if (fields.condition !== undefined) finding.condition = fields.condition;
  if (fields.location !== undefined) finding.location = fields.location;
  if (fields.situation !== undefined) finding.situation = fields.situation;
  return finding;
}

/** Where a manifest entry's field stands (the entry's `vendor:` line for vendor-level findings). */
export function entryLocation(
  ctx: RuleContext,
  use: Use,
  field: keyof ManifestEntry = 'vendor',
): Location {
  return ctx.manifest.locate(['vendors', use.index, field]);
}

export function vendorOf(ctx: RuleContext, id: string): Vendor | undefined {
  const vendors = ctx.registry.data.vendors;
  return Object.prototype.hasOwnProperty.call(vendors, id) ? vendors[id] : undefined;
}

export function isUsable(vendor: Vendor): boolean {
  return vendor.status === 'approved' || vendor.status === 'conditional';
}

export function isPast(date: string, ctx: RuleContext): boolean {
  return dayNumber(date) < ctx.today;
}

export function own<T>(map: Record<string, T> | undefined, key: string): T | undefined {
  return map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
