// build.gradle, build.gradle.kts and gradle/libs.versions.toml: `group:artifact[:version]`
// coordinates in string literals, and `group = "…", name = "…"` map notation. Declared: direct.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { dependencyEvidence } from '../locate.js';

const COORDINATE = /(["'])([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::[^"'\s]*)?\1/g;
const MAP_NOTATION =
  /\bgroup\s*[:=]\s*(["'])([A-Za-z0-9_.-]+)\1\s*,\s*(?:name|module)\s*[:=]\s*(["'])([A-Za-z0-9_.-]+)\3/g;

export function readGradle(file: string, text: string, catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, '').replace(/(^|\s)#.*$/, '');
    for (const re of [COORDINATE, MAP_NOTATION]) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const name = re === COORDINATE ? `${m[2]}:${m[3]}` : `${m[2]}:${m[4]}`;
        out.push(...dependencyEvidence(catalog, 'maven', name, file, index + 1, true));
      }
    }
  });
  return out;
}
