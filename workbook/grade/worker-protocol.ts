import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ProgramLimits } from '../harness/program-limits.ts';
import type { CheckStatus } from '../harness/run-checks.ts';
import type { TranscriptEvent } from '../harness/transcript.ts';

// The grading worker runs inside the sandbox next to the student's programs,
// which can write to its stdout through /proc. So every line it prints is
// signed with a key the host hands it on stdin, and the host ignores lines
// whose signature does not match: a program cannot forge its own score.

/** One check's result as the worker sends it: the catalogue facts stay on the host. */
export interface WorkerResult {
  id: string;
  status: CheckStatus;
  durationMs: number;
  message?: string;
  detail?: string;
  expected?: string;
  actual?: string;
  transcript: TranscriptEvent[];
}

export type WorkerMessage = { type: 'result'; result: WorkerResult } | { type: 'done' };

/** What the worker needs to know: the second line of its stdin, after the key. */
export interface WorkerPlan {
  /** Check ids to run, in catalogue order. */
  checks: string[];
  checkTimeoutMs: number;
  /** Checks running at once. */
  concurrency: number;
  /** The memory and process limits of every program, with the cgroup (as the worker sees it) to make their groups in. */
  limits?: ProgramLimits;
}

export function signLine(key: Buffer, message: WorkerMessage): string {
  const json = JSON.stringify(message);
  return `${mac(key, json)} ${json}\n`;
}

/** The message a signed line carries, or undefined for a line the worker did not sign. */
export function verifyLine(key: Buffer, line: string): WorkerMessage | undefined {
  const space = line.indexOf(' ');
  if (space <= 0) return undefined;
  const json = line.slice(space + 1);
  const given = Buffer.from(line.slice(0, space), 'utf8');
  const wanted = Buffer.from(mac(key, json), 'utf8');
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return undefined;
  try {
    return JSON.parse(json) as WorkerMessage;
  } catch {
    return undefined;
  }
}

function mac(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}

/** A line longer than this is not the worker's: it is dropped unread. */
const maxLineBytes = 32 * 1024 * 1024;

/**
 * Splits a stream into lines and hands each to `onLine`, never holding more
 * than `maxLineBytes` of one line: whatever is written to the worker's stdout,
 * the host's memory stays bounded.
 */
export function readLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): Promise<void> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflowing = false;
  return new Promise((resolve) => {
    stream.on('data', (chunk: Buffer) => {
      let start = 0;
      for (let end = chunk.indexOf(0x0a); end >= 0; end = chunk.indexOf(0x0a, start)) {
        if (!overflowing) onLine(Buffer.concat([...pending, chunk.subarray(start, end)]).toString('utf8'));
        pending = [];
        pendingBytes = 0;
        overflowing = false;
        start = end + 1;
      }
      const rest = chunk.subarray(start);
      if (overflowing || pendingBytes + rest.length > maxLineBytes) {
        overflowing = true;
        pending = [];
        pendingBytes = 0;
      } else if (rest.length) {
        pending.push(rest);
        pendingBytes += rest.length;
      }
    });
    stream.on('end', resolve);
    stream.on('close', resolve);
  });
}
