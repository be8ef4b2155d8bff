import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { limits } from './limits.ts';

// A loopback address whose connects get no answer, as a machine that is off or
// a firewall that drops packets would leave them: the SYN goes out and nothing
// comes back, so a client's connect() stays pending.
//
// The kernel answers SYNs on behalf of a listener until its accept queue is
// full, and drops them after that. Node accepts every connection as soon as
// its event loop runs, so the listener lives in a child process whose event
// loop is blocked (Atomics.wait): it listens with a backlog of 1, and the
// connections made here fill its queue. Blocked, not stopped with SIGSTOP: a
// blocked child still ends by itself when its time is up, so no stopped
// process is ever left behind, even when whoever started it is killed.

/** The listener's code: listen, print the port, then block until `lifetimeMs` has passed and exit. */
const listenerCode = `
const server = require('node:net').createServer();
server.listen({ host: '127.0.0.1', port: 0, backlog: 1 }, () => {
  process.stdout.write(server.address().port + '\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[1]));
  process.exit(0);
});
`;

/** How long a fill-up connect may take before it counts as unanswered: the queue is full. */
const unansweredAfterMs = 100;

/** How often waitForConnect() looks at the system's table of TCP sockets. */
const pollMs = 5;

/** At most this many connections to fill the queue (Linux takes backlog + 1). */
const maxFillers = 8;

export class HangingAddress {
  readonly host = '127.0.0.1';
  /** Settles when the listener's process has ended, closed or by itself. */
  readonly exited: Promise<void>;

  private constructor(
    readonly port: number,
    private readonly child: ChildProcess,
    private readonly fillers: net.Socket[],
  ) {
    this.exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Starts the listener and fills its queue; the address hangs from then on. */
  static async open(lifetimeMs = limits.checkMs + limits.reapMs): Promise<HangingAddress> {
    // An empty environment: the listener needs none, and variables such as
    // NODE_OPTIONS or NODE_EXTRA_CA_CERTS would only slow its start.
    const child = spawn(process.execPath, ['-e', listenerCode, String(lifetimeMs)], { stdio: ['ignore', 'pipe', 'ignore'], env: {} });
    let port: number;
    try {
      port = await readPort(child);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    const address = new HangingAddress(port, child, []);
    try {
      await address.fillQueue();
      return address;
    } catch (error) {
      await address.close();
      throw error;
    }
  }

  /** Connects until a connect gets no answer: then the listener's queue is full. */
  private async fillQueue(): Promise<void> {
    for (let i = 0; i < maxFillers; i++) {
      const socket = net.connect({ host: this.host, port: this.port });
      socket.on('error', () => {
        // Destroyed when the address is closed; nothing to report.
      });
      this.fillers.push(socket);
      if (!(await connectsWithin(socket, unansweredAfterMs))) return;
    }
    throw new Error(`the listener on port ${this.port} kept accepting after ${maxFillers} connections`);
  }

  /**
   * How many connects to this address are waiting for an answer to their SYN
   * right now (the queue fillers that got none included), from the system's
   * table of TCP sockets; undefined where there is no such table (not Linux).
   */
  pendingConnects(): number | undefined {
    let table: string;
    try {
      table = readFileSync('/proc/net/tcp', 'utf8');
    } catch {
      return undefined;
    }
    // Each row: sl local_address rem_address st …, addresses as hex IP:port; st 02 is SYN_SENT.
    const port = this.port.toString(16).toUpperCase().padStart(4, '0');
    return table
      .split('\n')
      .slice(1)
      .map((row) => row.trim().split(/\s+/))
      .filter((fields) => fields[2]?.endsWith(`:${port}`) && fields[3] === '02').length;
  }

  /**
   * Waits until more connects are pending than `before`, counted at `since`:
   * someone else's SYN has gone out. Returns when: after the last look that
   * did not see it yet (or `since`) and no later than the look that did;
   * undefined where the system's table cannot be read, or when nothing came
   * in time.
   */
  async waitForConnect(before: number, since: number, withinMs: number): Promise<{ after: number; by: number } | undefined> {
    const deadline = performance.now() + withinMs;
    let lastMiss = since;
    for (;;) {
      // A connect is in the table from connect() on: a look that starts
      // before it cannot see it, a look that starts after it does.
      const lookedAt = performance.now();
      const pending = this.pendingConnects();
      if (pending === undefined) return undefined;
      if (pending > before) return { after: lastMiss, by: performance.now() };
      lastMiss = lookedAt;
      if (performance.now() > deadline) return undefined;
      // The table has no event to wait for: look again soon.
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** Ends the listener and its connections; waits (bounded) until the process is gone. */
  async close(): Promise<void> {
    for (const socket of this.fillers) socket.destroy();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, limits.reapMs).unref())]);
  }
}

function readPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('the hanging listener did not start')), limits.readyMs);
    child.once('error', reject);
    child.once('exit', () => reject(new Error('the hanging listener exited before it was ready')));
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (!text.includes('\n')) return;
      clearTimeout(timer);
      resolve(Number(text.trim()));
    });
  });
}

/** Whether `socket` connects within `ms`; a connect that happened while the event loop was held up counts. */
function connectsWithin(socket: net.Socket, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (connected: boolean) => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      resolve(connected);
    };
    const onConnect = () => done(true);
    socket.once('connect', onConnect);
    const timer = setTimeout(() => setImmediate(() => done(false)), ms);
  });
}
