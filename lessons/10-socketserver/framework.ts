// Lesson 10: a socketserver of our own.
//
// Every server so far wrote the same parts again: listen and print the ready
// line, accept connections, keep each one's unfinished line, survive a client
// that vanishes, close everything on a signal. Python collects those parts in
// its `socketserver` module, and a program only writes a request handler: a
// class whose handle() talks to one client. This file is that module in small,
// for Node: TCPServer serves one client at a time, ThreadingTCPServer all of
// them at once, and StreamRequestHandler gives a handler awaitable readLine()
// and write(), Python's rfile and wfile.
//
// Check your work: npm run lesson 10        Try it by hand: npm run lesson 10 -- --play

import net from 'node:net';
import { StringDecoder } from 'node:string_decoder';

/** The longest line readLine() accepts, in bytes, without its `\n` (or `\r\n`). */
export const maxLineBytes = 65536;

/** What readLine() throws for a line longer than maxLineBytes. */
export class LineTooLongError extends Error {
  constructor() {
    super(`line longer than ${maxLineBytes} bytes`);
  }
}

/**
 * Python's `rfile`: the lines of one socket, one at a time, on request. It
 * splits the byte stream as lesson 6 does (a buffer, a StringDecoder for
 * characters cut in half, a limit), and it reads only while someone waits for
 * a line: a handler that is busy (sleeping, say) leaves the client's next
 * lines in the kernel's buffers instead of in our memory.
 */
class LineReader {
  private readonly decoder = new StringDecoder('utf8');
  private readonly lines: string[] = [];
  private unfinished = '';
  private unfinishedBytes = 0;
  private atEnd = false;
  private tooLong = false;
  private wake: (() => void) | undefined;

  constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => this.add(this.decoder.write(chunk)));
    // FIN, a reset and a destroy all end the input; 'close' comes after each.
    socket.on('end', () => this.finish());
    socket.on('close', () => this.finish());
    socket.pause();
  }

  async readLine(): Promise<string | null> {
    while (this.lines.length === 0 && !this.atEnd && !this.tooLong) {
      const more = new Promise<void>((resolve) => (this.wake = resolve));
      this.socket.resume();
      await more;
    }
    this.socket.pause();
    const line = this.lines.shift();
    if (line !== undefined) return line;
    if (this.tooLong) throw new LineTooLongError();
    return null;
  }

  private add(text: string): void {
    // TODO: a chunk is not a line. Add the text to this.unfinished; every `\n`
    // completes a line: hand it to this.complete() and go on after the `\n`.
    // Keep what follows the last `\n` (and its size in bytes, this.unfinishedBytes);
    // past maxLineBytes + 1 bytes set this.tooLong: an endless line has no `\n`.
    // Docs: lesson 10, "Reading lines on request" (lessons/10-socketserver#reading-lines-on-request)
    this.complete(text.replace(/\n$/, ''));
    this.wake?.();
  }

  private complete(line: string): void {
    // TODO: drop one trailing `\r` (a `\r\n` line end); a line longer than
    // maxLineBytes bytes (Buffer.byteLength) sets this.tooLong instead.
    // Docs: lesson 10, "Reading lines on request" (lessons/10-socketserver#reading-lines-on-request)
    this.lines.push(line);
  }

  private finish(): void {
    if (this.atEnd) return;
    this.atEnd = true;
    // An unterminated last line counts, as Python's readline() returns it.
    const last = this.unfinished + this.decoder.end();
    this.unfinished = '';
    if (last !== '' && !this.tooLong) this.complete(last);
    this.wake?.();
  }
}

export interface ClientAddress {
  host: string;
  port: number;
}

/**
 * One conversation with one client, like Python's StreamRequestHandler: the
 * server makes one per connection and calls setup(), handle() and finish().
 * Subclasses override handle() (and setup() or finish() if they like).
 */
export class StreamRequestHandler {
  /** `self.client_address`. */
  readonly clientAddress: ClientAddress;
  private readonly reader: LineReader;

  constructor(
    /** `self.request`: the connection's socket. */
    readonly request: net.Socket,
  ) {
    this.clientAddress = { host: request.remoteAddress ?? '', port: request.remotePort ?? 0 };
    this.reader = new LineReader(request);
  }

  setup(): void | Promise<void> {}

  handle(): void | Promise<void> {}

  finish(): void | Promise<void> {}

  /** The next line without its line end, or null at the end of input. Throws LineTooLongError. */
  readLine(): Promise<string | null> {
    return this.reader.readLine();
  }

  /**
   * Sends `text`, and resolves once the socket can take more: a client that
   * does not read its replies makes the handler wait here instead of making
   * the replies pile up in our memory. Writing to a client that has left does
   * nothing: it is gone, and the server goes on.
   */
  async write(text: string): Promise<void> {
    const socket = this.request;
    if (socket.destroyed || !socket.writable) return;
    if (socket.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        socket.off('drain', done).off('close', done);
        resolve();
      };
      socket.on('drain', done).on('close', done);
    });
  }
}

/** A handler class, as the servers take it: `new TCPServer(address, EchoHandler)`. */
export type HandlerClass = new (request: net.Socket) => StreamRequestHandler;

/**
 * Python's TCPServer: one client at a time. A connection that arrives while
 * another is served waits in a queue, accepted but paused, as in lesson 3;
 * what it sends meanwhile waits in the kernel's buffers and is read in its turn.
 */
export class TCPServer {
  private readonly listener: net.Server;
  private readonly open = new Set<net.Socket>();
  protected readonly waiting: net.Socket[] = [];

  constructor(
    private readonly address: { host: string; port: number },
    private readonly Handler: HandlerClass,
  ) {
    // allowHalfOpen: a client's FIN ends its input, not our replies; the
    // server ends the connection once the handler is done.
    this.listener = net.createServer({ pauseOnConnect: true, allowHalfOpen: true }, (socket) => {
      this.open.add(socket);
      // A client may reset at any time, waiting or served: that is its
      // connection's end (the reader sees the close), never the server's.
      socket.on('error', () => {});
      socket.on('close', () => this.open.delete(socket));
      this.processRequest(socket);
    });
  }

  /** Starts listening; resolves with the address really bound (PORT=0 picks a port). */
  serveForever(): Promise<net.AddressInfo> {
    return new Promise((resolve, reject) => {
      this.listener.once('error', reject);
      this.listener.listen({ host: this.address.host, port: this.address.port }, () => {
        this.listener.off('error', reject);
        resolve(this.listener.address() as net.AddressInfo);
      });
    });
  }

  /** Stops accepting and ends every connection, served or waiting. */
  shutdown(): Promise<void> {
    // TODO: close() waits until every connection has ended: destroy every
    // socket in this.open (served and waiting), and resolve once closed.
    // Docs: lesson 10, "Stopping the server: shutdown" (lessons/10-socketserver#stopping-the-server-shutdown)
    this.listener.close();
    return Promise.resolve();
  }

  /** What to do with a new connection: here, wait for our turn. ThreadingTCPServer overrides it. */
  protected processRequest(socket: net.Socket): void {
    // TODO: one at a time. Put the socket in this.waiting and serve the queue
    // in order, one finishRequest() after the other (skip a socket that was
    // destroyed while it waited); only one loop over the queue may run.
    // Docs: lesson 10, "One at a time: TCPServer" (lessons/10-socketserver#one-at-a-time-tcpserver)
    this.waiting.push(socket);
    void this.finishRequest(this.waiting.shift()!);
  }

  /** Runs one handler from setup() to finish(), then closes its connection. */
  protected async finishRequest(socket: net.Socket): Promise<void> {
    const handler = new this.Handler(socket);
    try {
      await handler.setup();
      try {
        await handler.handle();
      } finally {
        await handler.finish();
      }
    } catch (error) {
      // Python's handle_error(): one broken conversation is logged, and the server goes on.
      console.error(`error serving ${handler.clientAddress.host}:${handler.clientAddress.port}: ${(error as Error).message}`);
    }
    closeRequest(socket);
  }
}

/**
 * Python's ThreadingTCPServer: every connection served at once. Python needs
 * a thread per client for that; in Node each handler is an async function,
 * and the event loop runs them all, each one on its way while the others wait
 * for their bytes or their timers.
 */
export class ThreadingTCPServer extends TCPServer {
  protected override processRequest(socket: net.Socket): void {
    // TODO: every connection at once: start its handler now, without waiting.
    // Docs: lesson 10, "All at once: ThreadingTCPServer" (lessons/10-socketserver#all-at-once-threadingtcpserver)
    void this.finishRequest(socket);
  }
}

/**
 * Sends FIN once the replies are out, and keeps reading (and dropping) what
 * the client still sends until it closes, at most 2 s: closing a socket with
 * unread bytes makes the system send a reset, which can destroy the last
 * replies on their way (lesson 6, "Leaving with quit").
 */
function closeRequest(socket: net.Socket): void {
  socket.end();
  socket.removeAllListeners('data');
  socket.resume();
  setTimeout(() => socket.destroy(), 2000).unref();
}
