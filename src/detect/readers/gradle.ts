// build.gradle, build.gradle.kts and gradle/libs.versions.toml: `group:artifact[:version]`
// coordinates in string literals, and `group = "…", name = "…"` map notation. Declared: direct.
// A declaration under a test configuration (`testImplementation`, `testRuntimeOnly`,
// `androidTestImplementation`, `testFixturesApi`, `integrationTestImplementation`, …) is context
// `test`.
import type { Evidence } from '../../model.js';
import type { Catalog } from '../catalog.js';
import { LineIndex, type Span } from '../positions/lines.js';
import { dependencyEvidence } from './shared/evidence.js';

const COORDINATE = /(["'])([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::[^"'\s]*)?\1/g;
const MAP_NOTATION =
  /\bgroup\s*[:=]\s*(["'])([A-Za-z0-9_.-]+)\1\s*,\s*(?:name|module)\s*[:=]\s*(["'])([A-Za-z0-9_.-]+)\3/g;
/** The configuration a dependency line starts with: `testImplementation(` or `testImplementation '`. */
const CONFIGURATION = /^\s*(\w+)\s*[(\s"']/;
const TEST_CONFIGURATION = /^(?:test|\w*Test)(?:[A-Z]\w*)?$/;

export function readGradle(file: string, text: string, catalog: Catalog): Evidence[] {
  const out: Evidence[] = [];
  const lines = new LineIndex(text);
  for (let number = 1; number <= lines.count; number++) {
    // blank comments with spaces so that columns stay those of the file
    const line = lines
      .lineText(number)
      .replace(/\/\/.*$/, (c) => ' '.repeat(c.length))
      .replace(/(^|\s)#.*$/, (c) => ' '.repeat(c.length));
    const configuration = CONFIGURATION.exec(line)?.[1] ?? '';
    const test = TEST_CONFIGURATION.test(configuration);
    for (const re of [COORDINATE, MAP_NOTATION]) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const coordinate = re === COORDINATE;
        const artifact = coordinate ? m[3] : m[4];
        const name = `${m[2]}:${artifact}`;
        // span the whole `group:artifact`, or the artifact of map notation
        const start = coordinate ? m.index + 1 : m.index + m[0].lastIndexOf(artifact);
        const length = coordinate ? name.length : artifact.length;
        const span: Span = { line: number, column: start + 1, endColumn: start + 1 + length };
        out.push(...dependencyEvidence(catalog, 'maven', name, { file, span, direct: true, test }));
      }
    }
  }
  return out;
}
