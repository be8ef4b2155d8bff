import { UsageError } from './usage-error.ts';

/** `20s`, `1500ms`, `2m`, or a bare number of seconds, as milliseconds. */
export function parseDuration(text: string, option: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(text);
  if (!match) throw new UsageError(`${option}: "${text}" is not a duration such as 20s, 1500ms or 2m`);
  const value = Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm'];
  if (value <= 0) throw new UsageError(`${option}: the duration must be more than zero`);
  return Math.round(value);
}
