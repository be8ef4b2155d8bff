import type { BrokenFixture } from '../broken-program.ts';

const fixtures: BrokenFixture[] = [
  {
    name: 'one-echo-per-client',
    role: 'server',
    mistake: 'answers only the first message of each client',
    breaks: ['echoes-like-lesson-2', 'waiting-client-not-answered', 'waiting-client-answered-later', 'survives-reset', 'stops-on-sigterm'],
    edits: [["  socket.on('data', (chunk) => socket.write(chunk));", "  socket.once('data', (chunk) => socket.write(chunk));"]],
  },
  {
    name: 'stops-after-first-client',
    role: 'server',
    mistake: 'closes the listener when the first client leaves, like the lesson 2 server',
    breaks: ['serves-next-client', 'waiting-client-answered-later', 'serves-five-waiting-clients', 'survives-reset'],
    edits: [['    current = undefined;\n    serveNext();', '    current = undefined;\n    server.close();']],
  },
  {
    name: 'serves-everyone-at-once',
    role: 'server',
    mistake: 'serves every client as soon as it connects instead of one at a time',
    breaks: ['waiting-client-not-answered'],
    edits: [['  if (current) return;\n', '']],
  },
  {
    name: 'drops-early-bytes',
    role: 'server',
    mistake: 'reads waiting clients at once and throws away what they say before their turn',
    breaks: ['waiting-client-answered-later', 'serves-five-waiting-clients', 'survives-reset'],
    edits: [
      ['net.createServer({ pauseOnConnect: true }, (socket) => {', 'net.createServer((socket) => {\n  socket.on(\'data\', (chunk) => {\n    if (socket === current) socket.write(chunk);\n  });'],
      ["  socket.on('data', (chunk) => socket.write(chunk));\n", ''],
    ],
  },
  {
    name: 'serves-last-comer-first',
    role: 'server',
    mistake: 'takes the newest waiting client instead of the oldest',
    breaks: ['serves-five-waiting-clients'],
    edits: [['const socket = waiting.shift();', 'const socket = waiting.pop();']],
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    mistake: "has no 'error' handlers, so one client's reset takes the server down",
    breaks: ['survives-reset'],
    edits: [
      ["  socket.on('error', () => {});\n", ''],
      ["  socket.on('error', (error) => console.log(`client vanished: ${error.message}`));\n", ''],
    ],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    mistake: 'has no signal handlers, so SIGTERM kills it',
    breaks: ['stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },
];

export default fixtures;
