// Requirements files that pull others in (`-r`, `-c`), as the scan follows them.
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/detect/index.js';
import { tree } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const deps = (evidence: { kind: string; file: string; name: string; line: number }[]) =>
  evidence
    .filter((e) => e.kind === 'dependency')
    .map((e) => `${e.file}:${e.line} ${e.name}`)
    .sort();

describe('scan: -r and -c in requirements files', () => {
  it('reads a -r file whatever its name, follows its own -r, and never takes -c pins as use', async () => {
    const made = tree({
      'requirements.txt': '-r base.in\n-c requirements-lock.txt\nrequests==2.32.3\n',
      'base.in': 'anthropic==0.49.0\n-r more/extra.in\n',
      'more/extra.in': 'openai==1.50.0\n-r ../base.in\n', // a cycle ends
      'requirements-lock.txt': 'mistralai==1.2.0\nanthropic==0.49.0\n',
      'unrelated.in': 'cohere==5.0.0\n', // not included by anything: not requirements
    });
    cleanups.push(made.cleanup);
    const { evidence } = await scan(made.root);
    expect(deps(evidence)).toEqual(['base.in:1 anthropic', 'more/extra.in:1 openai']);
  });

  it('only follows files of the scan: excluded and outside the root are not read', async () => {
    const made = tree({
      'app/requirements.txt': '-r ../../outside.txt\n-r dev.in\n',
      'app/dev.in': 'groq==0.9.0\n',
    });
    cleanups.push(made.cleanup);
    expect(deps((await scan(made.root)).evidence)).toEqual(['app/dev.in:1 groq']);
    expect(deps((await scan(made.root, { exclude: ['app/dev.in'] })).evidence)).toEqual([]);
  });
});
