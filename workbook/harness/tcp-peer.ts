import net from 'node:net';
import { showBytes } from './bytes.ts';
import { CheckFailure } from './failure.ts';
import { limits } from './limits.ts';
import type { Transcript } from './transcript.ts';
import { Changes, showDuration, type Probe } from './wait-for.ts';

export interface SendOptions {
  /**
   * Split the bytes into this many writes, or `'bytewise'` for one byte per
   * write, with `gapMs` between them so they arrive as separate segments.
   */
  pieces?: number | 'bytewise';
  gapMs?: number;
}

/**
 * The reference side of one TCP connection: sends bytes exactly as a check
 * says, records everything in the transcript, and lets the check wait for
 * replies, closes and resets.
 */
export class PeerConnection {
  private unread = Buffer.alloc(0);
  /** The learner's side sent FIN. */
  ended = false;
  closed = false;
  resetByPeer = false;
  /** Every byte that has arrived, read by an expectation or not. */
  receivedBytes = 0;
  private readonly changes = new Changes();

  constructor(
    private readonly socket: net.Socket,
    /** How the transcript names this side: `reference client`. */
    readonly name: string,
    /** How it names the learner's side: `your server`. */
    readonly peerName: string,
    private readonly transcript: Transcript,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      transcript.data(peerName, name, chunk);
      this.receivedBytes += chunk.length;
      // Bounded: a check that expects little never holds megabytes.
      this.unread = this.unread.length > limits.peerUnreadBytes ? this.unread : Buffer.concat([this.unread, chunk]);
      this.changes.notify();
    });
    socket.on('end', () => {
      this.ended = true;
      transcript.add('end', peerName, 'closed its side of the connection (FIN)', name);
      this.changes.notify();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') {
        this.resetByPeer = true;
        transcript.add('reset', peerName, 'reset the connection (RST)', name);
      } else {
        transcript.add('note', name, `socket error: ${error.code ?? error.message}`);
      }
      this.changes.notify();
    });
    socket.on('close', () => {
      this.closed = true;
      this.changes.notify();
    });
  }

  get localPort(): number {
    return this.socket.localPort ?? 0;
  }

  get localAddress(): string {
    return this.socket.localAddress ?? '';
  }

  /** The other side's `<ip>:<port>`, as a server logs its client. */
  get remoteEndpoint(): string {
    return `${this.socket.remoteAddress ?? ''}:${this.socket.remotePort ?? 0}`;
  }

  /** Sends `data` (UTF-8 if a string), split as `options` says. */
  async send(data: string | Uint8Array, options: SendOptions = {}): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    const count = options.pieces === 'bytewise' ? bytes.length : Math.max(1, Math.min(options.pieces ?? 1, bytes.length));
    const size = Math.ceil(bytes.length / count);
    for (let offset = 0; offset < bytes.length || offset === 0; offset += size) {
      if (offset > 0) await pause(options.gapMs ?? 5);
      if (this.socket.destroyed) throw this.gone(`could not send ${showBytes(bytes.subarray(offset))}`);
      const piece = bytes.subarray(offset, offset + size);
      this.transcript.sent(this.name, this.peerName, piece, { protocol: 'tcp' });
      this.socket.write(piece);
      if (bytes.length === 0) break;
    }
  }

  /**
   * Writes `chunk` again and again, only as fast as the other side reads, until
   * that side sends something, closes or resets, or `maxBytes` have gone; returns
   * how many bytes were written. For programs that must give up on endless
   * input. The transcript shows the flood as one event.
   */
  async flood(chunk: Uint8Array, maxBytes: number, withinMs = limits.replyMs): Promise<number> {
    this.transcript.sent(this.name, this.peerName, chunk, {
      protocol: 'tcp',
      times: Math.ceil(maxBytes / chunk.length),
      shown: `${showBytes(chunk)} again and again, up to ${maxBytes} bytes`,
    });
    const heardBack = () => this.unread.length > 0 || this.ended || this.closed || this.resetByPeer || this.socket.destroyed;
    const onDrain = () => this.changes.notify();
    this.socket.on('drain', onDrain);
    let sent = 0;
    try {
      while (sent < maxBytes && !heardBack()) {
        sent += chunk.length;
        if (this.socket.write(chunk)) {
          // Let replies and closes in before the next write.
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
        await this.changes.waitFor(
          () => (!this.socket.writableNeedDrain || heardBack() ? true : undefined),
          withinMs,
          () => new CheckFailure(`${this.peerName} stopped reading after ${sent} bytes and did not answer within ${showDuration(withinMs)}`),
        );
      }
    } finally {
      this.socket.off('drain', onDrain);
    }
    this.transcript.add('note', this.name, `wrote ${sent} bytes in all`);
    return sent;
  }

  /**
   * Waits until `expected` has arrived and fails if other bytes came instead.
   * A long reply may take a while on a busy machine: the wait fails only once
   * nothing more has come for `withinMs`.
   */
  async expectBytes(expected: string | Uint8Array, withinMs = limits.replyMs): Promise<void> {
    const want = typeof expected === 'string' ? Buffer.from(expected, 'utf8') : Buffer.from(expected);
    const got = await this.waitWhileReceiving(
      () => {
        const sameSoFar = this.unread.subarray(0, want.length).equals(want.subarray(0, Math.min(want.length, this.unread.length)));
        if (this.unread.length >= want.length || !sameSoFar) return this.take(Math.min(want.length, this.unread.length));
        if (this.ended || this.closed) throw this.gone(`expected ${showBytes(want)}`, this.unread);
        return undefined;
      },
      withinMs,
      () =>
        new CheckFailure(
          this.unread.length
            ? `${this.peerName} sent ${this.unread.length} of the ${want.length} expected bytes, then nothing for ${showDuration(withinMs)}`
            : `${this.peerName} did not send the expected bytes within ${showDuration(withinMs)}`,
          { expected: showBytes(want), actual: this.unread.length ? showBytes(this.unread) : 'nothing' },
        ),
    );
    if (!got.equals(want)) {
      throw new CheckFailure(`${this.peerName} sent different bytes than expected`, {
        expected: showBytes(want),
        // Everything that had arrived, not just as many bytes as expected.
        actual: showBytes(Buffer.concat([got, this.unread])),
      });
    }
  }

  /** Waits for whatever bytes arrive next and takes them all; undefined once the peer has closed. */
  receive(withinMs = limits.replyMs): Promise<Buffer | undefined> {
    return this.changes.waitFor(
      () => {
        if (this.unread.length) return this.take(this.unread.length);
        if (this.ended || this.closed) return null;
        return undefined;
      },
      withinMs,
      () => new CheckFailure(`${this.peerName} sent nothing within ${showDuration(withinMs)}`),
    ).then((bytes) => bytes ?? undefined);
  }

  /**
   * Reads up to and including the next `\n` and returns the line without it,
   * as text. Fails if the connection closes first or no line ends in time.
   */
  async readLine(what = 'a line ending in \\n', withinMs = limits.replyMs): Promise<string> {
    const line = await this.changes.waitFor(
      () => {
        const end = this.unread.indexOf(0x0a);
        if (end >= 0) return this.take(end + 1);
        if (this.ended || this.closed) throw this.gone(what, this.unread);
        return undefined;
      },
      withinMs,
      () =>
        new CheckFailure(`${this.peerName} did not send ${what} within ${showDuration(withinMs)}`, {
          expected: what,
          actual: this.unread.length ? `${showBytes(this.unread)} with no \\n yet` : 'nothing',
        }),
    );
    return line.subarray(0, -1).toString('utf8');
  }

  /** Reads the next line and fails unless it is exactly `expected` (given without its `\n`). */
  async expectLine(expected: string, withinMs = limits.replyMs): Promise<void> {
    const line = await this.readLine(JSON.stringify(`${expected}\n`), withinMs);
    if (line !== expected) {
      throw new CheckFailure(`${this.peerName} sent a different line than expected`, {
        expected: showBytes(`${expected}\n`),
        actual: showBytes(`${line}\n`),
      });
    }
  }

  /**
   * Waits for the learner's side to close (FIN or reset); unless `anyData`,
   * no more bytes may come first.
   */
  async expectClose(options: { anyData?: boolean; withinMs?: number } = {}): Promise<void> {
    const withinMs = options.withinMs ?? limits.replyMs;
    await this.changes.waitFor(
      () => {
        if (this.unread.length && !options.anyData) {
          throw new CheckFailure(`${this.peerName} sent more bytes where it should have closed the connection`, {
            expected: 'the connection closed',
            actual: showBytes(this.unread),
          });
        }
        return this.ended || this.closed || this.resetByPeer ? true : undefined;
      },
      withinMs,
      () =>
        new CheckFailure(`${this.peerName} did not close the connection within ${showDuration(withinMs)}`, {
          expected: 'the connection closed (FIN)',
          actual: 'the connection stayed open',
        }),
    );
  }

  /**
   * Fails if any bytes have arrived that no expectation has read yet. It first
   * lets the current round of I/O finish: bytes already in this socket's kernel
   * buffer when another connection woke the check are counted too.
   */
  async expectNothingReceived(why: string): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.unread.length) {
      throw new CheckFailure(`${this.peerName} answered ${this.name} ${why}`, {
        expected: 'no reply yet',
        actual: showBytes(this.unread),
      });
    }
  }

  /**
   * Waits until `count` bytes have arrived in all, however many were read;
   * fails once nothing more has come for `withinMs`. For floods too large to
   * compare byte by byte.
   */
  async expectReceivedBytes(count: number, what: string, withinMs = limits.replyMs): Promise<void> {
    await this.waitWhileReceiving(
      () => {
        if (this.receivedBytes >= count) return true;
        if (this.ended || this.closed) throw this.gone(what);
        return undefined;
      },
      withinMs,
      () =>
        new CheckFailure(`${this.peerName} stopped sending to ${this.name} before ${what}`, {
          expected: `at least ${count} bytes`,
          actual: `${this.receivedBytes} bytes, then nothing for ${showDuration(withinMs)}`,
        }),
    );
  }

  /**
   * Like `Changes.waitFor`, but the limit counts from the last byte that
   * arrived: a long reply still on its way is not late.
   */
  private async waitWhileReceiving<T>(probe: Probe<T>, withinMs: number, onTimeout: () => CheckFailure): Promise<T> {
    for (;;) {
      const before = this.receivedBytes;
      const found = await this.changes.waitFor<{ value: T } | 'more came'>(
        () => {
          const value = probe();
          if (value !== undefined) return { value };
          return this.receivedBytes > before ? 'more came' : undefined;
        },
        withinMs,
        onTimeout,
      );
      if (found !== 'more came') return found.value;
    }
  }

  /**
   * Stops reading, like a peer that never calls recv(): what the other side
   * writes piles up in the kernel's buffers and then in the writer's memory.
   */
  stopReading(): void {
    this.transcript.add('note', this.name, 'stops reading (never calls recv again)');
    this.socket.pause();
  }

  /** Half-closes: sends FIN, like Python's shutdown(SHUT_WR) or Node's socket.end(). */
  end(): void {
    this.transcript.add('end', this.name, 'closed its side of the connection (FIN)', this.peerName);
    this.socket.end();
  }

  /** Aborts the connection with RST, as a crashed or killed peer would. */
  reset(): void {
    this.transcript.add('reset', this.name, 'reset the connection (RST)', this.peerName);
    this.socket.resetAndDestroy();
  }

  destroy(): void {
    this.socket.destroy();
  }

  private take(count: number): Buffer {
    const taken = this.unread.subarray(0, count);
    this.unread = this.unread.subarray(count);
    return taken;
  }

  private gone(what: string, partial?: Buffer): CheckFailure {
    const how = this.resetByPeer ? 'reset the connection' : 'closed the connection';
    return new CheckFailure(`${this.peerName} ${how} first`, {
      expected: what,
      actual: partial?.length ? `${showBytes(partial)}, then the close` : 'the connection closed',
    });
  }
}

/** Where a stream socket listens: a TCP address, or a Unix socket's path. */
export type PeerAddress = { host: string; port: number } | { path: string };

/** `127.0.0.1:9000`, `[::1]:9000`, `unix:/tmp/x.sock`: as the transcript and the lessons write an address. */
export function showAddress(address: PeerAddress): string {
  if ('path' in address) return `unix:${address.path}`;
  return `${net.isIPv6(address.host) ? `[${address.host}]` : address.host}:${address.port}`;
}

/** Opens a connection from a reference client to the learner's server. */
export function connectPeer(
  address: PeerAddress,
  name: string,
  peerName: string,
  transcript: Transcript,
  withinMs = limits.replyMs,
): Promise<PeerConnection> {
  return new Promise((resolve, reject) => {
    const target = 'path' in address ? { path: address.path } : { host: address.host, port: address.port };
    const socket = net.connect({ ...target, allowHalfOpen: true });
    let connected = false;
    const timer = setTimeout(() => {
      // As in Changes.waitFor: a connection made while the event loop was held up still counts.
      setImmediate(() => {
        if (connected) return;
        socket.destroy();
        reject(new CheckFailure(`${name} could not connect to ${peerName} at ${showAddress(address)} within ${showDuration(withinMs)}`));
      });
    }, withinMs);
    socket.once('connect', () => {
      connected = true;
      clearTimeout(timer);
      socket.removeListener('error', onError);
      transcript.add('connect', name, socket.localPort === undefined ? 'connected' : `connected from port ${socket.localPort}`, peerName);
      resolve(new PeerConnection(socket, name, peerName, transcript));
    });
    const onError = (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      transcript.add('note', name, `could not connect: ${error.code ?? error.message}`);
      reject(new CheckFailure(`${name} could not connect to ${peerName} at ${showAddress(address)} (${error.code ?? error.message})`));
    };
    socket.once('error', onError);
  });
}

/** A reference server on a free loopback port that hands each connection to the check. */
export class PeerServer {
  private readonly accepted: PeerConnection[] = [];
  private readonly changes = new Changes();
  private readonly connections = new Set<PeerConnection>();
  private count = 0;
  private closing = false;

  private constructor(
    private readonly server: net.Server,
    readonly name: string,
    private readonly peerName: string,
    private readonly transcript: Transcript,
  ) {
    server.on('connection', (socket) => {
      this.count += 1;
      const connection = new PeerConnection(socket, name, peerName, transcript);
      transcript.add('connect', peerName, socket.remotePort === undefined ? 'connected' : `connected from port ${socket.remotePort}`, name);
      this.accepted.push(connection);
      this.connections.add(connection);
      this.changes.notify();
    });
  }

  /** Listens on a free port of `at.host` (127.0.0.1 unless told), or on the Unix socket `at.path`. */
  static async listen(name: string, peerName: string, transcript: Transcript, at: { host?: string } | { path: string } = {}): Promise<PeerServer> {
    const server = net.createServer({ allowHalfOpen: true });
    const where = 'path' in at ? { path: at.path } : { host: at.host ?? '127.0.0.1', port: 0 };
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(where, resolve);
    });
    const peer = new PeerServer(server, name, peerName, transcript);
    transcript.add('listen', name, `listening on ${showAddress(peer.address)}`);
    return peer;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  get address(): PeerAddress {
    const address = this.server.address();
    return typeof address === 'string' ? { path: address } : { host: address!.address, port: address!.port };
  }

  /** How many connections have arrived so far. */
  get connectionCount(): number {
    return this.count;
  }

  /** The next connection from the learner's program. */
  accept(withinMs = limits.replyMs): Promise<PeerConnection> {
    return this.changes.waitFor(
      () => {
        const next = this.accepted.shift();
        if (!next && this.closing) throw new CheckFailure(`${this.name} was closed before ${this.peerName} connected`);
        return next;
      },
      withinMs,
      () => new CheckFailure(`${this.peerName} did not connect to ${this.name} within ${showDuration(withinMs)}`),
    );
  }

  async close(): Promise<void> {
    // Wakes a pending accept(), so that nothing waits on a closed server.
    this.closing = true;
    this.changes.notify();
    for (const connection of this.connections) connection.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/**
 * A loopback port that nobody listens on (on `host`). It is taken below the range the
 * system hands out for port 0 (32768 and up on Linux, 49152 and up on macOS),
 * so that no server another check starts with PORT=0 can land on it between
 * this check trying it and its client connecting.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    const server = net.createServer();
    const free = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen({ host, port }, () => resolve(true));
    });
    if (!free) continue;
    await new Promise((resolve) => server.close(resolve));
    return port;
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
