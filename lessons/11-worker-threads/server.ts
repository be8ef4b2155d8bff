// Lesson 11: when a handler computes.
//
// The line server of lesson 6 learns one more command: `work <n>` hashes the
// word "socket" n times with SHA-256. Waiting for a socket costs the event loop
// nothing, but hashing is computing: done on the main thread, it stops every
// other client until it is over. So the hashing moves to worker threads, real
// threads with their own event loop, and the main thread only hands out jobs
// and writes replies. A fixed pool of them, because a thread per request lets
// any client start as many threads as it likes.
//
// Check your work: npm run lesson 11        Try it by hand: npm run lesson 11 -- --play

import { createHash } from 'node:crypto';
import net from 'node:net';
import { StringDecoder } from 'node:string_decoder';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9011);

/** The longest line we accept, in bytes, without its `\n` (lesson 6). */
const maxLineBytes = 65536;
/** The most rounds one `work` may ask for: about a minute of one thread. */
const maxRounds = 50_000_000;
/** Complete lines a connection may have waiting before we stop reading from it. */
const maxWaitingLines = 100;

/** WORKERS, or as many threads as the machine runs at once (at most 64). */
function poolSize(value = process.env.WORKERS): number {
  // TODO: unset or empty: Math.min(os.availableParallelism(), 64). Digits
  // from 1 to 64: that number. Anything else: print `WORKERS must be an
  // integer from 1 to 64` to stderr and exit 1.
  // Docs: lesson 11, "A pool of workers" (lessons/11-worker-threads#a-pool-of-workers)
  return Number(value ?? 1);
}

/** `rounds` rounds of SHA-256: the first over the bytes of "socket", each next one over the 32 bytes of the last. */
function hashRounds(rounds: number): string {
  let hash = createHash('sha256').update('socket', 'utf8').digest();
  for (let round = 2; round <= rounds; round++) hash = createHash('sha256').update(hash).digest();
  return hash.toString('hex');
}

/**
 * At most `size` worker threads and a queue of jobs for them. Jobs start in
 * the order they were asked for, across all connections; a job whose signal
 * aborts (its client left) is taken out of the queue, and its promise rejects.
 */
class WorkerPool {
  // TODO: the threads, the idle ones, and the jobs waiting for one. Start a
  // thread, new Worker(new URL('./worker.mjs', import.meta.url)), when a job
  // finds every thread busy and there are fewer than `size`.
  // Docs: lesson 11, "A pool of workers" (lessons/11-worker-threads#a-pool-of-workers)
  constructor(readonly size: number) {}

  /** The hash after `rounds` rounds, computed on a worker thread. */
  hash(rounds: number, signal: AbortSignal): Promise<string> {
    // TODO: this computes on the main thread, and every client waits. Queue a
    // job instead; give it to an idle worker (postMessage) and resolve it with
    // the worker's reply, then give that worker the next job. When `signal`
    // aborts, take the job out of the queue if it is still there and reject.
    // Docs: lesson 11, "When a handler computes" (lessons/11-worker-threads#when-a-handler-computes)
    // and "When a client leaves" (lessons/11-worker-threads#when-a-client-leaves)
    void signal;
    return Promise.resolve(hashRounds(rounds));
  }

  /** Ends every thread, even in the middle of a job: a live worker keeps the process running. */
  async close(): Promise<void> {
    // TODO: terminate() every worker.
    // Docs: lesson 11, "Stopping the workers" (lessons/11-worker-threads#stopping-the-workers)
  }
}

const pool = new WorkerPool(poolSize());

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
    return { reply: `work ${digits} ${await pool.hash(rounds, left)}\n`, thenHangUp: false };
  }
  return { reply: `Return your msg: ${text}\n`, thenHangUp: false };
}

const open = new Set<net.Socket>();

// allowHalfOpen: a client that sends FIN still waits for the answers to the
// lines it sent; we end our side ourselves once they are written.
const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);
  open.add(socket);

  // Aborted when the connection is gone: its work is not wanted any more.
  const connection = new AbortController();
  socket.on('close', () => {
    open.delete(socket);
    connection.abort();
  });

  const decoder = new StringDecoder('utf8');
  let unfinished = '';
  let unfinishedBytes = 0;
  /** No more lines from this client: it sent FIN, `quit`, or a line too long. */
  let noMoreLines = false;

  // Complete lines, answered one at a time: a line is handled only once the
  // one before it has its reply, so replies keep the order of the lines.
  const lines: string[] = [];
  let handling = false;

  async function handleLines(): Promise<void> {
    if (handling) return;
    handling = true;
    while (lines.length > 0) {
      if (lines.length <= maxWaitingLines) socket.resume();
      // TODO: once the work runs on a worker, the client may leave before
      // its reply: then hash() rejects. Catch that (the client is gone, so
      // return), and write nothing to a client that left.
      // Docs: lesson 11, "When a client leaves" (lessons/11-worker-threads#when-a-client-leaves)
      const answered = await answer(lines.shift()!, connection.signal);
      socket.write(answered.reply);
      if (answered.thenHangUp) return hangUp();
    }
    handling = false;
    if (noMoreLines) socket.end();
  }

  // Send FIN after the last reply and drop whatever the client still sends;
  // after 2 s stop waiting for it to close.
  function hangUp(): void {
    noMoreLines = true;
    lines.length = 0;
    socket.end();
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  }

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

// TODO: on SIGINT and SIGTERM close the listener, destroy every open socket
// and close the pool: Node exits 0 once nothing is left open.
// Docs: lesson 11, "Stopping the workers" (lessons/11-worker-threads#stopping-the-workers)
