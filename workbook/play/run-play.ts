import readline from 'node:readline';
import type { Lesson, Role } from '../catalogue.ts';
import { waitForReady } from '../harness/check-context.ts';
import { spawnLesson, type LessonProcess } from '../harness/spawn-lesson.ts';
import { buildProgram } from '../harness/build-program.ts';
import { programFile, type Target } from '../harness/target.ts';
import { unitOf } from '../course/units.ts';
import { Transcript, type TranscriptEvent } from '../harness/transcript.ts';
import { formatEvent } from '../report/format-result.ts';
import type { Paint } from '../report/paint.ts';
import type { PlayPeers, PlaySession } from './define-play.ts';

export class PlayUnavailable extends Error {}

/** How long a program gets to finish by itself, then after SIGTERM, before it is killed. */
const graceMs = 1500;

/**
 * Runs the learner's program for `role` joined to the reference peer, with the
 * terminal on the conversation: typed lines go to the reference client (when
 * playing a server) or into the learner's client, and every event on the wire
 * is printed as it happens. Ctrl-C, Ctrl-D or the program exiting ends it, and
 * nothing is left running.
 */
export async function runPlay(lesson: Lesson, role: Role, target: Target, paint: Paint): Promise<void> {
  const peers = unitOf(lesson).play;
  const peer = role === 'server' ? peers.referenceClient : peers.referenceServer;
  if (!peer) {
    throw new PlayUnavailable(`Lesson ${lesson.number} has no reference ${role === 'server' ? 'client' : 'server'} to play with.`);
  }
  // Built before the terminal is taken over: a syntax error is reported like a check's.
  const built = await buildProgram(programFile(target, lesson, role));
  const showTyping = !process.stdin.isTTY;
  const print = (event: TranscriptEvent) => {
    if (event.kind === 'stdin' && !showTyping) return; // the terminal already shows what was typed
    process.stdout.write(`${formatEvent(event, paint)}\n`);
  };
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  // Created now, so lines typed (or piped) before a peer starts reading are kept, not dropped.
  const lines = input[Symbol.asyncIterator]();
  const typed: AsyncIterable<string> = { [Symbol.asyncIterator]: () => lines };
  const session: PlaySession = { transcript: new Transcript(print), typed, ended: controller.signal };
  const aborted = new Promise<void>((resolve) => controller.signal.addEventListener('abort', () => resolve()));
  let program: LessonProcess | undefined;
  let closeServer: (() => Promise<void>) | undefined;
  try {
    if (role === 'server') {
      program = await spawnLesson({ name: 'your server', program: built, transcript: session.transcript });
      const [host, port] = await waitForReady(program);
      await Promise.race([peers.referenceClient!({ host, port }, session), program.exited, aborted]);
    } else {
      const server = await peers.referenceServer!(session);
      closeServer = () => server.close();
      program = await spawnLesson({
        name: 'your client',
        program: built,
        transcript: session.transcript,
        env: { PORT: String(server.port) },
      });
      const client = program;
      void (async () => {
        for await (const line of typed) {
          if (client.exitStatus) break;
          client.type(`${line}\n`);
        }
        client.closeStdin();
      })().catch(() => {
        // The client exited while a line was on its way; its exit is printed.
      });
      await Promise.race([program.exited, aborted]);
    }
  } finally {
    controller.abort();
    input.close();
    if (program) await stopGently(program);
    await closeServer?.();
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
}

/** Lets the program finish, then asks it to stop (SIGTERM), then kills its process group. */
async function stopGently(program: LessonProcess): Promise<void> {
  const exited = (ms: number) => Promise.race([program.exited.then(() => true), delay(ms).then(() => false)]);
  if (!program.exitStatus && !(await exited(graceMs))) {
    program.signal('SIGTERM');
    await exited(graceMs);
  }
  await program.kill();
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
