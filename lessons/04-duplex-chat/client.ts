// Lesson 4: the duplex chat client.
//
// The other half of the two-person chat. Once connected it does exactly what
// the server does: it prints what arrives the moment it arrives and sends
// every line the user types, without ever waiting for a turn. Only the start
// differs: the client connects, the server accepts.
//
// Check your work: npm run lesson 4        Try it by hand: npm run lesson 4 -- --play client

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9004);

const socket = net.connect({ host: HOST, port: PORT });
try {
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);
  process.exit(1);
}

// TODO: print what the peer says the moment it arrives (process.stdout.write
// every 'data' chunk as it is).
// Docs: lesson 4, "Two event sources, no threads" (lessons/04-duplex-chat#two-event-sources-no-threads)

const keyboard = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
keyboard.on('line', (line) => {
  // TODO: send the line as `<line>\n`, at once and every time; a line that is
  // `quit` (trimmed) calls leave() instead.
  // Docs: lesson 4, "Why turn-by-turn chat stalls" (lessons/04-duplex-chat#why-turn-by-turn-chat-stalls)
});
// TODO: at the end of input (readline emits 'close'), leave too.
// Docs: lesson 4, "Saying goodbye" (lessons/04-duplex-chat#saying-goodbye)

// Stop reading the keyboard for good. rl.close() only pauses stdin, and a
// pipe paused from inside its own 'data' event is read again a moment
// later; an open stdin keeps Node running, so let go of it.
function stopKeyboard(): void {
  keyboard.close();
  process.stdin.destroy();
}

let leaving = false;
function leave(): void {
  if (leaving) return;
  leaving = true;
  // TODO: stop reading the keyboard, end the socket (FIN), and destroy it should
  // the server not close its side within 2 s.
  // Docs: lesson 4, "Saying goodbye" (lessons/04-duplex-chat#saying-goodbye)
}

// TODO: the server leaves by closing or by resetting the connection. Listen for
// 'error', and on 'close', unless we are the ones leaving, print `peer left` to
// stderr, once; then stop reading the keyboard.
// Docs: lesson 4, "When the peer leaves" (lessons/04-duplex-chat#when-the-peer-leaves)

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  return (error as Error).message;
}
