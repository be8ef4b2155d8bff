import { execa } from 'execa';
import { repoRoot } from '../harness/target.ts';

/** One row of `npm run bench`: something timed several times. */
export interface BenchEntry {
  name: string;
  runs: number;
  /** One run: its wall time in milliseconds, and whether it did what it should. */
  run(): Promise<{ ms: number; ok: boolean; note?: string }>;
}

/** Times a command from the repository root, as a learner would type it. */
export function timeCommand(name: string, command: string, args: string[], runs: number): BenchEntry {
  return {
    name,
    runs,
    async run() {
      const started = performance.now();
      const result = await execa(command, args, { cwd: repoRoot, reject: false, stdin: 'ignore', env: { FORCE_COLOR: '0' } });
      return { ms: performance.now() - started, ok: result.exitCode === 0 };
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
