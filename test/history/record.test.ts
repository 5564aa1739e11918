import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  buildRecord,
  canonicalJson,
  dueDatesFromRegistry,
  rechain,
  recordHash,
  runContextFromEnv,
  serializeRecord,
} from '../../src/history/record.js';
import type { Registry } from '../../src/model.js';
import {
  chainOf,
  HASH_A,
  HASH_B,
  makeResult,
  runContext,
  staleFinding,
  waivedFinding,
} from './fixtures.js';

/** A double from its IEEE 754 bits, as RFC 8785 Appendix B lists them. */
function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('RFC 8785 canonical JSON', () => {
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('serializes the double with bits %s as %s', (bits, expected) => {
    expect(canonicalJson(fromBits(bits))).toBe(expected);
  });

  it('serializes number literals in their shortest ECMAScript form', () => {
    expect(canonicalJson(JSON.parse('[1e21, 1E-7, -0, 1.0, 100, 0.1, 1e20, 4.50, 2e-3]'))).toBe(
      '[1e+21,1e-7,0,1,100,0.1,100000000000000000000,4.5,0.002]',
    );
  });

  it('rejects values with no JSON form', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow();
    expect(() => canonicalJson('\ud800')).toThrow();
  });

  it('matches the RFC 8785 section 3.2.2 example', () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    expect(canonicalJson(JSON.parse(input))).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('sorts keys by UTF-16 code units (RFC 8785 section 3.2.3)', () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`;
    const text = canonicalJson(JSON.parse(input));
    expect(text).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('escapes only what JSON requires, in lowercase hex', () => {
    expect(canonicalJson('\u0000\u001f\u007f\u2028<>&\'"\\/é')).toBe(
      '"\\u0000\\u001f\u007f\u2028<>&\'\\"\\\\/é"',
    );
  });
});

describe('buildRecord', () => {
  it('hashes a record as an independent hand-written canonical computation does', () => {
    const result = makeResult([waivedFinding]);
    const run = {
      ...runContext(0),
      timestamp: '2026-07-01T00:00:00Z',
      repository: null,
      sha: null,
      ref: null,
      event: null,
      runId: null,
      runAttempt: null,
      workflow: 'Gate ✓ "ci"',
      serverUrl: null,
    };
    const record = buildRecord(result, run, null);
    const expected =
      '{"actor":"octocat","decision":"pass","event":null,"failOn":"error",' +
      '"findings":[{"condition":null,"file":null,"line":null,"product":"api","ruleId":"declaration-unused","severity":"note","vendor":"openai","waived":"WVR-1"}],' +
      `"inputs":{"manifest":{"path":".github/ai-vendors.yml","sha256":"${HASH_A}"},"registry":{"sha256":"${HASH_B}","source":"registry.yml"}},` +
      '"now":"2026-07-01","previous":null,"ref":null,"repository":null,"run":{"attempt":null,"id":null},' +
      '"schemaVersion":1,"serverUrl":null,"sha":null,"summary":{"errors":0,"notes":1,"warnings":0},' +
      '"timestamp":"2026-07-01T00:00:00Z","tool":{"name":"ai-vendor-gate","version":"0.1.0"},' +
      '"vendors":["openai"],"workflow":"Gate ✓ \\"ci\\""}';
    const sha256 = createHash('sha256').update(Buffer.from(expected, 'utf8')).digest('hex');
    expect(record.sha256).toBe(sha256);
    // The stored line is the same canonical JSON with `sha256` in its sorted place.
    expect(serializeRecord(record)).toBe(
      expected.replace('"sha":null,', `"sha":null,"sha256":"${sha256}",`),
    );
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records every SPEC 8 field', () => {
    const record = buildRecord(
      makeResult([staleFinding, waivedFinding], {
        vendors: ['anthropic'],
        evidenceVendors: ['cohere'],
      }),
      runContext(4),
      HASH_A,
      {
        registrySource: {
          repo: 'acme/security',
          path: 'ai/registry.yml',
          ref: 'main',
          blobSha: 'c'.repeat(40),
        },
        reviewsDue: [
          { vendor: 'openai', kind: 'review', id: null, due: '2026-09-01' },
          { vendor: 'anthropic', kind: 'attestation', id: 'dpa', due: '2026-08-01' },
        ],
      },
    );
    expect(record).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'ai-vendor-gate', version: '0.1.0' },
      now: '2026-07-01',
      timestamp: '2026-06-05T10:00:00Z',
      repository: 'acme/payments',
      sha: '5'.padStart(40, '0'),
      ref: 'refs/heads/main',
      event: 'push',
      run: { id: '1004', attempt: '1' },
      actor: 'octocat',
      workflow: 'CI',
      decision: 'fail',
      failOn: 'error',
      summary: { errors: 1, warnings: 0, notes: 1 },
      vendors: ['anthropic', 'cohere', 'openai'],
      previous: HASH_A,
      inputs: {
        registry: {
          source: 'registry.yml',
          sha256: HASH_B,
          repo: 'acme/security',
          blobSha: 'c'.repeat(40),
        },
      },
    });
    expect(record.findings[0]).toEqual({
      ruleId: 'review-stale',
      severity: 'error',
      vendor: 'anthropic',
      product: null,
      condition: null,
      file: 'registry.yml',
      line: 7,
      waived: null,
    });
    expect(record.reviewsDue?.map((d) => d.due)).toEqual(['2026-08-01', '2026-09-01']);
    expect(record.sha256).toBe(recordHash(record));
  });

  it('rechains: a new previous gives a new hash, the same previous the same hash', () => {
    const [record] = chainOf(1);
    expect(rechain(record, null)).toEqual(record);
    const moved = rechain(record, HASH_A);
    expect(moved.previous).toBe(HASH_A);
    expect(moved.sha256).not.toBe(record.sha256);
    expect(moved.sha256).toBe(recordHash(moved));
  });

  it('replaces lone surrogates so the record can always be hashed', () => {
    const finding = { ...staleFinding, vendor: 'bad\ud800vendor' };
    const record = buildRecord(makeResult([finding]), runContext(0), null);
    expect(record.findings[0].vendor).toBe('bad\ufffdvendor');
  });
});

describe('record schema', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../schemas/record.schema.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  const validate = ajv.compile(schema);

  it('accepts built records', () => {
    const records = [
      ...chainOf(3),
      buildRecord(makeResult([staleFinding, waivedFinding]), runContext(1), null, {
        registrySource: {
          repo: 'acme/security',
          path: 'r.yml',
          ref: 'v1',
          blobSha: 'd'.repeat(40),
        },
        reviewsDue: [
          { vendor: 'anthropic', kind: 'certification', id: 'soc2-type2', due: '2027-01-31' },
        ],
      }),
      buildRecord(
        makeResult(),
        { ...runContext(0), repository: null, serverUrl: null, runId: null, runAttempt: null },
        null,
      ),
    ];
    for (const record of records) {
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects a record with an unknown key or a bad hash', () => {
    const [record] = chainOf(1);
    expect(validate({ ...record, extra: 1 })).toBe(false);
    expect(validate({ ...record, sha256: 'ABC' })).toBe(false);
  });

  it('describes every property', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const obj = node as Record<string, unknown>;
      const props = obj.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, value] of Object.entries(props ?? {})) {
        if (typeof value.description !== 'string' || value.description === '')
          missing.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
      }
      if (obj.items !== undefined) walk(obj.items, `${path}[]`);
    };
    walk(schema, '$');
    expect(missing).toEqual([]);
    expect(schema.$id).toMatch(/record\.schema\.json$/);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('runContextFromEnv', () => {
  const clock = () => new Date('2026-07-01T12:34:56.789Z');

  it('reads GitHub variables, null when absent or empty', () => {
    const run = runContextFromEnv(
      {
        GITHUB_REPOSITORY: 'acme/payments',
        GITHUB_SHA: 'f'.repeat(40),
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_ACTOR: 'octocat',
        GITHUB_WORKFLOW: '',
        GITHUB_SERVER_URL: 'https://github.example.com/',
      },
      clock,
    );
    expect(run).toEqual({
      timestamp: '2026-07-01T12:34:56Z',
      repository: 'acme/payments',
      sha: 'f'.repeat(40),
      ref: 'refs/pull/7/merge',
      event: 'pull_request',
      runId: '42',
      runAttempt: '2',
      actor: 'octocat',
      workflow: null,
      serverUrl: 'https://github.example.com',
    });
  });

  it('drops a run id or attempt that is not a number (the schema would refuse the record)', () => {
    const run = runContextFromEnv(
      { GITHUB_RUN_ID: '12; rm -rf /', GITHUB_RUN_ATTEMPT: 'x' },
      clock,
    );
    expect(run).toMatchObject({ runId: null, runAttempt: null });
    expect(runContextFromEnv({ GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '3' }, clock)).toMatchObject(
      { runId: '7', runAttempt: '3' },
    );
  });

  it('takes the timestamp from SOURCE_DATE_EPOCH for reproducible output', () => {
    expect(runContextFromEnv({ SOURCE_DATE_EPOCH: '1767225600' }, clock).timestamp).toBe(
      '2026-01-01T00:00:00Z',
    );
    expect(() => runContextFromEnv({ SOURCE_DATE_EPOCH: 'soon' }, clock)).toThrow(
      /SOURCE_DATE_EPOCH/,
    );
  });
});

describe('dueDatesFromRegistry', () => {
  it('lists reviews, attestation and verified certification expiries of the vendors in use', () => {
    const registry: Registry = {
      version: 1,
      defaults: { reviewCadenceDays: 180 },
      vendors: {
        anthropic: {
          name: 'Anthropic',
          status: 'conditional',
          review: { date: '2026-03-02', cadenceDays: 365 },
          products: {},
          attestations: {
            dpa: { date: '2026-02-14', by: 'Legal', expires: '2029-02-14' },
            sso: { date: '2026-01-01', by: 'IT' },
          },
          profile: {
            certifications: [
              { name: 'soc2-type2', status: 'verified', expires: '2027-01-31' },
              { name: 'iso27001', status: 'unverified', expires: '2026-08-01' },
            ],
          },
        },
        openai: {
          name: 'OpenAI',
          status: 'approved',
          review: { date: '2026-05-01' },
          products: {},
        },
        unused: {
          name: 'Unused',
          status: 'approved',
          review: { date: '2026-05-01' },
          products: {},
        },
      },
    };
    expect(dueDatesFromRegistry(registry, ['anthropic', 'openai', 'missing'])).toEqual([
      { vendor: 'openai', kind: 'review', id: null, due: '2026-10-28' },
      { vendor: 'anthropic', kind: 'certification', id: 'soc2-type2', due: '2027-01-31' },
      { vendor: 'anthropic', kind: 'review', id: null, due: '2027-03-02' },
      { vendor: 'anthropic', kind: 'attestation', id: 'dpa', due: '2029-02-14' },
    ]);
  });
});
