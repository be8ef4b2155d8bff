// Lesson 4: the duplex chat server.
//
// Two people chat over one TCP connection. Whatever either of them types goes
// to the other at once, and either may type as many lines in a row as they
// like: nobody waits for their turn. The Python original needs two threads
// for that, one blocked in input() and one blocked in recv(). Node blocks on
// neither: the keyboard and the socket are two sources of events, and the
// event loop runs whichever handler has something to do. Two handlers, no
// threads.

import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9004);

let peer: net.Socket | undefined;

// #region accept
const server = net.createServer((socket) => {
  server.close(); // a chat for two: nobody else gets in
  peer = socket;
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);
  chat(socket);
});
// #endregion accept

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// #region chat
function chat(socket: net.Socket): void {
  // #region receive
  // What the peer says, printed the moment it arrives, whatever the user is
  // doing: this handler is the receiving thread of the Python original.
  socket.on('data', (chunk) => process.stdout.write(chunk));
  // #endregion receive

  // #region send
  // What the user types, sent line by line as soon as Enter is pressed: this
  // handler is the sending thread. Neither handler waits for the other.
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
  // We leave: stop reading the keyboard (an open stdin keeps Node running),
  // send FIN, and let the socket close once the peer has closed too, or after
  // at most 2 s.
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
  // The peer leaves: 'close' comes after its FIN and after a reset alike. A
  // reset first arrives as an 'error' event, which must be handled or it
  // would crash the program; 'close' then says the rest, once.
  socket.on('error', () => {});
  socket.on('close', () => {
    if (!leaving) console.error('peer left');
    leaving = true;
    stopKeyboard();
  });
  // #endregion peer-left
}
// #endregion chat

// #region stop
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    peer?.destroy();
    process.exit(0);
  });
}
// #endregion stop
