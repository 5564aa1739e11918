// go.mod: `require` lines and blocks; a `// indirect` requirement is transitive.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { LineIndex, nameOnLine } from '../positions/lines.js';
import { dependencyEvidence } from './shared/evidence.js';

export function readGoMod(file: string, text: string, catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  let block: string | null = null;
  const lines = new LineIndex(text);
  for (let number = 1; number <= lines.count; number++) {
    const line = lines.lineText(number);
    const code = line.replace(/\/\/.*$/, '').trim();
    const indirect = /\/\/\s*indirect\b/.test(line);
    if (block) {
      if (code === ')') {
        block = null;
        continue;
      }
      if (block === 'require') add(code, line, number, indirect);
      continue;
    }
    const open = /^(\w+)\s*\($/.exec(code);
    if (open) {
      block = open[1];
      continue;
    }
    const single = /^require\s+(.+)$/.exec(code);
    if (single) add(single[1], line, number, indirect);
  }
  return out;

  function add(spec: string, text: string, number: number, indirect: boolean) {
    const module = spec.split(/\s+/)[0]?.replace(/^"|"$/g, '');
    if (!module) return;
    const span = nameOnLine(text, number, [module]);
    out.push(...dependencyEvidence(catalog, 'go', module, { file, span, direct: !indirect }));
  }
}
