// Evidence for a declared or installed package: one item per vendor the catalog maps it to.
import type { Evidence, EvidenceContext } from '../../../model.js';
import type { Catalog, Ecosystem } from '../../catalog.js';
import type { Span } from '../../positions/lines.js';

export interface Declaration {
  file: string;
  /** Where the package's name is written. */
  span: Span;
  /** false for a package a lockfile lists only as another package's dependency. */
  direct: boolean;
  /** A development or test scope (`devDependencies`, Maven `test`, …): context `test`. */
  test?: boolean;
}

export function dependencyEvidence(
  catalog: Catalog,
  ecosystem: Ecosystem,
  name: string,
  at: Declaration,
): Evidence[] {
  const context: EvidenceContext = at.test === true ? 'test' : 'runtime';
  return catalog.packageVendors(ecosystem, name).map((vendor) => {
    const item: Evidence = {
      vendor,
      kind: 'dependency',
      ecosystem,
      name,
      file: at.file,
      line: at.span.line,
      direct: at.direct,
      context,
    };
    if (at.span.column !== undefined && at.span.endColumn !== undefined) {
      item.column = at.span.column;
      item.endColumn = at.span.endColumn;
    }
    return item;
  });
}
