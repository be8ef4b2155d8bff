import { UsageError } from './usage-error.ts';

/** One part of a batch split across machines: the `index`-th (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `--shard i/n`. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard: "${text}" is not a shard such as 2/5 (the second of five, counting from 1)`);
  }
  return { index, count };
}

/**
 * The items of one shard: every `count`-th item of the sorted list, starting
 * at `index`. Dealing them round-robin keeps shards the same size, and every
 * machine that sees the same submissions picks the same ones.
 */
export function pickShard<T>(items: T[], shard: Shard): T[] {
  return items.filter((_, position) => position % shard.count === shard.index - 1);
}

export function showShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
