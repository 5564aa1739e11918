// pom.xml: `<dependency>` elements of the project and its profiles (direct). Entries of
// `<dependencyManagement>` only pin versions and plugin dependencies serve the build: neither
// is use. The document must be well-formed XML (fast-xml-parser's validator).
import { XMLValidator } from 'fast-xml-parser';
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence, Lines } from '../locate.js';

/** Replace comments with spaces, keeping offsets and line breaks. */
function blankComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
}

function ranges(text: string, element: string): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(`<${element}\\b[^>]*>[\\s\\S]*?</${element}\\s*>`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function readPom(file: string, source: string, catalog: Catalog): Evidence[] {
  if (XMLValidator.validate(source) !== true) return [];
  const text = blankComments(source);
  const lines = new Lines(text);
  const skip = [...ranges(text, 'dependencyManagement'), ...ranges(text, 'plugin')];
  const out: Evidence[] = [];
  const re = /<dependency\b[^>]*>([\s\S]*?)<\/dependency\s*>/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (skip.some(([start, end]) => at >= start && at < end)) continue;
    const group = /<groupId>\s*([^<]+?)\s*<\/groupId>/.exec(m[1]);
    const artifact = /<artifactId>\s*([^<]+?)\s*<\/artifactId>/.exec(m[1]);
    if (!group || !artifact) continue;
    const line = lines.at(at + m[0].indexOf('<artifactId>'));
    const name = `${group[1]}:${artifact[1]}`;
    out.push(...dependencyEvidence(catalog, 'maven', name, file, line, true));
  }
  return out;
}
