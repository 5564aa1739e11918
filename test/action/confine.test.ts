import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confine, realWorkspace } from '../../src/action/confine.js';
import { GateError } from '../../src/errors.js';

let base: string;
let workspace: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'avg-confine-')));
  workspace = path.join(base, 'ws');
  await mkdir(path.join(workspace, '.github'), { recursive: true });
  await writeFile(path.join(workspace, '.github/ai-vendors.yml'), 'version: 1\n');
  await writeFile(path.join(base, 'outside.yml'), 'secret\n');
  await symlink(path.join(base, 'outside.yml'), path.join(workspace, 'link.yml'));
  await symlink(base, path.join(workspace, 'up'));
  await symlink(path.join(workspace, '.github'), path.join(workspace, 'gh'));
  await symlink(path.join(base, 'nowhere.yml'), path.join(workspace, 'dangling.yml'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

const refusal = async (target: string) => {
  const error = await confine(workspace, target, 'manifest').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GateError);
  return (error as GateError).message;
};

describe('confine', () => {
  it('accepts paths inside the workspace, existing or not, through inner links', async () => {
    expect(await confine(workspace, '.github/ai-vendors.yml', 'manifest')).toBe(
      path.join(workspace, '.github/ai-vendors.yml'),
    );
    expect(await confine(workspace, 'out/new/gate.sarif', 'sarif-file')).toBe(
      path.join(workspace, 'out/new/gate.sarif'),
    );
    expect(await confine(workspace, 'gh/ai-vendors.yml', 'manifest')).toBe(
      path.join(workspace, '.github/ai-vendors.yml'),
    );
    expect(await confine(workspace, '.', 'scan root')).toBe(workspace);
  });

  it('refuses ../, absolute paths and links that lead out', async () => {
    expect(await refusal('../outside.yml')).toBe(
      'The manifest ../outside.yml resolves outside the workspace, which the action does not read or write.',
    );
    expect(await refusal(path.join(base, 'outside.yml'))).toMatch(/resolves outside/);
    expect(await refusal('link.yml')).toMatch(/link.yml resolves outside/);
    expect(await refusal('up/outside.yml')).toMatch(/resolves outside/);
    expect(await refusal('up/new-dir/new.yml')).toMatch(/resolves outside/);
    expect(await refusal('dangling.yml')).toMatch(/symbolic link whose target does not exist/);
  });

  it('resolves a workspace reached through a link', async () => {
    const alias = path.join(base, 'alias');
    await symlink(workspace, alias);
    expect(await realWorkspace(alias)).toBe(workspace);
    await expect(realWorkspace(path.join(base, 'missing'))).rejects.toThrow(/does not exist/);
  });
});
