import { execa } from 'execa';
import { repoRoot } from '../harness/target.ts';
import type { KeepOutput } from './failed-output.ts';

/** What one run of a bench entry found. */
export interface BenchRun {
  /** Its wall time in milliseconds. */
  ms: number;
  /** Whether it did what it should. */
  ok: boolean;
  /** Shown in the table: what it measured, or why it failed and where its output is. */
  note?: string;
}

/** One row of `npm run bench`: something timed several times. */
export interface BenchEntry {
  name: string;
  runs: number;
  /** One run; `keep` saves the output of a run that failed and says where. */
  run(keep: KeepOutput): Promise<BenchRun>;
}

/**
 * Times a command from the repository root, as a learner would type it. When
 * it fails, everything it printed (stdout and stderr as they came) is kept.
 */
export function timeCommand(name: string, command: string, args: string[], runs: number): BenchEntry {
  return {
    name,
    runs,
    async run(keep) {
      const started = performance.now();
      const result = await execa(command, args, { cwd: repoRoot, reject: false, stdin: 'ignore', all: true, env: { FORCE_COLOR: '0' } });
      const ms = performance.now() - started;
      if (result.exitCode === 0) return { ms, ok: true };
      const how = result.signal ? `killed by ${result.signal}` : result.exitCode === undefined ? result.shortMessage : `exit code ${result.exitCode}`;
      const kept = await keep(`$ ${[command, ...args].join(' ')}\n${how} after ${(ms / 1000).toFixed(1)} s\n\n${result.all ?? ''}\n`);
      return { ms, ok: false, note: `failed (${how}), output in ${kept}` };
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
