// Lesson 10: a line server on our own socketserver.
//
// The Python tutorials end their server story with a handler that sleeps for
// three seconds, served first by TCPServer (a second client waits the whole
// time) and then by ThreadingTCPServer (it does not). This server replays that
// demo: `sleep <ms>` waits, and MODE picks the server class. All the socket
// work is in framework.ts; what is left here is the conversation itself.

import { setTimeout as sleep } from 'node:timers/promises';
import { LineTooLongError, StreamRequestHandler, TCPServer, ThreadingTCPServer } from './framework.ts';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9010);

// #region mode
// An empty MODE counts as unset, as `MODE= npx tsx server.ts` means "no mode".
const MODE = process.env.MODE || 'threading';
const serverClasses: Record<string, typeof TCPServer | undefined> = { single: TCPServer, threading: ThreadingTCPServer };
const ServerClass = serverClasses[MODE];
if (!ServerClass) {
  console.error(`unknown MODE: ${MODE} (use single or threading)`);
  process.exit(1);
}
// #endregion mode

// #region answer
const longestSleepMs = 10000;

/** The reply to one line; a `sleep` takes its time, and only this conversation waits for it. */
async function answer(line: string): Promise<string> {
  const command = /^sleep ([0-9]+)$/.exec(line);
  if (!command) return `Return your msg: ${line}\n`;
  const digits = command[1]!;
  const ms = Number(digits);
  if (ms > longestSleepMs) return `error: sleep takes 0 to ${longestSleepMs} ms\n`;
  // A timer, not a loop that watches the clock: while it runs, the event loop
  // serves everybody else. A busy loop would stop the whole server.
  await sleep(ms);
  return `slept ${digits}\n`;
}
// #endregion answer

// #region handler
class LineHandler extends StreamRequestHandler {
  override setup(): void {
    console.log(`connected from ${this.clientAddress.host}:${this.clientAddress.port}`);
  }

  // One line at a time: the next line is read once this one is answered, so
  // the replies on a connection come in the order of its lines.
  override async handle(): Promise<void> {
    for (;;) {
      let line: string | null;
      try {
        line = await this.readLine();
      } catch (error) {
        if (!(error instanceof LineTooLongError)) throw error;
        await this.write('error: line too long\n');
        return;
      }
      // End of input or `quit`: returning ends the conversation, and the
      // server closes the connection.
      if (line === null || line === 'quit') return;
      await this.write(await answer(line));
    }
  }
}
// #endregion handler

// #region serve
const server = new ServerClass({ host: HOST, port: PORT }, LineHandler);
const { address, port } = await server.serveForever();
console.log(`listening on ${address}:${port}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Pending sleeps are timers of ours: exit instead of waiting for them.
    void server.shutdown().then(() => process.exit(0));
  });
}
// #endregion serve
