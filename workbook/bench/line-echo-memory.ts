// The memory entries of `npm run bench`: lesson 6's reference server must keep
// what one client costs it bounded, whatever the client sends. Two hostile
// clients, and the server's resident memory (VmRSS, and its peak VmHWM, from
// /proc on Linux) before and after each:
// - one that sends up to 100 MB of a single line with no newline: the server
//   must answer `error: line too long` and close after 64 KiB;
// - one that sends up to 100 MB of short lines and never reads the replies:
//   the server must stop reading when its replies back up, not queue them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findLesson } from '../catalogue.ts';
import { waitForReady } from '../harness/check-context.ts';
import { CheckFailure } from '../harness/failure.ts';
import { buildProgram } from '../harness/build-program.ts';
import { spawnLesson } from '../harness/spawn-lesson.ts';
import { programFile, repoRoot } from '../harness/target.ts';
import { connectPeer } from '../harness/tcp-peer.ts';
import { Transcript, type TranscriptEvent } from '../harness/transcript.ts';
import { formatTranscript } from '../report/format-result.ts';
import type { BenchEntry } from './measure.ts';

const feedBytes = 100 * 1000 * 1000;

export interface MemoryRun {
  /** Bytes the client managed to write before the server answered, closed or stopped reading. */
  sentBytes: number;
  /** How it ended, in words. */
  outcome: string;
  /** Resident memory of the server, KiB. */
  rssBeforeKiB: number;
  rssAfterKiB: number;
  peakKiB: number;
  ok: boolean;
  /** The conversation with the server and what it printed, kept when the run fails. */
  transcript: TranscriptEvent[];
}

/** One line that never ends: the server must answer the error and close. */
export function measureEndlessLine(file?: string): Promise<MemoryRun> {
  return measure(file, async (connection) => {
    const sentBytes = await connection.flood(Buffer.alloc(64 * 1024, 'x'), feedBytes);
    try {
      await connection.expectLine('error: line too long');
      await connection.expectClose();
    } catch (error) {
      if (!(error instanceof CheckFailure)) throw error;
      return { sentBytes, outcome: 'did not answer', ok: false };
    }
    return { sentBytes, outcome: 'answered `error: line too long` and closed', ok: true };
  });
}

/** Short lines, replies never read: the server must stop reading instead of queueing replies. */
export function measureUnreadReplies(file?: string): Promise<MemoryRun> {
  return measure(file, async (connection) => {
    connection.stopReading();
    let sentBytes = 0;
    try {
      // Replies are 17 bytes longer than the lines: for `x\n`, ten times more.
      sentBytes = await connection.flood(Buffer.from('x\n'.repeat(32 * 1024)), feedBytes, 1000);
    } catch (error) {
      if (!(error instanceof CheckFailure)) throw error;
      const stalledAt = /after (\d+) bytes/.exec(error.message)?.[1];
      return { sentBytes: Number(stalledAt ?? 0), outcome: 'stopped reading while its replies were not read', ok: true };
    }
    return { sentBytes, outcome: `read all ${sentBytes} bytes although its replies were not read`, ok: false };
  });
}

type Feed = (connection: Awaited<ReturnType<typeof connectPeer>>) => Promise<Omit<MemoryRun, 'rssBeforeKiB' | 'rssAfterKiB' | 'peakKiB' | 'transcript'>>;

async function measure(file: string | undefined, feed: Feed): Promise<MemoryRun> {
  const lesson = findLesson('line-echo')!;
  const transcript = new Transcript();
  const server = await spawnLesson({
    name: 'the line echo server',
    program: await buildProgram(file ?? programFile({ root: path.join(repoRoot, 'solutions') }, lesson, 'server')),
    transcript,
  });
  try {
    const [host, port] = await waitForReady(server);
    const connection = await connectPeer({ host, port }, 'hostile client', server.name, transcript);
    const before = await memoryOf(server.pid!);
    const result = await feed(connection);
    const after = await memoryOf(server.pid!);
    connection.destroy();
    return { ...result, rssBeforeKiB: before.rss, rssAfterKiB: after.rss, peakKiB: after.peak, transcript: transcript.events };
  } finally {
    await server.kill();
  }
}

/** VmRSS and VmHWM of a process, in KiB (Linux). */
async function memoryOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/** How a run reads in the bench table. */
export function describeMemoryRun(run: MemoryRun): string {
  const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
  return `${run.outcome} after ${(run.sentBytes / 1024 / 1024).toFixed(1)} MiB sent; RSS ${mib(run.rssBeforeKiB)} → ${mib(run.rssAfterKiB)}, peak ${mib(run.peakKiB)}`;
}

/** The growth we accept: a few MiB of buffers and garbage, nothing like the bytes fed. */
const boundKiB = 32 * 1024;

/** The two rows of `npm run bench`. */
export function lineEchoMemoryEntries(runs: number): BenchEntry[] {
  const entry = (name: string, measureOnce: () => Promise<MemoryRun>): BenchEntry => ({
    name,
    runs,
    async run(keep) {
      const started = performance.now();
      const result = await measureOnce();
      const ms = performance.now() - started;
      const ok = result.ok && result.peakKiB - result.rssBeforeKiB < boundKiB;
      if (ok) return { ms, ok, note: describeMemoryRun(result) };
      const kept = await keep(`${describeMemoryRun(result)}\n\n${formatTranscript(result.transcript)}\n`);
      return { ms, ok, note: `${describeMemoryRun(result)}; transcript in ${kept}` };
    },
  });
  return [
    entry('lesson 6 server fed 100 MB of one endless line', () => measureEndlessLine()),
    entry('lesson 6 server fed 100 MB of lines, replies unread', () => measureUnreadReplies()),
  ];
}
