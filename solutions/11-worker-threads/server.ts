// Lesson 11: when a handler computes.
//
// The line server of lesson 6 learns one more command: `work <n>` hashes the
// word "socket" n times with SHA-256. Waiting for a socket costs the event loop
// nothing, but hashing is computing: done on the main thread, it stops every
// other client until it is over. So the hashing moves to worker threads, real
// threads with their own event loop, and the main thread only hands out jobs
// and writes replies. A fixed pool of them, because a thread per request lets
// any client start as many threads as it likes.

import net from 'node:net';
import os from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { Worker } from 'node:worker_threads';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9011);

/** The longest line we accept, in bytes, without its `\n` (lesson 6). */
const maxLineBytes = 65536;
/** The most rounds one `work` may ask for: about a minute of one thread. */
const maxRounds = 50_000_000;
/** Complete lines a connection may have waiting before we stop reading from it. */
const maxWaitingLines = 100;

// #region pool-size
/** WORKERS, or as many threads as the machine runs at once (at most 64). */
function poolSize(value = process.env.WORKERS): number {
  if (value === undefined || value === '') return Math.min(os.availableParallelism(), 64);
  const size = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (size >= 1 && size <= 64) return size;
  console.error('WORKERS must be an integer from 1 to 64');
  process.exit(1);
}
// #endregion pool-size

// #region pool
interface Job {
  rounds: number;
  resolve(hash: string): void;
}

/**
 * At most `size` worker threads and a queue of jobs for them. Jobs start in
 * the order they were asked for, across all connections; a job whose signal
 * aborts (its client left) is taken out of the queue, and its promise rejects.
 */
class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Job[] = [];

  constructor(private readonly size: number) {}

  /** The hash after `rounds` rounds, computed on a worker thread. */
  hash(rounds: number, signal: AbortSignal): Promise<string> {
    return new Promise((resolve, reject) => {
      const job: Job = { rounds, resolve };
      const forget = () => {
        // Still waiting: it will never run. Already running: it finishes, and
        // its result goes nowhere (a settled promise ignores a later resolve).
        const index = this.waiting.indexOf(job);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(signal.reason);
      };
      signal.addEventListener('abort', forget, { once: true });
      job.resolve = (hash) => {
        signal.removeEventListener('abort', forget);
        resolve(hash);
      };
      this.waiting.push(job);
      this.startJobs();
    });
  }

  /** Gives waiting jobs to idle workers, oldest job first. */
  private startJobs(): void {
    // A thread costs memory and some milliseconds to start: one is started
    // only when a job finds every thread busy, up to `size`.
    if (this.idle.length === 0 && this.waiting.length > 0 && this.workers.length < this.size) this.startWorker();
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.waiting.shift()!;
      worker.once('message', (hash: string) => {
        job.resolve(hash);
        this.idle.push(worker);
        this.startJobs();
      });
      worker.postMessage(job.rounds);
    }
  }

  private startWorker(): void {
    // The worker's code is a file beside this one: a URL relative to this module.
    const worker = new Worker(new URL('./worker.mjs', import.meta.url));
    this.workers.push(worker);
    this.idle.push(worker);
  }

  /** Ends every thread, even in the middle of a job: a live worker keeps the process running. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
// #endregion pool

const pool = new WorkerPool(poolSize());

// #region answer
/** What the server says to one complete line, and whether it hangs up after. */
async function answer(line: string, left: AbortSignal): Promise<{ reply: string; thenHangUp: boolean }> {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (Buffer.byteLength(text) > maxLineBytes) return { reply: 'error: line too long\n', thenHangUp: true };
  if (text === 'quit') return { reply: '', thenHangUp: true };
  if (text === 'ping') return { reply: 'pong\n', thenHangUp: false };
  const work = /^work ([0-9]+)$/.exec(text);
  if (work) {
    const digits = work[1]!;
    const rounds = Number(digits);
    if (rounds < 1 || rounds > maxRounds) return { reply: `error: work takes 1 to ${maxRounds} rounds\n`, thenHangUp: false };
    // The main thread only waits here; the rounds run on a worker thread.
    return { reply: `work ${digits} ${await pool.hash(rounds, left)}\n`, thenHangUp: false };
  }
  return { reply: `Return your msg: ${text}\n`, thenHangUp: false };
}
// #endregion answer

const open = new Set<net.Socket>();

// allowHalfOpen: a client that sends FIN still waits for the answers to the
// lines it sent; we end our side ourselves once they are written.
const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);
  open.add(socket);

  // #region left
  // Aborted when the connection is gone: its work is not wanted any more.
  const connection = new AbortController();
  socket.on('close', () => {
    open.delete(socket);
    connection.abort();
  });
  // #endregion left

  const decoder = new StringDecoder('utf8');
  let unfinished = '';
  let unfinishedBytes = 0;
  /** No more lines from this client: it sent FIN, `quit`, or a line too long. */
  let noMoreLines = false;

  // #region one-at-a-time
  // Complete lines, answered one at a time: a line is handled only once the
  // one before it has its reply, so replies keep the order of the lines.
  const lines: string[] = [];
  let handling = false;

  async function handleLines(): Promise<void> {
    if (handling) return;
    handling = true;
    while (lines.length > 0) {
      if (lines.length <= maxWaitingLines) socket.resume();
      let answered: { reply: string; thenHangUp: boolean };
      try {
        answered = await answer(lines.shift()!, connection.signal);
      } catch (error) {
        if (connection.signal.aborted) return; // the client left while its work waited or ran
        throw error;
      }
      if (connection.signal.aborted) return; // the client left meanwhile: nobody to answer
      socket.write(answered.reply);
      if (answered.thenHangUp) return hangUp();
    }
    handling = false;
    if (noMoreLines) socket.end();
  }
  // #endregion one-at-a-time

  // Send FIN after the last reply and drop whatever the client still sends;
  // after 2 s stop waiting for it to close.
  function hangUp(): void {
    noMoreLines = true;
    lines.length = 0;
    socket.end();
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  }

  // #region split
  socket.on('data', (chunk) => {
    if (noMoreLines) return;
    const text = decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.push(unfinished + text.slice(start, end));
      unfinished = '';
      unfinishedBytes = 0;
      start = end + 1;
    }
    const rest = text.slice(start);
    unfinished += rest;
    unfinishedBytes += Buffer.byteLength(rest);
    // A line that never ends is answered (with its error) in its turn.
    if (unfinishedBytes > maxLineBytes + 1) {
      lines.push(unfinished);
      noMoreLines = true;
    }
    // A client that sends lines faster than they are answered waits.
    if (lines.length > maxWaitingLines) socket.pause();
    void handleLines();
  });
  // #endregion split

  // FIN from the client: its last line, if unterminated, counts too.
  socket.on('end', () => {
    if (noMoreLines) return;
    noMoreLines = true;
    const last = unfinished + decoder.end();
    if (last !== '') lines.push(last);
    void handleLines();
  });

  socket.on('error', (error) => {
    console.log(`client vanished: ${error.message}`);
  });
});

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// #region stop
// Nothing may keep the process alive: not the listener, not a connection, and
// not a worker thread, busy or idle. With all of them closed, Node exits 0.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    for (const socket of open) socket.destroy();
    void pool.close();
  });
}
// #endregion stop
