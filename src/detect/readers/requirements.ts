// requirements*.txt (and *.in). Each requirement line is direct, except in pip-compile / uv
// output whose `# via` annotation names only other packages: those are transitive.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { pypiEvidence, requirementName } from './python.js';

interface Requirement {
  name: string;
  extras: string[];
  line: number;
  via: string[];
}

export function readRequirements(file: string, text: string, catalog: Catalog): Evidence[] {
  const requirements: Requirement[] = [];
  const lines = text.split('\n');
  let current: Requirement | undefined;
  let inVia = false;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index].replace(/\r$/, '');
    const comment = /^\s*#\s?(.*)$/.exec(raw);
    if (comment) {
      const body = comment[1].trim();
      if (current && /^via\b/.test(body)) {
        const rest = body.slice(3).trim();
        if (rest) current.via.push(rest);
        inVia = true;
      } else if (current && inVia && body) current.via.push(body);
      continue;
    }
    inVia = false;
    let line = raw.replace(/\s+#.*$/, '').trim();
    const start = index;
    while (line.endsWith('\\') && index + 1 < lines.length) {
      index++;
      line = line.slice(0, -1) + ' ' + lines[index].replace(/\s+#.*$/, '').trim();
    }
    if (!line) {
      current = undefined;
      continue;
    }
    let spec = line;
    if (line.startsWith('-')) {
      const editable = /^(?:-e|--editable)\s+\S*#egg=([A-Za-z0-9._-]+)/.exec(line);
      if (!editable) {
        current = undefined;
        continue;
      }
      spec = editable[1];
    }
    const parsed = requirementName(spec);
    if (!parsed) {
      current = undefined;
      continue;
    }
    current = { ...parsed, line: start + 1, via: [] };
    requirements.push(current);
  }
  return requirements.flatMap((r) =>
    pypiEvidence(catalog, r.name, r.extras, file, r.line, isDirect(r.via)),
  );
}

/** No annotation, or one naming a requirements/project file (`-r requirements.in`, `x (pyproject.toml)`). */
function isDirect(via: string[]): boolean {
  if (via.length === 0) return true;
  return via.some(
    (v) => /^-[rc]\b/.test(v) || v.includes('(') || /\.(in|txt|toml|cfg|py)$/.test(v),
  );
}
