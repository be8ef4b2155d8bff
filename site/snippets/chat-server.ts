// The Python tutorials' ChatServer class, in Node.
//
// Their version starts a thread that accepts clients and a thread per client
// that receives, and all of them loop `while not self.event.is_set()`; stop()
// closes every socket and sets the Event. Here the loops are async functions
// on the event loop, and an AbortController plays the Event: its signal is
// handed to everything that waits (the listener, the accept loop, each
// client's line reader), and stop() aborts them all at once.
//
// Run it with `npx tsx site/snippets/chat-server.ts`; type `quit` to stop it.

import { on } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

// #region class
export class ChatServer {
  /** Every connected client by `<ip>:<port>`, as the Python class's `self.clients`. */
  private readonly clients = new Map<string, net.Socket>();
  /** Python's `threading.Event`: aborted once, by stop(), and seen by every loop. */
  private readonly stopping = new AbortController();
  private readonly listener = net.createServer();

  constructor(
    private readonly host = '127.0.0.1',
    private readonly port = 9999,
  ) {}

  /** bind + listen, then accept in the background; resolves with the bound address. */
  async start(): Promise<net.AddressInfo> {
    const { signal } = this.stopping;
    await new Promise<void>((resolve, reject) => {
      this.listener.once('error', reject);
      // With a signal, aborting it closes the listener: no more accepts.
      this.listener.listen({ host: this.host, port: this.port, signal }, resolve);
    });
    void this.accept();
    return this.listener.address() as net.AddressInfo;
  }

  /** `while not self.event.is_set(): sock, client = self.sock.accept()`. */
  private async accept(): Promise<void> {
    try {
      for await (const [socket] of on(this.listener, 'connection', { signal: this.stopping.signal })) {
        void this.receive(socket as net.Socket);
      }
    } catch {
      // The signal was aborted: the server is stopping.
    }
  }

  /** One client's loop: every line is a message for everybody; `quit` leaves. */
  private async receive(socket: net.Socket): Promise<void> {
    const client = `${socket.remoteAddress}:${socket.remotePort}`;
    this.clients.set(client, socket);
    socket.on('error', () => {}); // a client that vanishes ends its own loop only
    const lines = readline.createInterface({ input: socket, crlfDelay: Infinity, signal: this.stopping.signal });
    lines.on('error', () => {});
    try {
      for await (const line of lines) {
        const text = line.trim();
        if (text === 'quit') break;
        if (text !== '') this.broadcast(`${timestamp(new Date())} ${client}\n${text}\n`);
      }
    } catch {
      // Aborted by stop().
    }
    this.clients.delete(client);
    socket.end();
  }

  private broadcast(message: string): void {
    for (const socket of this.clients.values()) socket.write(message);
  }

  /** Sets the "Event" and closes every connection, as the Python stop() does. */
  stop(): void {
    this.stopping.abort();
    for (const socket of this.clients.values()) socket.destroy();
    this.clients.clear();
  }
}
// #endregion class

/** `2024/05/01 09:30:00`, local time, as the Python `{:%Y/%m/%d %H:%M:%S}`. */
function timestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}/${two(date.getMonth() + 1)}/${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

// #region main
// As in the Python tutorials: start the server, and stop it when `quit` is typed.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = new ChatServer(process.env.HOST ?? '127.0.0.1', Number(process.env.PORT ?? 9999));
  const { address, port } = await server.start();
  console.log(`listening on ${address}:${port}`);
  const keyboard = readline.createInterface({ input: process.stdin });
  for await (const command of keyboard) {
    if (command.trim() === 'quit') break;
  }
  keyboard.close();
  server.stop();
}
// #endregion main
