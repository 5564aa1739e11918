// The bench piece is run by `npm run bench`, never here on its large trees: only its contract.
import { describe, expect, it } from 'vitest';
import { benchHostile, benchScan } from '../../bench/scan.mjs';

describe('bench/scan.mjs', () => {
  it('reports, rather than throws, when the CLI is not built', async () => {
    const rows = await benchScan({ cliPath: '/nonexistent/ai-vendor-gate/cli.js' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'scan', value: 'not run' });
    expect(rows[0].note).toContain('npm run build');
    expect(await benchHostile({ cliPath: '/nonexistent/ai-vendor-gate/cli.js' })).toEqual([]);
  });
});
