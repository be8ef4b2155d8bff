// Lesson 1: the single echo client.
//
// Connect, send one message, print the one reply, hang up. Python writes
// socket() → connect() → send() → recv() → close(); in Node, net.connect()
// starts connecting at once and tells us with events how it went.
//
// Check your work: npm run lesson 1        Try it by hand: npm run lesson 1 -- --play client

import net from 'node:net';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9001);

const message = process.argv[2] ?? '你好';
const socket = net.connect({ host: HOST, port: PORT });

socket.on('connect', () => {
  // TODO: send the message (a string is sent as its UTF-8 bytes; add nothing after it).
  // Docs: lesson 1, "The client" (lessons/01-single-echo#the-client)
});

socket.once('data', (reply) => {
  // TODO: print the reply as text on one line, then end the connection. Should the
  // server not close its side, don't wait for it for more than 2 s.
  // Docs: lesson 1, "Close" (lessons/01-single-echo#close)
});

// TODO: handle the socket's 'error' event: print one line such as
// `cannot connect to 127.0.0.1:9001: connection refused` to stderr and set
// process.exitCode = 1. Without a handler a refused connection prints a stack trace.
// Docs: lesson 1, "When nobody answers" (lessons/01-single-echo#when-nobody-answers)
