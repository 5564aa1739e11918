// The one engine both front ends call: read the inputs, scan, evaluate, build the report.
import type { Evidence, FailOn, GateResult } from './model.js';

export interface RegistryInput {
  /** How the user named it: a path, or github:OWNER/REPO/PATH@REF. */
  source: string;
  /** Display path for locations (repo-relative when inside the root). */
  file: string;
  /** The exact bytes used. */
  bytes: Uint8Array;
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
}

export declare function runGate(options: GateOptions): Promise<GateResult>;
