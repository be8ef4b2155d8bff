import dgram from 'node:dgram';
import { showBytes } from './bytes.ts';
import { CheckFailure } from './failure.ts';
import { limits } from './limits.ts';
import type { Transcript } from './transcript.ts';
import { Changes, showDuration } from './wait-for.ts';

/**
 * How a reference UDP peer answers the datagram it received as the `index`-th
 * (from 0): the bytes to send back, or `undefined` to stay silent, as if the
 * network had lost the datagram.
 */
export type Answer = (datagram: Buffer, index: number) => Uint8Array | undefined;

/** Ready-made answers: the echo server of lesson 9, and the faults a real network has. */
export const answers = {
  echo: ((datagram) => datagram) satisfies Answer,
  never: (() => undefined) satisfies Answer,
  /** Loses the first `count` datagrams, then echoes. */
  echoAfterLosing: (count: number): Answer => (datagram, index) => (index < count ? undefined : datagram),
  /**
   * Answers as `answer` says, but not a datagram that repeats the one answered
   * just before: that is a retry sent while the answer was on its way, and a
   * second answer would arrive as the reply to the client's next line.
   */
  ignoringLateRetries(answer: Answer): Answer {
    let lastAnswered: Buffer | undefined;
    return (datagram, index) => {
      if (lastAnswered?.equals(datagram)) return undefined;
      const reply = answer(datagram, index);
      if (reply !== undefined) lastAnswered = datagram;
      return reply;
    };
  },
};

export interface Datagram {
  bytes: Buffer;
  from: { address: string; port: number };
}

export interface UdpAddress {
  host: string;
  port: number;
}

/**
 * The reference side of a UDP conversation, on a free loopback port: a client
 * of the learner's server, or a server for the learner's client. It records
 * every datagram in the transcript, keeps the ones it received for the check
 * to take in order, and answers them as `answer` says (by default: never).
 */
export class UdpPeer {
  private readonly received: Datagram[] = [];
  private count = 0;
  private readonly changes = new Changes();

  private constructor(
    private readonly socket: dgram.Socket,
    /** How the transcript names this side: `reference client`. */
    readonly name: string,
    /** How it names the learner's side: `your server`. */
    readonly peerName: string,
    private readonly transcript: Transcript,
    private readonly answer: Answer,
  ) {
    socket.on('message', (bytes, from) => {
      const index = this.count++;
      transcript.add('data', peerName, `datagram ${showBytes(bytes)}`, name);
      this.received.push({ bytes, from: { address: from.address, port: from.port } });
      this.changes.notify();
      const reply = answer(bytes, index);
      if (reply === undefined) {
        if (answer !== answers.never) transcript.add('note', name, 'does not answer, as if the network had lost that datagram');
        return;
      }
      this.sendTo(reply, { host: from.address, port: from.port });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      transcript.add('note', name, `socket error: ${error.code ?? error.message}`);
    });
  }

  static async bind(name: string, peerName: string, transcript: Transcript, answer: Answer = answers.never): Promise<UdpPeer> {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(0, '127.0.0.1', () => {
        socket.off('error', reject);
        resolve();
      });
    });
    const peer = new UdpPeer(socket, name, peerName, transcript, answer);
    transcript.add('listen', name, `bound to 127.0.0.1:${peer.port} (UDP)`);
    return peer;
  }

  get port(): number {
    return this.socket.address().port;
  }

  /** How many datagrams have arrived so far, taken or not. */
  get receivedCount(): number {
    return this.count;
  }

  /** Sends one datagram (UTF-8 if a string) to `to`. */
  send(data: string | Uint8Array, to: UdpAddress): void {
    this.sendTo(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, to);
  }

  /** Sends the datagrams one right after the other, without waiting in between. */
  sendBackToBack(datagrams: (string | Uint8Array)[], to: UdpAddress): void {
    for (const datagram of datagrams) this.send(datagram, to);
  }

  /** The next datagram not yet taken, in arrival order. */
  nextDatagram(what = 'a datagram', withinMs = limits.replyMs): Promise<Datagram> {
    return this.changes.waitFor(
      () => this.received.shift(),
      withinMs,
      () => new CheckFailure(`${this.peerName} did not send ${what} within ${showDuration(withinMs)}`, { expected: what, actual: 'nothing' }),
    );
  }

  /**
   * Takes the next datagram and fails unless it holds exactly `expected`.
   * Datagrams equal to `retryOf` (the one expected before) are skipped: a
   * client sends one again when its answer is slow.
   */
  async expectDatagram(expected: string | Uint8Array, options: { retryOf?: string | Uint8Array; withinMs?: number } = {}): Promise<Datagram> {
    const want = Buffer.from(expected);
    const retry = options.retryOf === undefined ? undefined : Buffer.from(options.retryOf);
    let datagram = await this.nextDatagram(`the datagram ${showBytes(want)}`, options.withinMs);
    while (retry?.equals(datagram.bytes) && !retry.equals(want)) {
      datagram = await this.nextDatagram(`the datagram ${showBytes(want)}`, options.withinMs);
    }
    if (!datagram.bytes.equals(want)) {
      throw new CheckFailure(`${this.peerName} sent a different datagram than expected`, {
        expected: `one datagram ${showBytes(want)}`,
        actual: `one datagram ${showBytes(datagram.bytes)}`,
      });
    }
    return datagram;
  }

  /**
   * Fails if a datagram has arrived that no expectation has taken yet, after
   * letting the current round of I/O finish. Copies of `retryOf` don't count.
   */
  async expectNothingReceived(why: string, options: { retryOf?: string | Uint8Array } = {}): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    const retry = options.retryOf === undefined ? undefined : Buffer.from(options.retryOf);
    const first = this.received.find((datagram) => !retry?.equals(datagram.bytes));
    if (first) {
      throw new CheckFailure(`${this.peerName} sent ${this.name} a datagram ${why}`, {
        expected: 'no datagram',
        actual: `one datagram ${showBytes(first.bytes)}`,
      });
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      try {
        this.socket.close(() => resolve());
      } catch {
        resolve(); // already closed
      }
    });
  }

  private sendTo(bytes: Uint8Array, to: UdpAddress): void {
    this.transcript.sent(this.name, this.peerName, bytes, { protocol: 'udp', shown: `datagram ${showBytes(bytes)}` });
    this.socket.send(bytes, to.port, to.host, (error) => {
      if (error) this.transcript.add('note', this.name, `could not send: ${(error as NodeJS.ErrnoException).code ?? error.message}`);
    });
  }
}
