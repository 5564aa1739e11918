// go.mod: `require` lines and blocks; a `// indirect` requirement is transitive.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence } from '../locate.js';

export function readGoMod(file: string, text: string, catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  let block: string | null = null;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const code = line.replace(/\/\/.*$/, '').trim();
    const indirect = /\/\/\s*indirect\b/.test(line);
    if (block) {
      if (code === ')') {
        block = null;
        return;
      }
      if (block === 'require') add(code, index + 1, indirect);
      return;
    }
    const open = /^(\w+)\s*\($/.exec(code);
    if (open) {
      block = open[1];
      return;
    }
    const single = /^require\s+(.+)$/.exec(code);
    if (single) add(single[1], index + 1, indirect);
  });
  return out;

  function add(spec: string, line: number, indirect: boolean) {
    const module = spec.split(/\s+/)[0]?.replace(/^"|"$/g, '');
    if (module) out.push(...dependencyEvidence(catalog, 'go', module, file, line, !indirect));
  }
}
