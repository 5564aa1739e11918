// What every rule sees: the documents, today, and helpers to make located findings.
import type {
  Finding,
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

export function makeFinding(
  ruleId: RuleId,
  severity: Severity,
  message: string,
  fields: { vendor?: string; product?: string; condition?: string; location?: Location } = {},
): Finding {
  const finding: Finding = { ruleId, severity, message, waived: null };
  if (fields.vendor !== undefined) finding.vendor = fields.vendor;
  if (fields.product !== undefined) finding.product = fields.product;
  if (fields.condition !== undefined) finding.condition = fields.condition;
  if (fields.location !== undefined) finding.location = fields.location;
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
