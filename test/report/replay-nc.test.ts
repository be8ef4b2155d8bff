// The nc lines a failure prints to replay its conversation, derived from real
// runs of the checks and run as written (OpenBSD netcat) against the reference
// solutions: the line sends what the check's client sent, and the server
// answers what it answered the check.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findCheck, findLesson, type Check } from '../../workbook/catalogue.ts';
import { runLesson } from '../../workbook/harness/run-checks.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { Transcript, type TranscriptEvent } from '../../workbook/harness/transcript.ts';
import { planReplay } from '../../workbook/report/replay.ts';
import { hasOpenBsdNetcat, runShell, startSolutionServer } from '../support/by-hand.ts';

/** Checks whose conversation one nc line replays, with every byte the reference solution answers. */
const replayed: { id: string; answer: string | Buffer }[] = [
  { id: '01/server-echo', answer: '你好，socket！' },
  { id: '06/server-last-line-at-eof', answer: 'Return your msg: complete\nReturn your msg: last words, no newline\n' },
  { id: '06/server-line-too-long', answer: 'error: line too long\n' },
  { id: '08/server-half-close', answer: Buffer.concat([Uint8Array.of(0, 0, 0, 8), Buffer.from('complete')]) },
];

function check(id: string): Check {
  const found = findCheck(id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

/** The transcript of `check` run against the reference solution, which passes it. */
async function solutionTranscript(check: Check): Promise<TranscriptEvent[]> {
  const [result] = await runLesson(findLesson(check.lesson)!, { root: path.join(repoRoot, 'solutions') }, { slugs: [check.slug] });
  expect(result!.status).toBe('passed');
  return result!.transcript;
}

/**
 * Starts the solution's server on a free port, runs `line` against it there
 * instead of the default port, and returns what nc printed.
 */
async function runAgainstSolution(check: Check, line: string, onTestFinished: (fn: () => Promise<void>) => void): Promise<Buffer> {
  const lesson = findLesson(check.lesson)!;
  expect(line.endsWith(` 127.0.0.1 ${lesson.defaultPort}`)).toBe(true);
  const { server, port } = await startSolutionServer(lesson.dir);
  onTestFinished(() => server.kill());
  return runShell(`${line.slice(0, -String(lesson.defaultPort).length)}${port}`);
}

const netcat = hasOpenBsdNetcat();

describe.skipIf(!netcat)('the replay line of a failing check, run against the solution', () => {
  test.concurrent.for(replayed)('$id', async ({ id, answer }, { onTestFinished }) => {
    const replay = planReplay(check(id), await solutionTranscript(check(id)));
    if (replay?.kind !== 'nc' || replay.then !== 'send') expect.fail(`${id} is replayed as ${JSON.stringify(replay)}, not by one nc line`);
    expect(replay.server).toBe(`npx tsx lessons/${findLesson(check(id).lesson)!.dir}/server.ts`);
    const printed = await runAgainstSolution(check(id), replay.nc, onTestFinished);
    expect(printed.toString('latin1')).toBe(Buffer.from(answer).toString('latin1'));
  });

  test.concurrent('a UDP datagram, answered within the second nc waits', async ({ onTestFinished }) => {
    const transcript = new Transcript();
    transcript.sent('reference client', 'your server', 'hello, 世界 🌏', { protocol: 'udp' });
    const replay = planReplay(check('09/server-echoes-datagrams'), transcript.events);
    if (replay?.kind !== 'nc') expect.fail(`a single datagram is replayed as ${JSON.stringify(replay)}`);
    const printed = await runAgainstSolution(check('09/server-echoes-datagrams'), replay.nc, onTestFinished);
    expect(printed.toString('utf8')).toBe('hello, 世界 🌏');
  });
});

test.skipIf(netcat)('the replay lines are not run: no OpenBSD netcat here (apt-get install netcat-openbsd)', () => {
  expect(netcat).toBe(false);
});

test('a command line that ends without reading its input still gives what it printed', async () => {
  // More input than a pipe holds, to a command that closes its stdin at once:
  // the write fails for certain, as it does when a busy machine holds this
  // process up until an nc line has already ended.
  const printed = await runShell('exec 0<&-; printf done', 'x'.repeat(1 << 20));
  expect(printed.toString()).toBe('done');
});
