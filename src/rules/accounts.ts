// personal-account: seed condition 03, personal accounts carry no DPA protection.
import type { Finding, Vendor } from '../model.js';
import { conditionApplies } from './conditions.js';
import { entryLocation, makeFinding, type RuleContext, type Use } from './context.js';

export function personalAccountFindings(
  ctx: RuleContext,
  use: Use,
  vendor: Vendor | undefined,
): Finding[] {
  if (use.entry.accounts !== 'personal') return [];
  const location = entryLocation(ctx, use, 'accounts');
  const condition = vendor?.conditions?.find(
    (c) =>
      c.check === 'personal-accounts' &&
      conditionApplies(ctx, c, { product: use.entry.product, location }),
  );
  const owner = condition?.owner ? ` (${condition.owner} enforces "${condition.title}")` : '';
  const name = vendor?.name ?? use.entry.vendor;
  return [
    makeFinding(
      'personal-account',
      `This use of ${name} declares personal accounts, which carry no DPA protection and are not allowed for work${owner}: move it to the organization's account and set accounts: organization.`,
      { vendor: use.entry.vendor, product: use.entry.product, condition: condition?.id, location },
    ),
  ];
}
