import type { BrokenFixture } from '../broken-program.ts';

const fixtures: BrokenFixture[] = [
  {
    name: 'prints-port-zero',
    role: 'server',
    mistake: 'prints the PORT it was given (0) instead of the port it got',
    breaks: ['server-ready', 'server-logs-client', 'server-echo', 'server-closes-and-exits', 'server-stops-on-sigterm'],
    edits: [['console.log(`listening on ${address}:${port}`);', 'console.log(`listening on ${HOST}:${PORT}`);']],
  },
  {
    name: 'no-connection-log',
    role: 'server',
    mistake: 'says nothing when a client connects',
    breaks: ['server-logs-client'],
    edits: [['  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);\n', '']],
  },
  {
    name: 'echo-as-latin1',
    role: 'server',
    mistake: 'turns the bytes into a string with the wrong encoding before writing them back',
    breaks: ['server-echo'],
    edits: [['socket.end(data);', "socket.end(data.toString('latin1'));"]],
  },
  {
    name: 'never-closes',
    role: 'server',
    mistake: 'writes the echo but never ends the connection',
    breaks: ['server-closes-and-exits'],
    edits: [
      ['socket.end(data);', 'socket.write(data);'],
      ['    setTimeout(() => socket.destroy(), 2000).unref();\n', ''],
    ],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    mistake: 'has no signal handlers, so SIGTERM kills it',
    breaks: ['server-stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", "for (const signal of [] as NodeJS.Signals[]) {"]],
  },
  {
    name: 'client-sends-newline',
    role: 'client',
    mistake: 'adds a newline after the message',
    breaks: ['client-sends-argument', 'client-closes-and-exits'],
    edits: [['socket.write(message);', "socket.write(message + '\\n');"]],
  },
  {
    name: 'client-ignores-argument',
    role: 'client',
    mistake: 'always sends 你好, whatever the argument',
    breaks: ['client-sends-argument', 'client-closes-and-exits'],
    edits: [["const message = process.argv[2] ?? '你好';", "const message = '你好';"]],
  },
  {
    name: 'client-default-hello',
    role: 'client',
    mistake: 'sends a different default message',
    breaks: ['client-default-message'],
    edits: [["process.argv[2] ?? '你好'", "process.argv[2] ?? 'hello'"]],
  },
  {
    name: 'client-never-ends',
    role: 'client',
    mistake: 'prints the reply but never closes the connection',
    breaks: ['client-sends-argument', 'client-closes-and-exits'],
    edits: [
      ['  socket.end();\n', ''],
      ['  setTimeout(() => socket.destroy(), 2000).unref();\n', ''],
    ],
  },
  {
    name: 'client-unhandled-refusal',
    role: 'client',
    mistake: "has no 'error' handler, so a refused connection ends in a stack trace",
    breaks: ['client-refused'],
    edits: [["socket.on('error', (error: NodeJS.ErrnoException) => {", "socket.on('no-such-event', (error: NodeJS.ErrnoException) => {"]],
  },
];

export default fixtures;
