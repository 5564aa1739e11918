// Gemfile (`gem "name"`) and *.gemspec (`add_dependency`, `add_runtime_dependency`,
// `add_development_dependency`): direct.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence } from '../locate.js';

const GEM =
  /^\s*(?:gem|\w+\.add_(?:runtime_|development_)?dependency)\s*\(?\s*(["'])([A-Za-z0-9_.-]+)\1/;

export function readGemfile(file: string, text: string, catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  text.split('\n').forEach((line, index) => {
    const m = GEM.exec(line);
    if (m) out.push(...dependencyEvidence(catalog, 'rubygems', m[2], file, index + 1, true));
  });
  return out;
}
