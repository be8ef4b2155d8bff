// Lesson 5: the chat room server.
//
// Many people in one room: every message anyone sends goes to everyone in the
// room, the sender too, stamped with the time and the sender's address. The
// Python original starts a thread per client; here every client is a handful
// of event handlers, and one Set holds the room.
//
// A message is whatever one 'data' event brings. That is a deliberate
// shortcut: on a quiet loopback each write usually arrives alone, and that is
// all this lesson needs. Chapter 5 shows when it breaks, and fixes it.

import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9005);

// #region room
// Everyone in the room, in the order they came in.
const room = new Set<net.Socket>();
// #endregion room

// #region join
const server = net.createServer((socket) => {
  const address = `${socket.remoteAddress}:${socket.remotePort}`;
  room.add(socket);
  console.log(`connected from ${address}`);

  // #region message
  socket.on('data', (chunk) => {
    if (socket.writableEnded) return; // it said `quit`: nothing more counts
    const text = chunk.toString('utf8').trim();
    if (text === '') return; // nothing to say
    if (text === 'quit') return dismiss(socket);
    broadcast(`${timestamp(new Date())} ${address}\n${text}\n`);
  });
  // #endregion message

  // #region leave
  // 'close' comes after a goodbye (FIN) and after a reset alike: either way,
  // out of the room, so that nobody writes to a closed socket again.
  socket.on('close', () => room.delete(socket));
  // A reset or a failed write arrives as an 'error' event. Without a listener
  // Node would throw it and one client would take the whole room down.
  socket.on('error', (error) => console.log(`${address} vanished: ${error.message}`));
  // #endregion leave
});
// #endregion join

// #region dismiss
/** Takes a client out of the room and ends its connection (for good after 2 s). */
function dismiss(socket: net.Socket): void {
  room.delete(socket);
  socket.end();
  setTimeout(() => socket.destroy(), 2000).unref();
}
// #endregion dismiss

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// #region broadcast
// How far behind a member may fall before we give up on it. write() queues in
// our memory whatever the kernel cannot take yet: a busy reader catches up,
// but a member that never reads would let the queue grow for ever.
const maxWaitingBytes = 32 * 1024 * 1024;

function broadcast(message: string): void {
  for (const member of room) {
    // write() never blocks and never throws: it hands the bytes to the kernel
    // or queues them. A write that fails is reported later as that socket's
    // 'error' event, so the loop always reaches every other member.
    member.write(message);
    if (member.writableLength > maxWaitingBytes) member.destroy();
  }
}
// #endregion broadcast

// #region timestamp
// Local time, as Python's time.strftime('%Y/%m/%d %H:%M:%S') prints it.
function timestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}/${two(date.getMonth() + 1)}/${two(date.getDate())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
// #endregion timestamp

// #region close-room
// `quit` typed on the server's own terminal closes the room. At the end of
// its input the server just stops reading it: a server started with no
// terminal sees end of input from the start and must keep serving.
const keyboard = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
keyboard.on('line', (line) => {
  if (line.trim() === 'quit') closeRoom();
});

function closeRoom(): void {
  server.close();
  for (const member of room) member.destroy();
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, closeRoom);
// #endregion close-room
