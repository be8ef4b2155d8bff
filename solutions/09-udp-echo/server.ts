// Lesson 9: the UDP echo server.
//
// UDP has no connections and no streams: a datagram is one message, sent on
// its own, arriving whole or not at all. There is no accept(), no FIN, no
// per-client socket: one socket receives every client's datagrams, each with
// the sender's address attached, and the server answers to that address.
// Python writes socket(AF_INET, SOCK_DGRAM) → bind() → recvfrom() → sendto();
// in Node it is dgram.createSocket() → bind() → 'message' → send().

import dgram from 'node:dgram';
import net from 'node:net';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9009);

// #region bind
// A UDP socket is for IPv4 or for IPv6; pick the family of the address.
const socket = dgram.createSocket(net.isIPv6(HOST) ? 'udp6' : 'udp4');

socket.bind(PORT, HOST, () => {
  const { address, port } = socket.address();
  console.log(`listening on ${address}:${port}`);
});
// #endregion bind

// #region echo
// One 'message' event is one datagram, however big (up to 65507 bytes over
// IPv4) and however small (zero bytes is a datagram too). Boundaries are kept
// for us: we send each one back as one datagram, at once, unchanged.
socket.on('message', (datagram, sender) => {
  console.log(`received from ${sender.address}:${sender.port}: ${datagram.toString('utf8')}`);
  socket.send(datagram, sender.port, sender.address);
});
// #endregion echo

// #region errors
// Nothing a client sends can make this socket fail, but sending can (say, to
// an address the system refuses): log it and go on serving.
socket.on('error', (error) => {
  console.log(`socket error: ${error.message}`);
});
// #endregion errors

// #region stop
// A bound socket keeps Node running for ever; a signal is the way out.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    socket.close();
    process.exit(0);
  });
}
// #endregion stop
