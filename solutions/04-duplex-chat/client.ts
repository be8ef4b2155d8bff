// Lesson 4: the duplex chat client.
//
// The other half of the two-person chat. Once connected it does exactly what
// the server does: it prints what arrives the moment it arrives and sends
// every line the user types, without ever waiting for a turn. Only the start
// differs: the client connects, the server accepts.

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9004);

// #region connect
const socket = net.connect({ host: HOST, port: PORT });
try {
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);
  process.exit(1);
}
// #endregion connect

// #region receive
// What the peer says, printed the moment it arrives.
socket.on('data', (chunk) => process.stdout.write(chunk));
// #endregion receive

// #region send
// What the user types, sent as soon as Enter is pressed.
const keyboard = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
keyboard.on('line', (line) => {
  if (line.trim() === 'quit') leave();
  else socket.write(`${line}\n`);
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
// #endregion leave

// #region peer-left
socket.on('error', () => {}); // a reset; 'close' follows
socket.on('close', () => {
  if (!leaving) console.error('peer left');
  leaving = true;
  stopKeyboard();
});
// #endregion peer-left

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  return (error as Error).message;
}
