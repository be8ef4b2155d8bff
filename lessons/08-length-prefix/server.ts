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
//
// Check your work: npm run lesson 8        Try it by hand: npm run lesson 8 -- --play

import net from 'node:net';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9008);

// The header could announce up to 4 GiB. We only accept what we are willing to
// hold in memory for one client: 1 MiB.
const headerBytes = 4;
const maxPayloadBytes = 1024 * 1024;

const open = new Set<net.Socket>();

const server = net.createServer((socket) => {
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);
  open.add(socket);
  socket.on('close', () => open.delete(socket));

  // What has arrived and is not yet a whole frame.
  let buffered = Buffer.alloc(0);

  socket.on('data', (chunk) => {
    if (refused) return; // after refuse(): read and drop whatever still comes
    buffered = Buffer.concat([buffered, chunk]);
    const echoes: Buffer[] = [];
    // TODO: take every complete frame out of `buffered`: read the length with
    // buffered.readUInt32BE(0) once headerBytes bytes are there, wait until the
    // whole payload has arrived, push header and payload to `echoes`, and loop
    // for the next frame. An empty frame is complete with its header alone.
    // Docs: lesson 8, "Reading exactly N bytes" (lessons/08-length-prefix#reading-exactly-n-bytes)

    // TODO: a length above maxPayloadBytes: call refuse(echoes) and stop, without
    // waiting for a payload that may be gigabytes long.
    // Docs: lesson 8, "A limit on frame size" (lessons/08-length-prefix#a-limit-on-frame-size)

    // A client that does not read its echoes makes write() return false: stop
    // reading its frames until they have drained, so they don't pile up here.
    if (echoes.length > 0 && !socket.write(Buffer.concat(echoes))) socket.pause();
  });
  socket.on('drain', () => socket.resume());

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

  // TODO: a client that resets the connection must end its conversation, not
  // the server: handle 'error' on the socket.
  // Docs: lesson 8, "When a client vanishes" (lessons/08-length-prefix#when-a-client-vanishes)
});

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// TODO: on SIGINT and SIGTERM close the listener, destroy every open socket and exit 0.
// Docs: lesson 8, "Stopping the server" (lessons/08-length-prefix#stopping-the-server)
