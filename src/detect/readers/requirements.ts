// requirements*.txt (and *.in), read as pip reads them: a line ending in `\` continues on the
// next (joined without a space, so `langchain-\` + `openai` is `langchain-openai`), then
// comments are removed. Each requirement is direct, except in pip-compile / uv output whose
// `# via` annotation names only other packages, or only a constraints file (`-c`): those are
// transitive. `-r file` and `-c file` lines are not requirements: `includedFiles` lists them so
// that the scan reads a `-r` file inside the root (as requirements) and never reads a `-c` file
// as declarations. Files for development (`requirements-dev.txt`, `requirements/test.in`,
// `test-requirements.txt`) are context `test`.
import path from 'node:path';
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import type { Span } from '../positions/lines.js';
import { isDevGroup, pypiEvidence, requirementName } from './shared/python.js';

interface LogicalLine {
  /** The joined text, comments not yet removed. */
  text: string;
  /** 1-based number of its first physical line, and that line's length. */
  line: number;
  firstLength: number;
}

/** Physical lines joined at trailing backslashes, as pip's `join_lines` does. */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const physical = text.split('\n');
  let parts: string[] = [];
  let start = 0;
  let firstLength = 0;
  for (let index = 0; index < physical.length; index++) {
    const raw = physical[index].replace(/\r$/, '');
    const comment = /^\s*#/.test(raw);
    if (raw.endsWith('\\') && !comment) {
      if (parts.length === 0) {
        start = index;
        firstLength = raw.length - 1;
      }
      parts.push(raw.slice(0, -1));
      continue;
    }
    if (parts.length > 0) {
      parts.push(comment ? ` ${raw}` : raw);
      out.push({ text: parts.join(''), line: start + 1, firstLength });
      parts = [];
    } else out.push({ text: raw, line: index + 1, firstLength: raw.length });
  }
  if (parts.length > 0) out.push({ text: parts.join(''), line: start + 1, firstLength });
  return out;
}

/** pip's comment rule: `#` at the start or after whitespace starts a comment. */
function withoutComment(line: string): string {
  return line.replace(/(^|\s)#.*$/, '');
}

interface Requirement {
  name: string;
  extras: string[];
  span: Span;
  via: string[];
}

export function readRequirements(file: string, text: string, catalog: Catalog): Evidence[] {
  const requirements: Requirement[] = [];
  let current: Requirement | undefined;
  let inVia = false;
  for (const logical of logicalLines(text)) {
    const comment = /^\s*#\s?(.*)$/.exec(logical.text);
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
    const code = withoutComment(logical.text);
    if (!code.trim()) {
      current = undefined;
      continue;
    }
    let spec = code;
    let offset = 0;
    if (/^\s*-/.test(code)) {
      // options (`-r`, `-c`, `--index-url`, `-e path`) declare nothing, except an editable
      // requirement that names its package
      const editable = /^\s*(?:-e|--editable)[\s=]+\S*#egg=([A-Za-z0-9._-]+)/.exec(code);
      if (!editable) {
        current = undefined;
        continue;
      }
      spec = editable[1];
      offset = code.indexOf(`#egg=${editable[1]}`) + 5;
    }
    const parsed = requirementName(spec);
    if (!parsed) {
      current = undefined;
      continue;
    }
    const column = offset + parsed.at + 1;
    const end = Math.min(column + parsed.name.length, logical.firstLength + 1);
    current = {
      name: parsed.name,
      extras: parsed.extras,
      span: { line: logical.line, column, endColumn: Math.max(end, column + 1) },
      via: [],
    };
    requirements.push(current);
  }
  const test = isDevelopmentFile(file);
  return requirements.flatMap((r) =>
    pypiEvidence(catalog, r.name, r.extras, {
      file,
      span: r.span,
      direct: isDirect(r.via),
      test,
    }),
  );
}

/**
 * A pip-compile / uv annotation: direct when it names a requirements input (`-r x.in`) or a
 * project file (`my-app (pyproject.toml)`); a constraints file (`-c x.txt`) only pins a version
 * of something another package needs.
 */
function isDirect(via: string[]): boolean {
  if (via.length === 0) return true;
  return via.some(
    (v) =>
      /^-r\b/.test(v) ||
      (!/^-c\b/.test(v) && (v.includes('(') || /\.(in|txt|toml|cfg|py)$/.test(v))),
  );
}

/** `requirements-dev.txt`, `requirements/test.in`, `test-requirements.txt`, `requirements.lint.txt`. */
export function isDevelopmentFile(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.(txt|in)$/i, '');
  return base
    .split(/[-_.]+/)
    .some((part) => part.toLowerCase() !== 'requirements' && isDevGroup(part));
}

export interface IncludedFile {
  /** Relative to the scan root, `/` separators. */
  file: string;
  /** `-c`: pins versions only; never read as declarations. */
  constraints: boolean;
}

/**
 * The files a requirements file includes with `-r`/`--requirement` and `-c`/`--constraint`,
 * resolved against its directory. URLs, absolute paths and paths leaving the root are left out.
 */
export function includedFiles(file: string, text: string): IncludedFile[] {
  const out: IncludedFile[] = [];
  const dir = path.posix.dirname(file);
  for (const logical of logicalLines(text)) {
    const code = withoutComment(logical.text).trim();
    const m = /^(?:-([rc])\s*=?\s*|--(requirement|constraint)(?:\s*=\s*|\s+))(\S+)/.exec(code);
    if (!m) continue;
    const target = m[3];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/') || target.includes('\\')) {
      continue;
    }
    const resolved = path.posix.normalize(path.posix.join(dir, target));
    if (resolved === '..' || resolved.startsWith('../') || resolved.startsWith('/')) continue;
    out.push({ file: resolved, constraints: m[1] === 'c' || m[2] === 'constraint' });
  }
  return out;
}
