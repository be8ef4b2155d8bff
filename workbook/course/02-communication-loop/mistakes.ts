import type { BrokenFixture } from '../broken-program.ts';

const fixtures: BrokenFixture[] = [
  {
    name: 'closes-after-first-message',
    role: 'server',
    mistake: 'ends the connection after the first echo, as in lesson 1',
    breaks: ['server-echoes-every-message'],
    edits: [['    socket.write(chunk);', '    socket.end(chunk);']],
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    mistake: "has no 'error' handler on the socket, so a reset crashes it",
    breaks: ['server-survives-reset'],
    edits: [["  socket.on('error', (error) => {", "  socket.on('no-such-event', (error: Error) => {"]],
  },
  {
    name: 'keeps-listening',
    role: 'server',
    mistake: 'never closes the listener, so it waits for another client after the first leaves',
    breaks: ['server-exits-when-client-ends', 'server-survives-reset'],
    edits: [['  server.close(); // one client, as in the Python original\n', '']],
  },
  {
    name: 'sigterm-waits-for-client',
    role: 'server',
    mistake: 'closes only the listener on SIGTERM, so the open connection keeps it alive',
    breaks: ['server-stops-on-sigterm'],
    edits: [['    client?.destroy();\n    process.exit(0);\n', '']],
  },
  {
    name: 'client-sends-newline',
    role: 'client',
    mistake: 'sends each message with a newline after it',
    breaks: ['client-sends-each-line', 'client-quits-on-command', 'client-ends-at-eof'],
    edits: [['    socket.write(message);', "    socket.write(message + '\\n');"]],
  },
  {
    name: 'client-sends-empty-lines',
    role: 'client',
    mistake: 'sends an empty line as zero bytes and waits for a reply that never comes',
    breaks: ['client-skips-empty-lines'],
    edits: [["    if (message === '') continue;\n", '']],
  },
  {
    name: 'client-no-trim',
    role: 'client',
    mistake: 'sends lines untrimmed, so blank lines and spaces go on the wire and `  exit ` is not recognised',
    breaks: ['client-sends-each-line', 'client-skips-empty-lines', 'client-quits-on-command'],
    edits: [['    const message = line.trim(); // drops a CRLF\'s \\r too', '    const message = line;']],
  },
  {
    name: 'client-ignores-quit',
    role: 'client',
    mistake: 'sends `quit` and `exit` to the server instead of leaving',
    breaks: ['client-quits-on-command'],
    edits: [["    if (message === 'exit' || message === 'quit') break;\n", '']],
  },
  {
    name: 'client-never-ends',
    role: 'client',
    mistake: 'stops reading input but never closes the connection',
    breaks: ['client-quits-on-command', 'client-ends-at-eof'],
    edits: [
      ['  socket.end();\n  setTimeout(() => socket.destroy(), 2000).unref();\n', ''],
    ],
  },
  {
    name: 'client-ignores-server-close',
    role: 'client',
    mistake: 'does not notice that the server closed and keeps waiting for input',
    breaks: ['client-server-closed-first'],
    edits: [["    if (reply.done) throw new Error('the server closed the connection');", '    if (reply.done) continue;']],
  },
  {
    name: 'client-refusal-stack-trace',
    role: 'client',
    mistake: 'lets a refused connection end in a stack trace',
    breaks: ['client-refused'],
    edits: [['  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);\n  process.exit(1);', '  throw error;']],
  },
];

export default fixtures;
