// Gemfile and gems.rb: `gem "name"`, direct. Gems in `group :development, :test do … end`
// blocks, or with `group:`/`groups:` options naming only such groups, are context `test`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { LineIndex, nameOnLine } from '../positions/lines.js';
import { dependencyEvidence } from './shared/evidence.js';
import { isDevelopmentGroup } from './shared/ruby.js';

// Matched against lines with their indentation removed: a leading `\s*` before `.*` would
// make one long line cost time quadratic in its length.
const GEM = /^gem\s*\(?\s*(["'])([A-Za-z0-9_.-]+)\1(.*)$/;
const GROUP_BLOCK = /^group\s*\(?\s*(.*?)\)?\s+do\s*(?:\|[^|]*\|\s*)?(?:#.*)?$/;
const STATEMENT_BLOCK = /^(?:if|unless|case|begin|while|until)\b/;
const DO_BLOCK = /\bdo\s*(?:\|[^|]*\|\s*)?(?:#.*)?$/;
const END = /^end\b/;
const INLINE_GROUPS = /(?:\bgroups?:|:groups?\s*=>)\s*(\[[^\]]*\]|:\w+|["'][^"']*["'])/;

/** Group names in `:development, :test` or `[:development, "test"]`. */
function groupNames(list: string): string[] {
  return [...list.matchAll(/:(\w+)|["'](\w+)["']/g)].map((m) => m[1] ?? m[2] ?? '');
}

function allDevelopment(list: string): boolean {
  const names = groupNames(list);
  return names.length > 0 && names.every(isDevelopmentGroup);
}

export function readGemfile(file: string, text: string, catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  const lines = new LineIndex(text);
  /** One frame per open `do`/`if` block: true when it is a development group. */
  const blocks: boolean[] = [];
  let inDevelopment = 0;
  for (let number = 1; number <= lines.count; number++) {
    const line = lines.lineText(number);
    const code = line.trimStart();
    const gem = GEM.exec(code);
    if (gem) {
      const options = INLINE_GROUPS.exec(gem[3]);
      const test = inDevelopment > 0 || (options !== null && allDevelopment(options[1]));
      const span = nameOnLine(line, number, [gem[2]]);
      out.push(
        ...dependencyEvidence(catalog, 'rubygems', gem[2], { file, span, direct: true, test }),
      );
      continue;
    }
    const group = GROUP_BLOCK.exec(code);
    if (group) {
      const development = allDevelopment(group[1]);
      blocks.push(development);
      if (development) inDevelopment++;
      continue;
    }
    if (END.test(code)) {
      if (blocks.pop() === true) inDevelopment--;
      continue;
    }
    if (STATEMENT_BLOCK.test(code) || DO_BLOCK.test(code)) blocks.push(false);
  }
  return out;
}
