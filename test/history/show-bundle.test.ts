// `history show` through the bundled CLI with a record an attacker shaped: every format prints
// the hostile strings inert (no workflow command in any line, valid JSON, no markup).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rechain, serializeRecord } from '../../src/history/record.js';
import { bundled } from '../cli/harness.js';
import { chainOf } from './fixtures.js';

const COMMAND_LINE = /^[\s\u00a0\ufeff]*::|##\[/m;

describe('history show through the bundle', () => {
  it('keeps hostile record fields inert in every format', async () => {
    const [record] = chainOf(1);
    const hostile = rechain(
      {
        ...record,
        ref: 'refs/heads/x\n::error file=a::ref',
        actor: '##[warning]actor',
        event: '  ::add-mask::event',
        vendors: ['<b>evil</b>', '::stop-commands::tok'],
        findings: [{ ...record.findings[0], ruleId: '##[error]rule' }],
      },
      null,
    );
    const dir = await mkdtemp(join(tmpdir(), 'avg-show-'));
    const file = join(dir, 'h.jsonl');
    await writeFile(file, `${serializeRecord(hostile)}\n`);
    for (const format of ['text', 'markdown', 'json', 'html']) {
      const result = bundled(['history', 'show', file, '--format', format]);
      expect(result.code, format).toBe(0);
      expect(result.stderr, format).toBe('');
      expect(result.stdout, format).not.toMatch(COMMAND_LINE);
      // Plain text is shown as written; markdown and HTML must not turn it into markup.
      if (format === 'markdown' || format === 'html') {
        expect(result.stdout, format).not.toContain('<b>evil');
      }
      // The fields are printed (defused), not dropped.
      expect(result.stdout.replace(/\u200d|&#\d+;|\\u00[0-9a-f]{2}|\\/g, ''), format).toMatch(
        /rule/,
      );
      if (format === 'json') {
        const json = JSON.parse(result.stdout) as { records: { actor: string; ref: string }[] };
        expect(json.records[0].actor).toBe('##[warning]actor');
        expect(json.records[0].ref).toBe('refs/heads/x\n::error file=a::ref');
      }
    }
  });
});
