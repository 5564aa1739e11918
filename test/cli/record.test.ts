import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

describe('check --record and --history', () => {
  it('appends chained records that history verify accepts, and catches an edit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'avg-hist-'));
    const history = path.join(dir, 'h.jsonl');
    const record = path.join(dir, 'r.json');
    const args = [
      'check',
      '--root',
      'examples/iso-business-unit',
      '--registry',
      'examples/registry.yml',
    ];
    for (let i = 0; i < 3; i++) {
      const out = await cli([
        ...args,
        '--now',
        '2026-11-29',
        '--history',
        history,
        '--record',
        record,
      ]);
      expect(out.code).toBe(1);
    }
    const lines = readFileSync(history, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(readFileSync(record, 'utf8')).sha256).toBe(JSON.parse(lines[2]).sha256);
    expect(JSON.parse(lines[1]).previous).toBe(JSON.parse(lines[0]).sha256);
    expect((await cli(['history', 'verify', history])).code).toBe(0);
    writeFileSync(
      history,
      lines.map((l, i) => (i === 1 ? l.replace('"fail"', '"pass"') : l)).join('\n') + '\n',
    );
    const broken = await cli(['history', 'verify', history]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`${history}:2:`);
  });
});
