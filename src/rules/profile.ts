// certification-expired and residency-mismatch: facts from the vendor's profile.
import type { Finding, Location, Vendor } from '../model.js';
import { isPast, makeFinding, type RuleContext } from './context.js';

export function certificationFindings(
  ctx: RuleContext,
  vendorId: string,
  vendor: Vendor,
  location: Location,
): Finding[] {
  return (vendor.profile?.certifications ?? [])
    .filter((cert) => cert.status === 'verified' && cert.expires && isPast(cert.expires, ctx))
    .map((cert) =>
      makeFinding(
        'certification-expired',
        `${vendor.name}'s ${cert.name} certification expired on ${cert.expires}: ${vendor.review?.reviewer ?? 'Security'} should obtain the current report and update the registry.`,
        { vendor: vendorId, location },
      ),
    );
}

export function residencyFindings(
  ctx: RuleContext,
  vendorId: string,
  vendor: Vendor,
  location: Location,
): Finding[] {
  const allowed = ctx.manifest.data.dataResidency;
  if (!allowed) return [];
  const regions = vendor.profile?.processingRegions ?? [];
  if (regions.length === 0) {
    return [
      makeFinding(
        'residency-mismatch',
        `${vendor.name}'s processing regions are unknown (the registry states none) and this repository's data must stay in ${allowed.join(', ')}: ask Security to establish where the vendor processes data, or use another vendor.`,
        { vendor: vendorId, location },
      ),
    ];
  }
  const outside = regions.filter((region) => !allowed.includes(region));
  if (outside.length === 0) return [];
  return [
    makeFinding(
      'residency-mismatch',
      `${vendor.name} processes data in ${outside.join(', ')}, outside this repository's data residency (${allowed.join(', ')}): use a vendor or region that keeps the data in place, or have Legal approve the transfer and widen dataResidency.`,
      { vendor: vendorId, location },
    ),
  ];
}
