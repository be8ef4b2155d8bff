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
//
// Check your work: npm run lesson 5        Try it by hand: npm run lesson 5 -- --play

import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9005);

// Everyone in the room, in the order they came in.
const room = new Set<net.Socket>();

const server = net.createServer((socket) => {
  const address = `${socket.remoteAddress}:${socket.remotePort}`;
  room.add(socket);
  console.log(`connected from ${address}`);

  socket.on('data', (chunk) => {
    if (socket.writableEnded) return; // it said `quit`: nothing more counts
    // TODO: the chunk is one message. Decode and trim it; broadcast nothing if
    // it is empty; on `quit` dismiss(socket); otherwise broadcast
    // `<timestamp(new Date())> <address>\n<text>\n` to the room.
    // Docs: lesson 5, "One chunk, one message (for now)" (lessons/05-group-chat#one-chunk-one-message-for-now)
  });

  // TODO: take the socket out of the room on 'close' (it comes after a FIN and
  // after a reset alike), and listen for 'error': without a listener one
  // client's reset or failed write would crash the whole room.
  // Docs: lesson 5, "Leaving the room" (lessons/05-group-chat#leaving-the-room)
});

/** Takes a client out of the room and ends its connection (for good after 2 s). */
function dismiss(socket: net.Socket): void {
  room.delete(socket);
  socket.end();
  setTimeout(() => socket.destroy(), 2000).unref();
}

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// How far behind a member may fall before we give up on it. write() queues in
// our memory whatever the kernel cannot take yet: a busy reader catches up,
// but a member that never reads would let the queue grow for ever.
const maxWaitingBytes = 32 * 1024 * 1024;

function broadcast(message: string): void {
  // TODO: write the message to every member of the room, the sender included,
  // once each, in one loop. Never wait for a member to take it ('drain'): one
  // client that never reads would stall everyone. Destroy a member whose
  // socket.writableLength has grown past maxWaitingBytes.
  // Docs: lesson 5, "Broadcasting" (lessons/05-group-chat#broadcasting)
}

// Local time, as Python's time.strftime('%Y/%m/%d %H:%M:%S') prints it.
function timestamp(date: Date): string {
  // TODO: return `YYYY/MM/DD HH:MM:SS` in local time, every field two digits
  // (four for the year): getFullYear(), getMonth() + 1, getDate(), getHours()...
  // Docs: lesson 5, "Broadcasting" (lessons/05-group-chat#broadcasting)
  return date.toISOString();
}

// `quit` typed on the server's own terminal closes the room. At the end of
// its input the server just stops reading it: a server started with no
// terminal sees end of input from the start and must keep serving.
const keyboard = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
keyboard.on('line', (line) => {
  // TODO: on a `quit` line (trimmed), close the room.
  // Docs: lesson 5, "Closing the room" (lessons/05-group-chat#closing-the-room)
});

function closeRoom(): void {
  // TODO: close the listener, destroy every member's connection and exit 0.
  // Docs: lesson 5, "Closing the room" (lessons/05-group-chat#closing-the-room)
}

// TODO: on SIGINT and SIGTERM, close the room too.
// Docs: lesson 5, "Closing the room" (lessons/05-group-chat#closing-the-room)
