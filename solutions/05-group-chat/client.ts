// Lesson 5: the chat room client.
//
// The lesson 4 client, in a room: it says it is ready, prints whatever the
// room sends (messages from everyone, its own too) the moment it arrives, and
// sends every line the user types. `quit` tells the room goodbye.

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9005);

// #region connect
const socket = net.connect({ host: HOST, port: PORT });
try {
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);
  process.exit(1);
}
socket.write("I'm ready.\n");
// #endregion connect

// #region receive
socket.on('data', (chunk) => process.stdout.write(chunk));
// #endregion receive

// #region send
const keyboard = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
keyboard.on('line', (line) => {
  socket.write(`${line}\n`);
  // The room hears our `quit` (it closes our connection); then we leave.
  if (line.trim() === 'quit') leave();
});
keyboard.on('close', () => leave()); // end of input (Ctrl-D)

// Stop reading the keyboard for good. rl.close() only pauses stdin, and a
// pipe paused from inside its own 'data' event is read again a moment
// later; an open stdin keeps Node running, so let go of it.
function stopKeyboard(): void {
  keyboard.close();
  process.stdin.destroy();
}
// #endregion send

// #region leave
let leaving = false;
function leave(): void {
  if (leaving) return;
  leaving = true;
  stopKeyboard();
  socket.end();
  setTimeout(() => socket.destroy(), 2000).unref();
}

// The server closing first is no error for a chat client: say so and go.
socket.on('error', () => {}); // a reset; 'close' follows
socket.on('close', () => {
  if (!leaving) console.error(`${HOST}:${PORT} closed the connection`);
  leaving = true;
  stopKeyboard();
});
// #endregion leave

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  return (error as Error).message;
}
