// Lesson 8: the length-prefixed echo server.
//
// Lines can't carry every message: a `\n` inside the text, or binary data,
// would cut it in two. The other classic frame puts the length first: four
// bytes holding N as an unsigned big-endian number, then exactly N bytes of
// payload, whatever they are. The receiver never searches for an end: it
// reads four bytes, then N bytes, then the next four.
//
// The bytes still arrive in chunks cut anywhere, the header included, so the
// server keeps a buffer per connection and takes frames out of it only once
// they are complete.

import net from 'node:net';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9008);

// #region limit
// The header could announce up to 4 GiB. We only accept what we are willing to
// hold in memory for one client: 1 MiB.
const headerBytes = 4;
const maxPayloadBytes = 1024 * 1024;
// #endregion limit

const open = new Set<net.Socket>();

const server = net.createServer((socket) => {
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);
  open.add(socket);
  socket.on('close', () => open.delete(socket));

  // #region frames
  // What has arrived and is not yet a whole frame.
  let buffered = Buffer.alloc(0);

  socket.on('data', (chunk) => {
    if (refused) return; // after refuse(): read and drop whatever still comes
    buffered = Buffer.concat([buffered, chunk]);
    const echoes: Buffer[] = [];
    // Take out every complete frame; what is left is the start of the next one.
    // An empty frame is complete with its header alone: `>=`, not `>`.
    while (buffered.length >= headerBytes) {
      const length = buffered.readUInt32BE(0);
      if (length > maxPayloadBytes) return refuse(echoes);
      const end = headerBytes + length;
      if (buffered.length < end) break; // the payload is still on its way
      // The echo of a frame is the same frame: header and payload as they came.
      echoes.push(buffered.subarray(0, end));
      buffered = buffered.subarray(end);
    }
    // #endregion frames

    // #region backpressure
    // A client that does not read its echoes makes write() return false: stop
    // reading its frames until they have drained, so they don't pile up here.
    if (echoes.length > 0 && !socket.write(Buffer.concat(echoes))) socket.pause();
  });
  socket.on('drain', () => socket.resume());
  // #endregion backpressure

  // #region refuse
  // Too big: we won't keep the payload, we close. end() sends the echoes
  // written before, then FIN. We go on reading and dropping what the client
  // still sends until it closes: closing a socket with unread bytes makes the
  // system reset the connection, and a reset may throw the echoes away before
  // the client has read them (as lesson 6's hangUp() explains). After 2 s we
  // stop waiting.
  let refused = false;
  function refuse(echoes: Buffer[]): void {
    refused = true;
    buffered = Buffer.alloc(0);
    socket.end(Buffer.concat(echoes));
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  }
  // #endregion refuse

  // #region vanish
  // A client that resets the connection ends its conversation, not the server.
  // (Its FIN needs no code: Node ends our side after the echoes written so
  // far, and the bytes of an unfinished frame go with the connection.)
  socket.on('error', (error) => {
    console.log(`client vanished: ${error.message}`);
  });
  // #endregion vanish
});

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// #region stop
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    for (const socket of open) socket.destroy();
    process.exit(0);
  });
}
// #endregion stop
