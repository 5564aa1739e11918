// pom.xml: `<dependency>` elements of the project and its profiles (direct). Entries of
// `<dependencyManagement>` only pin versions and plugin dependencies serve the build: neither
// is use. `<scope>test</scope>` is context `test`. The document must be well-formed XML
// (fast-xml-parser's validator).
import { XMLValidator } from 'fast-xml-parser';
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { LineIndex } from '../positions/lines.js';
import { dependencyEvidence } from './shared/evidence.js';
import { blankXmlComments } from './shared/xml.js';

/** Start and end offsets of every `<element>…</element>`, in one pass. */
function ranges(text: string, element: string): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(`<${element}\\b[^>]*>[\\s\\S]*?</${element}\\s*>`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Sorted, overlapping ranges joined. */
function merge(list: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const range of list.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

export function readPom(file: string, source: string, catalog: Catalog): Evidence[] {
  if (XMLValidator.validate(source) !== true) return [];
  const text = blankXmlComments(source);
  const lines = new LineIndex(text);
  const skip = merge([...ranges(text, 'dependencyManagement'), ...ranges(text, 'plugin')]);
  const out: Evidence[] = [];
  const re = /<dependency\b[^>]*>([\s\S]*?)<\/dependency\s*>/g;
  let next = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    // dependencies come in document order: one pointer walks the skipped ranges
    while (next < skip.length && skip[next][1] <= at) next++;
    if (next < skip.length && skip[next][0] <= at) continue;
    const group = /<groupId>\s*([^<]+?)\s*<\/groupId>/.exec(m[1]);
    const artifact = /<artifactId>\s*([^<]+?)\s*<\/artifactId>/.exec(m[1]);
    if (!group || !artifact) continue;
    const scope = /<scope>\s*([^<]+?)\s*<\/scope>/.exec(m[1])?.[1];
    const bodyStart = at + m[0].indexOf(m[1]);
    const nameStart = bodyStart + artifact.index + artifact[0].indexOf(artifact[1]);
    out.push(
      ...dependencyEvidence(catalog, 'maven', `${group[1]}:${artifact[1]}`, {
        file,
        span: lines.span(nameStart, artifact[1].length),
        direct: true,
        test: scope === 'test',
      }),
    );
  }
  return out;
}
