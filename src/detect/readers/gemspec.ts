// *.gemspec: a gem declares what it needs with `spec.add_dependency` and
// `add_runtime_dependency` (runtime) and `add_development_dependency` (context `test`); a gem
// has no Gemfile.lock of its own, so these lines are the declaration. Old generated gemspecs
// write names as `%q<name>`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { LineIndex, nameOnLine } from '../positions/lines.js';
import { dependencyEvidence } from './shared/evidence.js';

const DEPENDENCY =
  /^\s*\w+\.add_(runtime_|development_)?dependency\s*\(?\s*(?:(["'])([A-Za-z0-9_.-]+)\2|%q[<({[]([A-Za-z0-9_.-]+)[>)}\]])/;

export function readGemspec(file: string, text: string, catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  const lines = new LineIndex(text);
  for (let number = 1; number <= lines.count; number++) {
    const line = lines.lineText(number);
    const m = DEPENDENCY.exec(line);
    const name = m?.[3] ?? m?.[4];
    if (!m || !name) continue;
    out.push(
      ...dependencyEvidence(catalog, 'rubygems', name, {
        file,
        span: nameOnLine(line, number, [name]),
        direct: true,
        test: m[1] === 'development_',
      }),
    );
  }
  return out;
}
