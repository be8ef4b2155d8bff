import type { BrokenFixture } from '../broken-program.ts';
import { framedClientFixtures, framedServerFixtures } from '../shared/framed-mistakes.ts';

/** A fixture lessons 6 and 8 share, with the clause it breaks named for lesson 13. */
function shared(fixtures: BrokenFixture[], name: string, clause: string, changes: Partial<BrokenFixture> = {}): BrokenFixture {
  const fixture = fixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`no shared fixture ${name}`);
  return { ...fixture, ...changes, mistake: `[${clause}] ${changes.mistake ?? fixture.mistake}` };
}

const fixtures: BrokenFixture[] = [
  {
    name: 'decodes-each-chunk',
    role: 'server',
    mistake: '[13.S1] decodes every chunk on its own, so a character split between chunks becomes �',
    breaks: ['server-line-echo', 'server-unix-socket'],
    edits: [['    const text = decoder.write(chunk);', "    const text = chunk.toString('utf8');"]],
  },
  {
    name: 'ignores-quit',
    role: 'server',
    mistake: '[13.S1] answers `quit` like any other line',
    breaks: ['server-quit-eof-and-limit'],
    edits: [["  if (text === 'quit') return { reply: '', thenHangUp: true };\n", '']],
  },
  {
    name: 'no-brackets',
    role: 'server',
    mistake: '[13.S2] prints IPv6 addresses without brackets, as Node gives them (`::1:9013`)',
    breaks: ['server-ipv6-loopback', 'server-dual-stack', 'server-ipv6-address-in-use'],
    edits: [['  return net.isIPv6(host) ? `[${host}]` : host;', '  return host;']],
  },
  {
    name: 'ipv6-only',
    role: 'server',
    mistake: '[13.S2] listens with ipv6Only, so IPv4 clients of `::` are refused',
    breaks: ['server-dual-stack'],
    edits: [['  server.listen(PORT, HOST, () => {', '  server.listen({ port: PORT, host: HOST, ipv6Only: true }, () => {']],
  },
  {
    name: 'stack-trace-on-eaddrinuse',
    role: 'server',
    mistake: "[13.S3] has no 'error' listener on the server, so a taken address ends in a stack trace",
    breaks: ['server-address-in-use', 'server-ipv6-address-in-use'],
    edits: [["server.on('error', (error: NodeJS.ErrnoException) => {", "server.on('no-such-event', (error: NodeJS.ErrnoException) => {"]],
  },
  {
    name: 'logs-undefined-peer',
    role: 'server',
    mistake: '[13.S4] logs a Unix socket peer as `connected from undefined:undefined`',
    breaks: ['server-unix-socket'],
    edits: [
      [
        "  const peer = socket.remoteAddress === undefined ? 'unix' : `${showHost(socket.remoteAddress)}:${socket.remotePort}`;",
        '  const peer = `${showHost(String(socket.remoteAddress))}:${socket.remotePort}`;',
      ],
    ],
  },
  {
    name: 'deletes-whatever-is-there',
    role: 'server',
    mistake: '[13.S5] deletes whatever is at SOCKET_PATH before listening: a user\'s file, a live server\'s socket',
    breaks: ['server-keeps-other-files', 'server-unix-in-use'],
    edits: [
      ["import { lstatSync, unlinkSync } from 'node:fs';", "import { lstatSync, rmSync, unlinkSync } from 'node:fs';"],
      ['async function removeLeftoverSocket(path: string): Promise<void> {\n', 'async function removeLeftoverSocket(path: string): Promise<void> {\n  return rmSync(path, { force: true });\n'],
    ],
  },
  {
    name: 'connects-to-see',
    role: 'server',
    mistake: '[13.S5] takes any path that refuses a connection for a leftover socket, without lstat: a regular file refuses too',
    breaks: ['server-keeps-other-files'],
    edits: [['  if (!kind.isSocket()) giveUp(`cannot listen on ${path}: not a socket`);\n', '']],
  },
  {
    name: 'keeps-leftover-socket',
    role: 'server',
    mistake: "[13.S5] never removes a dead server's socket file, so every restart after a crash fails",
    breaks: ['server-removes-leftover-socket'],
    edits: [['  unlinkSync(path);\n', '']],
  },
  {
    name: 'leaves-socket-file',
    role: 'server',
    mistake: '[13.S6] exits on a signal without closing the listener, so its socket file stays behind',
    breaks: ['server-removes-socket-on-exit'],
    edits: [['    server.close();\n    for (const socket of open) socket.destroy();', '    for (const socket of open) socket.destroy();']],
  },
  shared(framedServerFixtures, 'crashes-on-reset', 'G10'),
  shared(framedServerFixtures, 'dies-of-sigterm', 'G12', { breaks: ['server-stops-on-sigterm', 'server-removes-socket-on-exit'] }),
  {
    name: 'client-prints-chunks',
    role: 'client',
    mistake: "[13.C1] prints each 'data' chunk as a reply instead of reading lines",
    breaks: ['client-line-echo', 'client-unix'],
    edits: [["replies.on('line', (reply) => console.log(reply));", "socket.on('data', (chunk) => console.log(chunk.toString('utf8').replace(/\\n$/, '')));"]],
  },
  {
    name: 'client-no-brackets',
    role: 'client',
    mistake: '[13.C1] names an IPv6 server without brackets (`::1:9013`)',
    breaks: ['client-ipv6-refused'],
    edits: [['`${net.isIPv6(HOST) ? `[${HOST}]` : HOST}:${PORT}`', '`${HOST}:${PORT}`']],
  },
  {
    name: 'client-ignores-socket-path',
    role: 'client',
    mistake: '[13.C2] connects to HOST and PORT even when SOCKET_PATH is set',
    // Its message for a leftover socket comes out right by chance: port 0 refuses too.
    breaks: ['client-unix', 'client-unix-missing'],
    edits: [['const socket = SOCKET_PATH ? net.connect({ path: SOCKET_PATH }) : net.connect({ host: HOST, port: PORT });', 'const socket = net.connect({ host: HOST, port: PORT });']],
  },
  {
    name: 'client-unexplained-enoent',
    role: 'client',
    mistake: "[13.C2] passes Node's `connect ENOENT <path>` on instead of saying `no such file`",
    breaks: ['client-unix-missing'],
    edits: [["  if (code === 'ENOENT') return 'no such file';\n", '']],
  },
  {
    name: 'client-refusal-stack-trace',
    role: 'client',
    mistake: '[G9] lets a failed connect end in a stack trace',
    breaks: ['client-refused', 'client-ipv6-refused', 'client-unix-missing', 'client-unix-refused'],
    edits: [['  console.error(`cannot connect to ${address}: ${describe(error)}`);\n  process.exit(1);', '  throw error;']],
  },
  shared(framedClientFixtures, 'client-never-ends', 'G11', { breaks: ['client-exit', 'client-ends-at-eof', 'client-ipv6', 'client-unix'] }),
  shared(framedClientFixtures, 'client-ignores-server-close', '13.C1'),
];

export default fixtures;
