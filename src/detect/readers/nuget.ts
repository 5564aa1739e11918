// *.csproj / *.fsproj / *.vbproj `<PackageReference Include="…">` and packages.config
// `<package id="…">`: direct. The document must be well-formed XML.
import { XMLValidator } from 'fast-xml-parser';
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { LineIndex } from '../positions/lines.js';
import { dependencyEvidence } from './shared/evidence.js';
import { blankXmlComments } from './shared/xml.js';

const REFERENCE =
  /<(?:PackageReference\b[^>]*?\bInclude|package\b[^>]*?\bid)\s*=\s*(["'])([^"']+)\1/g;

export function readNuget(file: string, source: string, catalog: Catalog): Evidence[] {
  if (XMLValidator.validate(source) !== true) return [];
  const text = blankXmlComments(source);
  const lines = new LineIndex(text);
  const out: Evidence[] = [];
  const re = new RegExp(REFERENCE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // `Include="A;B"` lists several packages
    let offset = m.index + m[0].length - 1 - m[2].length;
    for (const part of m[2].split(';')) {
      const name = part.trim();
      const start = offset + part.indexOf(name);
      offset += part.length + 1;
      if (!name) continue;
      out.push(
        ...dependencyEvidence(catalog, 'nuget', name, {
          file,
          span: lines.span(start, name.length),
          direct: true,
        }),
      );
    }
  }
  return out;
}
