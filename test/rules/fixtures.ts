// Rule fixtures: YAML edited by exact replacement that fails loudly when the text is not there,
// so a fixture can never silently test the unedited document.
import type { Evidence, EvidenceContext, ScanSummary } from '../../src/model.js';
import { evaluate, type Evaluation } from '../../src/rules/index.js';
import { manifestOf, registryOf } from '../helpers.js';

/** `text` with every `from` replaced by `to`; throws when `from` does not occur. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) {
    throw new Error(`Fixture edit found nothing to replace: ${JSON.stringify(from)}`);
  }
  return text.split(from).join(to);
}

/** A minimal registry: one approved vendor with one product, reviewed on 2026-03-02. */
export const REGISTRY = `version: 1
vendors:
  acme-ai:
    name: Acme AI
    status: approved
    review: { date: 2026-03-02 }
    profile: { processingRegions: [us] }
    products:
      api: { name: Acme API, status: approved, maxClassification: confidential }
`;

export const MANIFEST = `version: 1
owner: team
vendors:
  - vendor: acme-ai
    product: api
    purpose: Summaries
    dataClassification: internal
`;

export interface RunOptions {
  now?: string;
  evidence?: Evidence[] | null;
  repository?: string;
  scan?: ScanSummary | null;
  scanExcluded?: boolean;
  isSelfHosted?: (vendor: string) => boolean;
}

export function run(
  registry: string,
  manifest: string | null,
  options: RunOptions = {},
): Evaluation {
  return evaluate({
    registry: registryOf(registry),
    manifest: manifest === null ? null : manifestOf(manifest),
    manifestFile: '.github/ai-vendors.yml',
    evidence: options.evidence ?? null,
    scan: options.scan,
    scanExcluded: options.scanExcluded,
    now: options.now ?? '2026-11-29',
    repository: options.repository,
    isSelfHosted: options.isSelfHosted,
  });
}

/** One evidence item: a direct runtime npm dependency unless told otherwise. */
export function ev(
  vendor: string,
  extra: Partial<Evidence> & { context?: EvidenceContext } = {},
): Evidence {
  return {
    vendor,
    kind: 'dependency',
    ecosystem: 'npm',
    name: 'pkg',
    file: 'package.json',
    line: 3,
    direct: true,
    context: 'runtime',
    ...extra,
  };
}
