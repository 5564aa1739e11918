// What only mentions a vendor: commented-out settings, allow- and deny-lists, and the YAML lists
// under their keys; in one forward pass, whatever the shape.
import { describe, expect, it } from 'vitest';
import { mentionsOnly } from '../../src/detect/mentions.js';
import type { Evidence } from '../../src/model.js';

const item = (line: number, kind: Evidence['kind'] = 'endpoint'): Evidence => ({
  vendor: 'openai',
  kind,
  name: 'api.openai.com',
  file: 'x',
  line,
  direct: true,
  context: 'runtime',
});
const contexts = (file: string, text: string, lines: number[]) =>
  mentionsOnly(
    file,
    text,
    lines.map((line) => item(line)),
  ).map((e) => `${e.line} ${e.context}`);

describe('mentionsOnly', () => {
  it('a YAML list under an allow-list key, until the block ends', () => {
    const text = [
      'network:', // 1
      '  allowed:', // 2
      '    - api.openai.com', // 3
      '', // 4
      '    - api.openai.com # still the list', // 5
      '  other: api.openai.com', // 6: the block has ended
      '  allowed_domains:', // 7
      '  - api.openai.com', // 8: not deeper than its key
      'calls:', // 9
      '  - api.openai.com', // 10
    ].join('\n');
    expect(contexts('w.md', text, [3, 5, 6, 8, 10])).toEqual([
      '3 docs',
      '5 docs',
      '6 runtime',
      '8 runtime',
      '10 runtime',
    ]);
  });

  it('a commented line counts only in configuration files and scripts; key names stay on lists', () => {
    expect(contexts('a.yml', 'a: 1\n  # url: api.openai.com\n', [2])).toEqual(['2 docs']);
    expect(contexts('a.py', '# client = OpenAI(base_url="api.openai.com")\n', [1])).toEqual([
      '1 runtime',
    ]);
    const env = mentionsOnly('a.ts', 'const allowedHosts = [OPENAI_API_KEY];\n', [item(1, 'env')]);
    expect(env[0]?.context).toBe('runtime');
  });

  it('takes any shape in one pass: 50,000 items on one 2 MB line, 20,000 deep key lines', () => {
    // Correctness only (a quadratic pass would time the test out); speed is npm run bench's.
    const line = `allowDomains: ${'api.openai.com,'.repeat(130_000)}`;
    const many = Array.from({ length: 50_000 }, () => item(1));
    expect(mentionsOnly('w.yml', line, many).every((e) => e.context === 'docs')).toBe(true);
    const deep = Array.from({ length: 20_000 }, (_, i) => `${' '.repeat(200)}k${i}:`).join('\n');
    expect(contexts('w.yml', `${deep}\n  - api.openai.com\n`, [20_001])).toEqual(['20001 runtime']);
  });
});
