// Lesson 5: the chat room client.
//
// The lesson 4 client, in a room: it says it is ready, prints whatever the
// room sends (messages from everyone, its own too) the moment it arrives, and
// sends every line the user types. `quit` tells the room goodbye.
//
// Check your work: npm run lesson 5        Try it by hand: npm run lesson 5 -- --play client

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9005);

const socket = net.connect({ host: HOST, port: PORT });
try {
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);
  process.exit(1);
}
// TODO: say `I'm ready.\n` to the room, and print whatever the room sends the
// moment it arrives (process.stdout.write every 'data' chunk as it is).
// Docs: lesson 5, "The chat client" (lessons/05-group-chat#the-chat-client)

const keyboard = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
keyboard.on('line', (line) => {
  // TODO: send the line as `<line>\n`, every time, without waiting for the room;
  // after a line that is `quit` (trimmed), leave.
  // Docs: lesson 5, "The chat client" (lessons/05-group-chat#the-chat-client)
});
keyboard.on('close', () => leave()); // end of input (Ctrl-D)

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
  // Docs: lesson 5, "Leaving the chat" (lessons/05-group-chat#leaving-the-chat)
}

// TODO: the server closing first is no error for a chat client. Listen for
// 'error' (a reset), and on 'close', unless we are the ones leaving, print one
// line to stderr; then stop reading the keyboard, so that the process exits 0.
// Docs: lesson 5, "Leaving the chat" (lessons/05-group-chat#leaving-the-chat)

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  return (error as Error).message;
}
