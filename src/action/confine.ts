// Keeps every path the action reads or writes inside GITHUB_WORKSPACE, judged after symbolic
// links are resolved: `../outside.yml` and a link pointing out of the workspace are refused.
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { GateError } from '../errors.js';

/** The workspace itself, resolved (it may be reached through a link). */
export async function realWorkspace(workspace: string): Promise<string> {
  try {
    return await realpath(path.resolve(workspace));
  } catch {
    throw new GateError(`The workspace ${workspace} does not exist or cannot be read.`);
  }
}

/**
 * The real path of `target` (relative to the workspace, or absolute), which must lie inside the
 * real `workspace`. A path that does not exist yet is resolved through its nearest existing
 * ancestor, so a file to be written is confined as strictly as one to be read.
 */
export async function confine(workspace: string, target: string, label: string): Promise<string> {
  const wanted = path.resolve(workspace, target);
  const real = await resolveExisting(wanted, label, target);
  if (!isInside(workspace, real)) {
    throw new GateError(
      `The ${label} ${target} resolves outside the workspace, which the action does not read or write.`,
    );
  }
  return real;
}

/**
 * Where the action writes a file: inside the workspace, and neither the file nor any folder on
 * the way is a symbolic link. A pull request owns the checkout: a committed
 * `ai-vendor-gate.sarif -> .git/config` (or -> a script a later step runs) would otherwise have
 * the gate overwrite that file.
 */
export async function confineOutput(
  workspace: string,
  target: string,
  label: string,
): Promise<string> {
  const real = await confine(workspace, target, label);
  const literal = path.resolve(workspace, target);
  const parts = path.relative(workspace, literal).split(path.sep).filter(Boolean);
  let current = workspace;
  for (const part of parts) {
    current = path.join(current, part);
    if (await isLink(current)) {
      throw new GateError(
        `The ${label} ${target} is, or goes through, a symbolic link: the action does not write through links.`,
      );
    }
  }
  return real;
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  );
}

async function resolveExisting(wanted: string, label: string, target: string): Promise<string> {
  const missing: string[] = [];
  let current = wanted;
  for (;;) {
    try {
      const real = await realpath(current);
      return path.join(real, ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        throw new GateError(`The ${label} ${target} cannot be resolved.`);
      }
      if (await isLink(current)) {
        throw new GateError(
          `The ${label} ${target} goes through a symbolic link whose target does not exist.`,
        );
      }
    }
    const parent = path.dirname(current);
    if (parent === current) throw new GateError(`The ${label} ${target} cannot be resolved.`);
    missing.push(path.basename(current));
    current = parent;
  }
}

async function isLink(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isSymbolicLink();
  } catch {
    return false;
  }
}
