// Gemfile.lock: every gem under a `specs:` list (4-space indent) is installed; it is direct when
// `DEPENDENCIES` names it, or when a local gem (`PATH` section, the repository's own gemspec)
// depends on it. 6-space lines under a spec are that gem's requirements, not installs.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { LineIndex, type Span } from '../positions/lines.js';
import { dependencyEvidence } from './shared/evidence.js';

export function readGemfileLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const specs: { name: string; span: Span }[] = [];
  const direct = new Set<string>();
  let section = '';
  let inSpecs = false;
  const lines = new LineIndex(text);
  for (let number = 1; number <= lines.count; number++) {
    const line = lines.lineText(number);
    if (/^[A-Z]/.test(line)) {
      section = line.trim();
      inSpecs = false;
      continue;
    }
    if (/^ {2}specs:\s*$/.test(line)) {
      inSpecs = true;
      continue;
    }
    if (section === 'DEPENDENCIES') {
      const dep = /^ {2}([A-Za-z0-9_.-]+)/.exec(line);
      if (dep) direct.add(dep[1]);
      continue;
    }
    if (!inSpecs) continue;
    const spec = /^ {4}([A-Za-z0-9_.-]+)(?: \(|\s*$)/.exec(line);
    if (spec) {
      specs.push({
        name: spec[1],
        span: { line: number, column: 5, endColumn: 5 + spec[1].length },
      });
      continue;
    }
    const requirement = /^ {6}([A-Za-z0-9_.-]+)/.exec(line);
    if (requirement && section === 'PATH') direct.add(requirement[1]);
  }
  return specs.flatMap((s) =>
    dependencyEvidence(catalog, 'rubygems', s.name, {
      file,
      span: s.span,
      direct: direct.has(s.name),
    }),
  );
}
