// *.csproj / *.fsproj / *.vbproj `<PackageReference Include="…">` and packages.config
// `<package id="…">`: direct. The document must be well-formed XML.
import { XMLValidator } from 'fast-xml-parser';
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence, Lines } from '../locate.js';

const REFERENCE =
  /<(?:PackageReference\b[^>]*?\bInclude|package\b[^>]*?\bid)\s*=\s*(["'])([^"']+)\1/g;

export function readNuget(file: string, source: string, catalog: Catalog): Evidence[] {
  if (XMLValidator.validate(source) !== true) return [];
  const text = source.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const lines = new Lines(text);
  const out: Evidence[] = [];
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    for (const name of m[2].split(';').map((n) => n.trim())) {
      if (!name) continue;
      out.push(...dependencyEvidence(catalog, 'nuget', name, file, lines.at(m.index), true));
    }
  }
  REFERENCE.lastIndex = 0;
  return out;
}
