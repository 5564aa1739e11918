// Deterministic shards: a repository's shard is a stable hash of its full name (lower-cased, as
// GitHub treats names), so N matrix jobs split the organization without talking to each other
// and every repository lands in exactly one of them, whatever order the API lists them in.
import { createHash } from 'node:crypto';
import { GateError } from '../errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export const MAX_SHARDS = 256;

export function parseShard(value: string | undefined): Shard {
  if (value === undefined) return { index: 1, count: 1 };
  const match = /^(\d{1,3})\/(\d{1,3})$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new GateError(`--shard must be I/N with 1 <= I <= N <= ${MAX_SHARDS}, not "${value}".`);
  }
  return { index, count };
}

export function parseShardCount(value: string | undefined): number {
  if (value === undefined) return 1;
  const count = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(count >= 1 && count <= MAX_SHARDS)) {
    throw new GateError(`--shards must be a whole number from 1 to ${MAX_SHARDS}, not "${value}".`);
  }
  return count;
}

/** 1-based shard of `fullName` among `count`. */
export function shardOf(fullName: string, count: number): number {
  const digest = createHash('sha256').update(fullName.toLowerCase()).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The matrix `org plan --shards N` prints, for `strategy.matrix` in a workflow. */
export function planMatrix(count: number): { include: { shard: string }[] } {
  return {
    include: Array.from({ length: count }, (_, i) => ({ shard: `${i + 1}/${count}` })),
  };
}
