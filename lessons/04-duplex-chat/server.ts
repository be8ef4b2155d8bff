// Lesson 4: the duplex chat server.
//
// Two people chat over one TCP connection. Whatever either of them types goes
// to the other at once, and either may type as many lines in a row as they
// like: nobody waits for their turn. The Python original needs two threads
// for that, one blocked in input() and one blocked in recv(). Node blocks on
// neither: the keyboard and the socket are two sources of events, and the
// event loop runs whichever handler has something to do. Two handlers, no
// threads.
//
// Check your work: npm run lesson 4        Try it by hand: npm run lesson 4 -- --play

import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9004);

let peer: net.Socket | undefined;

const server = net.createServer((socket) => {
  server.close(); // a chat for two: nobody else gets in
  peer = socket;
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);
  chat(socket);
});

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

function chat(socket: net.Socket): void {
  // TODO: print what the peer says the moment it arrives: write every 'data'
  // chunk to stdout as it is (process.stdout.write), whatever the user is doing.
  // Docs: lesson 4, "Two event sources, no threads" (lessons/04-duplex-chat#two-event-sources-no-threads)

  const keyboard = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  keyboard.on('line', (line) => {
    // TODO: send the line to the peer as `<line>\n`, at once and every time: never
    // wait for an answer first. A line that is `quit` (trimmed) calls leave() instead.
    // Docs: lesson 4, "Why turn-by-turn chat stalls" (lessons/04-duplex-chat#why-turn-by-turn-chat-stalls)
  });
  // TODO: at the end of input (Ctrl-D; readline emits 'close'), leave too.
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
    // TODO: stop reading the keyboard (stopKeyboard()), end the socket (FIN), and
    // destroy it should the peer not close its side within 2 s.
    // Docs: lesson 4, "Saying goodbye" (lessons/04-duplex-chat#saying-goodbye)
  }

  // TODO: the peer leaves by closing or by resetting the connection. Listen for
  // 'error' (a reset; without a listener it crashes the program), and on 'close',
  // unless we are the ones leaving, print `peer left` to stderr, once. Either way
  // stop reading the keyboard then, so that the process can exit.
  // Docs: lesson 4, "When the peer leaves" (lessons/04-duplex-chat#when-the-peer-leaves)
}

// TODO: on SIGINT and SIGTERM close the listener, destroy the connection and exit 0.
// Docs: lesson 2, "Stopping a server" (lessons/02-communication-loop#stopping-a-server)
