// A registry's `detect:` block adds signatures of every kind the catalog has, imports and
// Composer packages included, so an internal wrapper or a vendor the catalog lacks is found.
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/detect/index.js';
import { brief, tree } from './helpers.js';

let cleanup = () => {};
afterEach(() => cleanup());

describe('registry detect: signatures', () => {
  it('finds imports and Composer packages the registry adds', async () => {
    const made = tree({
      'src/app.py': 'import acme_llm\nclient = acme_llm.Client()\n',
      'composer.json': JSON.stringify({ require: { 'acme/llm-php': '^1.0' } }, null, 2),
    });
    cleanup = made.cleanup;
    const result = await scan(made.root, {
      extensions: {
        'acme-llm': { imports: { python: ['acme_llm'] }, composer: ['acme/llm-php'] },
      },
    });
    const found = brief(result.evidence.filter((e) => e.vendor === 'acme-llm'));
    expect(found).toEqual(['acme-llm acme/llm-php@3 direct', 'acme-llm acme_llm@1 direct']);
  });

  it('finds nothing for the same tree without the registry signatures', async () => {
    const made = tree({ 'src/app.py': 'import acme_llm\n' });
    cleanup = made.cleanup;
    const result = await scan(made.root);
    expect(result.evidence.filter((e) => e.vendor === 'acme-llm')).toEqual([]);
  });
});
