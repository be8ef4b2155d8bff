import type { BrokenFixture } from '../broken-program.ts';

// Mistakes lessons 6 and 8 share, made in the code their solutions have in
// common: how the servers survive and stop, how the clients leave and notice
// that the server left.
export const framedServerFixtures: BrokenFixture[] = [
  {
    name: 'crashes-on-reset',
    role: 'server',
    mistake: "has no 'error' handler on the socket, so one client's reset takes the server down",
    breaks: ['server-survives-reset'],
    edits: [["  socket.on('error', (error) => {", "  socket.on('no-such-event', (error: Error) => {"]],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    mistake: 'has no signal handlers, so SIGTERM kills it',
    breaks: ['server-stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },
];

export const framedClientFixtures: BrokenFixture[] = [
  {
    name: 'client-never-ends',
    role: 'client',
    mistake: 'stops reading input but never closes the connection',
    breaks: ['client-exit', 'client-ends-at-eof'],
    edits: [['  socket.end();\n  setTimeout(() => socket.destroy(), 2000).unref();\n', '']],
  },
  {
    name: 'client-ignores-server-close',
    role: 'client',
    mistake: 'does not watch the connection, so it keeps waiting for input after the server left',
    breaks: ['client-server-closed-first'],
    edits: [["socket.on('close', () => {", "socket.on('no-such-event', () => {"]],
  },
  {
    name: 'client-refusal-stack-trace',
    role: 'client',
    mistake: 'lets a refused connection end in a stack trace',
    breaks: ['client-refused'],
    edits: [['  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);\n  process.exit(1);', '  throw error;']],
  },
];
