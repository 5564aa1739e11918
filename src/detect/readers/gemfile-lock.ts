// Gemfile.lock: every gem under a `specs:` list (4-space indent) is installed; it is direct when
// `DEPENDENCIES` names it, or when a local gem (`PATH` section, the repository's own gemspec)
// depends on it. 6-space lines under a spec are that gem's requirements, not installs.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence } from '../locate.js';

export function readGemfileLock(file: string, text: string, catalog: Catalog): Evidence[] {
  const specs: { name: string; line: number }[] = [];
  const direct = new Set<string>();
  let section = '';
  let inSpecs = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (/^[A-Z]/.test(line)) {
      section = line.trim();
      inSpecs = false;
      return;
    }
    if (/^ {2}specs:\s*$/.test(line)) {
      inSpecs = true;
      return;
    }
    if (section === 'DEPENDENCIES') {
      const dep = /^ {2}([A-Za-z0-9_.-]+)/.exec(line);
      if (dep) direct.add(dep[1]);
      return;
    }
    if (!inSpecs) return;
    const spec = /^ {4}([A-Za-z0-9_.-]+)(?: \(|\s*$)/.exec(line);
    if (spec) {
      specs.push({ name: spec[1], line: index + 1 });
      return;
    }
    const requirement = /^ {6}([A-Za-z0-9_.-]+)/.exec(line);
    if (requirement && section === 'PATH') direct.add(requirement[1]);
  });
  return specs.flatMap((s) =>
    dependencyEvidence(catalog, 'rubygems', s.name, file, s.line, direct.has(s.name)),
  );
}
