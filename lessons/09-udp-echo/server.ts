// Lesson 9: the UDP echo server.
//
// UDP has no connections and no streams: a datagram is one message, sent on
// its own, arriving whole or not at all. There is no accept(), no FIN, no
// per-client socket: one socket receives every client's datagrams, each with
// the sender's address attached, and the server answers to that address.
// Python writes socket(AF_INET, SOCK_DGRAM) → bind() → recvfrom() → sendto();
// in Node it is dgram.createSocket() → bind() → 'message' → send().
//
// Check your work: npm run lesson 9        Try it by hand: npm run lesson 9 -- --play

import dgram from 'node:dgram';
import net from 'node:net';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9009);

// A UDP socket is for IPv4 or for IPv6; pick the family of the address.
const socket = dgram.createSocket(net.isIPv6(HOST) ? 'udp6' : 'udp4');

socket.bind(PORT, HOST, () => {
  const { address, port } = socket.address();
  console.log(`listening on ${address}:${port}`);
});

socket.on('message', (datagram, sender) => {
  // TODO: log `received from <ip>:<port>: <text>` (sender.address, sender.port,
  // the bytes as UTF-8), then send the same bytes back to the sender as one
  // datagram: no decoding, no newline, no buffering, empty datagrams too.
  // Docs: lesson 9, "Echo to the sender" (lessons/09-udp-echo#echo-to-the-sender)
});

// Nothing a client sends can make this socket fail, but sending can (say, to
// an address the system refuses): log it and go on serving.
socket.on('error', (error) => {
  console.log(`socket error: ${error.message}`);
});

// TODO: a bound socket keeps Node running for ever: on SIGINT and SIGTERM close
// it and exit 0.
// Docs: lesson 9, "Stopping the server" (lessons/09-udp-echo#stopping-the-server)
