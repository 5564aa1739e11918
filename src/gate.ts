// The one engine both front ends call: read the inputs, scan, evaluate, build the report.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  catalogVendor,
  scan,
  startListing,
  type PendingListing,
  type ScanResult,
} from './detect/index.js';
import { GateError } from './errors.js';
import { loadManifest, loadRegistry, MANIFEST_LIMITS } from './load/documents.js';
import type { Problem } from './load/yaml.js';
import type {
  DetectExtension,
  Evidence,
  FailOn,
  GateResult,
  Located,
  Manifest,
  Registry,
  Report,
  ScanSummary,
  Severity,
} from './model.js';
import { compareEvidence, decide } from './rules/decision.js';
import { evaluate } from './rules/index.js';
import { TOOL } from './tool.js';

export { TOOL };

export interface RegistryInput {
  /** How the user named it: a path, or github:OWNER/REPO/PATH@REF. */
  source: string;
  /** Display path for locations (repo-relative when inside the root). */
  file: string;
  /** The exact bytes used. */
  bytes: Uint8Array;
  /** Where a path source lies on disk (on a pull request, its literal path in the workspace). */
  localPath?: string;
}

export interface GateOptions {
  /** Repository root: scan root and base of repo-relative paths. */
  root: string;
  /** Manifest path, absolute or relative to `root`. */
  manifestPath: string;
  registry: RegistryInput;
  /** false skips the scan (`--no-scan`, action input `scan: false`). */
  scan: boolean;
  scanExclude?: string[];
  /** YYYY-MM-DD, UTC. */
  now: string;
  failOn: FailOn;
  /** owner/name, for waivers' repository globs. */
  repository?: string;
  /** Set on a pull request whose change touches the registry file: adds `registry-changed`. */
  registryChanged?: { file: string; base: string };
  /** Evidence already gathered (tests, or a caller that scanned itself). */
  evidence?: Evidence[];
  /**
   * Files the caller will write (SARIF, record, history), absolute or relative to `root`: never
   * evidence, wherever a previous run left them.
   */
  outputFiles?: string[];
}

/** What the engine knows of the scan: its evidence, the files it did not read, its summary. */
type ScanOutcome = Omit<ScanResult, 'summary'> & { summary: ScanSummary | null };

/** `file` relative to `root` with `/` separators when it lies inside the root, else null. */
export function insideRoot(root: string, file: string): string | null {
  const relative = path.relative(path.resolve(root), path.resolve(root, file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join('/');
}

/** Files the gate reads or writes itself, which the scan must never count as evidence. */
export function gateOwnFiles(options: GateOptions): string[] {
  const own = new Set<string>();
  const { source, file } = options.registry;
  if (!source.startsWith('github:')) {
    // A path source is read relative to the working directory; its display path is
    // repo-relative when it is inside the root (and on a pull request, the base commit's path).
    const candidates = [path.resolve(source), file];
    if (options.registry.localPath) candidates.push(options.registry.localPath);
    for (const candidate of candidates) {
      const relative = insideRoot(options.root, candidate);
      if (relative !== null) own.add(relative);
    }
  }
  for (const output of options.outputFiles ?? []) {
    const relative = insideRoot(options.root, output);
    if (relative !== null) own.add(relative);
  }
  return [...own].sort();
}

export const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/** `a/b` relative to root when inside it, else the path as given; always `/` separators. */
export function displayPath(root: string, file: string): string {
  const relative = path.relative(path.resolve(root), path.resolve(root, file));
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : file).split(path.sep).join('/');
}

/** Parse and check the registry; an unusable registry means the gate cannot evaluate. */
export async function readRegistry(input: RegistryInput): Promise<Located<Registry>> {
  const loaded = await loadRegistry(input.bytes, input.file);
  if (loaded.ok) return loaded.document;
  const [first] = loaded.problems;
  const more = loaded.problems.length - 1;
  throw new GateError(
    `The registry ${input.file} is invalid at line ${first.location.line}, column ${first.location.column}: ${first.message.replace(/\.$/, '')}${more > 0 ? ` (${more} more problem${more > 1 ? 's' : ''} below)` : ''}.`,
    loaded.problems.map(
      (p) => `${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`,
    ),
  );
}

type ManifestRead =
  | { kind: 'missing' }
  | { kind: 'loaded'; sha256: string; document: Located<Manifest> }
  | { kind: 'invalid'; sha256: string | null; problems: Problem[] };

async function readManifest(file: string, display: string): Promise<ManifestRead> {
  const at1 = { file: display, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const invalid = (message: string): ManifestRead => ({
    kind: 'invalid',
    sha256: null,
    problems: [{ message, location: at1 }],
  });
  let info;
  try {
    info = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return invalid(`The manifest ${display} cannot be read.`);
  }
  if (!info.isFile()) return invalid(`The manifest ${display} is not a file.`);
  if (info.size > MANIFEST_LIMITS.maxBytes) {
    return invalid(`${display} is larger than the 1 MiB limit.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return invalid(`The manifest ${display} cannot be read.`);
  }
  const digest = sha256(bytes);
  const loaded = await loadManifest(bytes, display);
  return loaded.ok
    ? { kind: 'loaded', sha256: digest, document: loaded.document }
    : { kind: 'invalid', sha256: digest, problems: loaded.problems };
}

export async function runGate(options: GateOptions): Promise<GateResult> {
  // The file listing (git, in its own process) runs while the registry and manifest are read.
  const listing =
    !options.evidence && options.scan ? startListing(options.root, options.scanExclude) : undefined;
  try {
    return await gateWith(options, listing);
  } finally {
    listing?.stop();
  }
}

async function gateWith(
  options: GateOptions,
  listing: PendingListing | undefined,
): Promise<GateResult> {
  const registry = await readRegistry(options.registry);
  const manifestFile = path.resolve(options.root, options.manifestPath);
  const manifestDisplay = displayPath(options.root, manifestFile);
  const manifest = await readManifest(manifestFile, manifestDisplay);

  let scanned: ScanOutcome | null = options.evidence
    ? { evidence: options.evidence, skipped: [], summary: null }
    : null;
  if (scanned === null && options.scan) {
    const extensions: Record<string, DetectExtension> = {};
    for (const [id, vendor] of Object.entries(registry.data.vendors)) {
      if (vendor.detect) extensions[id] = vendor.detect;
    }
    scanned = await scan(options.root, {
      exclude: options.scanExclude,
      extensions,
      ignore: gateOwnFiles(options),
      ...(listing ? { listing } : {}),
    });
  }
  const evidence = scanned?.evidence ?? null;

  const evaluation = evaluate({
    registry,
    manifest:
      manifest.kind === 'loaded'
        ? manifest.document
        : manifest.kind === 'invalid'
          ? { problems: manifest.problems }
          : null,
    manifestFile: manifestDisplay,
    evidence,
    scan: scanned?.summary ?? null,
    now: options.now,
    repository: options.repository,
    registryChanged: options.registryChanged,
    isSelfHosted: (id) => catalogVendor(id)?.selfHosted === true,
    vendorName: (id) => catalogVendor(id)?.name ?? id,
  });

  const findings = evaluation.findings;
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const report: Report = {
    schemaVersion: 1,
    tool: { ...TOOL },
    decision: decide(findings, options.failOn),
    now: options.now,
    failOn: options.failOn,
    summary: { errors: count('error'), warnings: count('warning'), notes: count('note') },
    findings,
    evidence: [...(evidence ?? [])].sort(compareEvidence),
    skipped: scanned?.skipped ?? [],
    scan: scanned?.summary ?? null,
    inputs: {
      manifest: {
        path: manifestDisplay,
        sha256: manifest.kind === 'missing' ? null : manifest.sha256,
      },
      registry: { source: options.registry.source, sha256: sha256(options.registry.bytes) },
    },
  };
  return {
    report,
    vendors: evaluation.vendors,
    registry: registry.data,
    organization: registry.data.organization,
    repository: options.repository,
  };
}
