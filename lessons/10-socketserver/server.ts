// Lesson 10: a line server on our own socketserver.
//
// The Python tutorials end their server story with a handler that sleeps for
// three seconds, served first by TCPServer (a second client waits the whole
// time) and then by ThreadingTCPServer (it does not). This server replays that
// demo: `sleep <ms>` waits, and MODE picks the server class. All the socket
// work is in framework.ts; what is left here is the conversation itself.
//
// Check your work: npm run lesson 10        Try it by hand: npm run lesson 10 -- --play

import { setTimeout as sleep } from 'node:timers/promises';
import { StreamRequestHandler, TCPServer, ThreadingTCPServer } from './framework.ts';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9010);

// An empty MODE counts as unset, as `MODE= npx tsx server.ts` means "no mode".
const MODE = process.env.MODE || 'threading';
const serverClasses: Record<string, typeof TCPServer | undefined> = { single: TCPServer, threading: ThreadingTCPServer };
const ServerClass = serverClasses[MODE] ?? ThreadingTCPServer;
// TODO: any MODE but `single` or `threading`: one stderr line
// `unknown MODE: <value> (use single or threading)` and exit code 1.
// Docs: lesson 10, "Choosing the server with MODE" (lessons/10-socketserver#choosing-the-server-with-mode)

const longestSleepMs = 10000;

/** The reply to one line; a `sleep` takes its time, and only this conversation waits for it. */
async function answer(line: string): Promise<string> {
  // TODO: a line `sleep <digits>` (the whole line) waits that many ms with a
  // timer (`await sleep(ms)`) and replies `slept <digits>\n`, the digits as
  // they came; above longestSleepMs it replies
  // `error: sleep takes 0 to 10000 ms\n` at once.
  // Docs: lesson 10, "Sleeping without stopping the world" (lessons/10-socketserver#sleeping-without-stopping-the-world)
  return `Return your msg: ${line}\n`;
}

class LineHandler extends StreamRequestHandler {
  override setup(): void {
    console.log(`connected from ${this.clientAddress.host}:${this.clientAddress.port}`);
  }

  // One line at a time: the next line is read once this one is answered, so
  // the replies on a connection come in the order of its lines.
  override async handle(): Promise<void> {
    for (;;) {
      // TODO: readLine() throws a LineTooLongError for a line that is too
      // long: catch it, write `error: line too long\n` and return. A line
      // `quit` ends the conversation too, with no reply.
      // Docs: lesson 10, "The handler: setup, handle, finish" (lessons/10-socketserver#the-handler-setup-handle-finish)
      const line = await this.readLine();
      if (line === null) return;
      await this.write(await answer(line));
    }
  }
}

const server = new ServerClass({ host: HOST, port: PORT }, LineHandler);
const { address, port } = await server.serveForever();
console.log(`listening on ${address}:${port}`);

// TODO: on SIGINT and SIGTERM, shut the server down and exit 0, even while
// a sleep is pending.
// Docs: lesson 10, "Stopping the server: shutdown" (lessons/10-socketserver#stopping-the-server-shutdown)
