import os from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import type { ResultPromise } from 'execa';
import { CheckFailure } from './failure.ts';
import { limits } from './limits.ts';
import { confineProgram, type Confinement, type LimitBreach } from './program-limits.ts';
import type { Transcript } from './transcript.ts';
import { Changes, showDuration } from './wait-for.ts';

export interface SpawnLessonOptions {
  /** How the transcript names the program: `your server`, `your client`. */
  name: string;
  /** The lesson program, built (see buildProgram): a runnable `.mjs`. */
  program: string;
  transcript: Transcript;
  args?: string[];
  /** Added to the small clean environment every program gets (HOST, PORT, PATH). */
  env?: Record<string, string>;
}

export interface ExitStatus {
  code: number | null;
  signal: string | null;
}

/** How long, after a program exits, its last output may take to be read. */
const outputGraceMs = 250;

// Process groups still alive, so that an interrupted runner or test worker can
// take every program down with it.
const liveGroups = new Set<number>();
process.once('exit', () => {
  for (const pid of liveGroups) killGroup(pid);
});

/**
 * 'exit' does not run when a signal ends the process (a test runner stopping
 * its workers, a terminal closing): the programs, in groups of their own, would
 * live on. Where nothing else handles the signal, they are killed and the
 * process then dies of it as it would have; a command with its own handler
 * (watch, play, the grader's worker) stops its programs itself.
 */
function killProgramsOnSignals(): void {
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    const onSignal = () => {
      if (process.listenerCount(signal) > 1) return;
      killAllLessons();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}
let signalsWatched = false;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Kills every program this process started that is still running. */
export function killAllLessons(): void {
  for (const pid of liveGroups) killGroup(pid);
}

/**
 * Starts a learner's program with plain node, in its own process group (so
 * that children it starts die with it), and records what it prints.
 */
export async function spawnLesson(options: SpawnLessonOptions): Promise<LessonProcess> {
  // Loaded on first use: `npm run lesson --help`, the lesson list and hints start no program.
  const { execa } = await import('execa');
  if (!signalsWatched) {
    signalsWatched = true;
    killProgramsOnSignals();
  }
  const confinement = await confineProgram(process.execPath, ['--enable-source-maps', options.program, ...(options.args ?? [])]);
  const [file, ...args] = confinement.command;
  const subprocess = execa(file!, args, {
    detached: true,
    extendEnv: false,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      LANG: 'C.UTF-8',
      HOST: '127.0.0.1',
      PORT: '0',
      ...options.env,
    },
    stdin: 'pipe',
    stdout: 'pipe',
    stderr: 'pipe',
    buffer: false,
    reject: false,
    cleanup: false,
  });
  if (subprocess.pid !== undefined) runBelowHarness(subprocess.pid);
  return new LessonProcess(options.name, subprocess, options.transcript, confinement);
}

/** How much lower than the harness a program runs (`nice` steps; 19 is the lowest priority). */
const programNiceness = 10;

/**
 * Lowers the program's CPU priority below the harness's own. On an idle
 * machine this changes nothing. On a busy one, the reference peers that judge
 * the program keep answering in time, so a late verdict is the program's
 * doing and never the judge's: a UDP peer that is not scheduled for 1.5 s
 * would make a correct client give up.
 */
function runBelowHarness(pid: number): void {
  try {
    os.setPriority(pid, Math.min(19, os.getPriority() + programNiceness));
  } catch {
    // The program has already exited, or the system does not allow it: it runs as it is.
  }
}

/** A running lesson program: its output as lines, its stdin, its exit. */
export class LessonProcess {
  readonly stdoutLines: string[] = [];
  readonly stderrLines: string[] = [];
  exitStatus: ExitStatus | undefined;
  readonly exited: Promise<ExitStatus>;
  private readonly changes = new Changes();
  private consumed = 0;
  private keptBytes = 0;
  private stdinOpen = true;
  private released: Promise<void> | undefined;
  /** The limit the program ran into (memory, processes), known once it has been killed. */
  limitBreach: LimitBreach | undefined;

  constructor(
    readonly name: string,
    private readonly subprocess: ResultPromise,
    private readonly transcript: Transcript,
    private readonly confinement: Confinement,
  ) {
    const pid = subprocess.pid;
    if (pid !== undefined) liveGroups.add(pid);
    transcript.add('start', name, `started (pid ${pid ?? '?'})`);
    const outputsEnded = Promise.all([
      this.collectLines(subprocess.stdout!, 'stdout', this.stdoutLines),
      this.collectLines(subprocess.stderr!, 'stderr', this.stderrLines),
    ]);
    subprocess.stdin!.on('error', () => {
      // The program exited or closed its stdin; what it did is in the transcript.
    });
    this.exited = subprocess.then(async (result) => {
      // What it printed just before exiting may still be in the pipe: read it
      // before saying it exited. Briefly: a child that inherited the pipe can
      // hold it open.
      await Promise.race([outputsEnded, new Promise((resolve) => setTimeout(resolve, outputGraceMs).unref())]);
      const status = { code: result.exitCode ?? null, signal: result.signal ?? null };
      this.exitStatus = status;
      transcript.add('exit', name, describeExit(status));
      this.changes.notify();
      return status;
    });
  }

  get pid(): number | undefined {
    return this.subprocess.pid;
  }

  /** Splits a stream into lines as they come; resolves when it ends. */
  private collectLines(stream: NodeJS.ReadableStream, kind: 'stdout' | 'stderr', lines: string[]): Promise<void> {
    const decoder = new StringDecoder('utf8');
    let partial = '';
    const keep = (line: string) => {
      const text = line.endsWith('\r') ? line.slice(0, -1) : line;
      this.keptBytes += text.length;
      if (this.keptBytes > limits.outputBytes) {
        if (this.keptBytes - text.length <= limits.outputBytes) {
          this.transcript.add('note', this.name, `printed more than ${limits.outputBytes / 1024} KiB; the rest is not kept`);
        }
        return;
      }
      lines.push(text);
      this.transcript.add(kind, this.name, text);
    };
    stream.on('data', (chunk: Buffer) => {
      const pieces = (partial + decoder.write(chunk)).split('\n');
      partial = pieces.pop()!;
      // A program printing one endless line is bounded too.
      if (partial.length > limits.outputBytes) {
        keep(partial);
        partial = '';
      }
      pieces.forEach(keep);
      this.changes.notify();
    });
    return new Promise((resolve) => {
      stream.on('end', () => {
        const rest = partial + decoder.end();
        if (rest) keep(rest);
        this.changes.notify();
        resolve();
      });
      stream.on('error', () => resolve());
    });
  }

  /** Types text into the program's stdin, as a learner would at the terminal. */
  type(text: string): void {
    if (!this.stdinOpen) throw new Error(`stdin of ${this.name} is already closed`);
    this.transcript.add('stdin', 'keyboard', JSON.stringify(text), this.name);
    this.subprocess.stdin!.write(text);
  }

  /** Ends stdin, like Ctrl-D at a terminal. */
  closeStdin(): void {
    if (!this.stdinOpen) return;
    this.stdinOpen = false;
    this.transcript.add('stdin', 'keyboard', 'end of input (Ctrl-D)', this.name);
    this.subprocess.stdin!.end();
  }

  /**
   * Ends stdin and waits until the end of input has left this side of the pipe:
   * from then on the program can read it, before anything the check sends later.
   */
  async closeStdinAndWait(): Promise<void> {
    const stdin = this.subprocess.stdin!;
    const flushed = stdin.writableFinished ? Promise.resolve() : new Promise((resolve) => stdin.once('finish', resolve).once('close', resolve));
    this.closeStdin();
    await flushed;
  }

  signal(signal: NodeJS.Signals): void {
    this.transcript.add('signal', 'check', signal, this.name);
    this.subprocess.kill(signal);
  }

  /**
   * Waits for a stdout line matching `pattern`, searching everything printed so
   * far. Use for logs, whose order relative to the wire is not fixed.
   * `stream: 'stderr'` searches what it printed to stderr instead.
   */
  waitForLine<T>(
    match: (line: string) => T | undefined,
    what: string,
    withinMs = limits.replyMs,
    stream: 'stdout' | 'stderr' = 'stdout',
  ): Promise<T> {
    const lines = stream === 'stdout' ? this.stdoutLines : this.stderrLines;
    const where = stream === 'stdout' ? '' : ' to stderr';
    let searched = 0;
    return this.changes.waitFor(
      () => {
        for (; searched < lines.length; searched++) {
          const found = match(lines[searched]!);
          if (found !== undefined) return found;
        }
        if (this.exitStatus) throw this.failure(`${this.name} ${describeExit(this.exitStatus)} before printing ${what}${where}`);
        return undefined;
      },
      withinMs,
      () => this.failure(`${this.name} did not print ${what}${where} within ${showDuration(withinMs)}`),
    );
  }

  /** The next stdout line not yet read by `nextLine`, in order. */
  nextLine(what: string, withinMs = limits.replyMs): Promise<string> {
    return this.changes.waitFor(
      () => {
        if (this.consumed < this.stdoutLines.length) return this.stdoutLines[this.consumed++];
        if (this.exitStatus) throw this.failure(`${this.name} ${describeExit(this.exitStatus)} before printing ${what}`);
        return undefined;
      },
      withinMs,
      () => this.failure(`${this.name} did not print ${what} within ${showDuration(withinMs)}`),
    );
  }

  /** Reads the next stdout line and fails unless it is exactly `expected`. */
  async expectLine(expected: string, withinMs = limits.replyMs): Promise<void> {
    const line = await this.nextLine(JSON.stringify(expected), withinMs);
    if (line !== expected) {
      throw new CheckFailure(`${this.name} printed a different line than expected`, {
        expected: JSON.stringify(expected),
        actual: JSON.stringify(line),
      });
    }
  }

  /** Stdout lines printed and not yet read by `nextLine`. */
  unreadLines(): string[] {
    return this.stdoutLines.slice(this.consumed);
  }

  /** Waits for the program to exit and fails unless it exits with `code`. */
  async expectExit(code: number, withinMs = limits.replyMs): Promise<void> {
    const status = await this.changes.waitFor(
      () => this.exitStatus,
      withinMs,
      () => new CheckFailure(`${this.name} was still running ${showDuration(withinMs)} later`, { expected: `exit code ${code}` }),
    );
    if (status.code !== code) {
      throw this.failure(`${this.name} ${describeExit(status)}`, `exit code ${code}`);
    }
  }

  /** Fails if the program printed a stack trace to stderr. */
  expectNoStackTrace(): void {
    if (this.stderrLines.some((line) => /^\s+at .+(\(|:\d+:\d+)/.test(line))) {
      throw new CheckFailure(`${this.name} printed a stack trace to stderr`, {
        expected: 'no stack trace: catch the error and print one line',
        actual: this.stderrLines.slice(0, 6).join('\n'),
      });
    }
  }

  private failure(message: string, expected?: string): CheckFailure {
    const stderr = this.stderrLines.slice(-8).join('\n');
    return new CheckFailure(message, { expected, actual: stderr ? `stderr:\n${stderr}` : undefined });
  }

  /**
   * Kills the program's whole process group and waits (bounded) until it is
   * reaped; then reads which limit it ran into, and removes what confined it.
   */
  async kill(): Promise<void> {
    const pid = this.subprocess.pid;
    if (pid !== undefined) {
      // The group may outlive its leader (a detached grandchild), so kill it even after exit.
      killGroup(pid);
      liveGroups.delete(pid);
      this.subprocess.stdin?.destroy();
      await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, limits.reapMs).unref())]);
    }
    this.released ??= this.release();
    await this.released;
  }

  private async release(): Promise<void> {
    this.limitBreach = await this.confinement.breach(this.stderrLines);
    await this.confinement.release();
  }
}

export function describeExit(status: ExitStatus): string {
  if (status.signal) return `was killed by ${status.signal}`;
  return `exited with code ${status.code}`;
}
