import type { BrokenFixture } from '../broken-program.ts';
import { framedClientFixtures, framedServerFixtures } from '../shared/framed-mistakes.ts';
import { clientReadsKeyboardAsLatin1, listensOnAnyPort, logsOwnAddress, saysServerLeftOnStdout } from '../shared/mistakes.ts';

/** A fixture lessons 6 and 8 share, as lesson 13 makes the same mistake. */
function shared(fixtures: BrokenFixture[], name: string, changes: Partial<BrokenFixture> = {}): BrokenFixture {
  const fixture = fixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`no shared fixture ${name}`);
  return { ...fixture, ...changes };
}

// Lesson 6's client rules are [13.C1] here.
const lesson6Clients = framedClientFixtures({ leaving: '13.C1', serverLeft: '13.C1' });

const fixtures: BrokenFixture[] = [
  {
    name: 'prints-port-zero',
    role: 'server',
    clause: 'G4',
    mistake: {
      en: 'prints the HOST and PORT it was given (port 0) instead of the address it got',
      zh: '打印给定的 HOST 和 PORT（端口 0），而不是实际得到的地址',
    },
    breaks: ['server-line-echo', 'server-quit-eof-and-limit', 'server-ipv6-loopback', 'server-dual-stack', 'server-survives-reset', 'server-stops-on-sigterm'],
    edits: [['console.log(`listening on ${showHost(address)}:${port}`);', 'console.log(`listening on ${showHost(HOST)}:${PORT}`);']],
  },
  listensOnAnyPort(13, ['server-address-in-use', 'server-ipv6-address-in-use']),
  logsOwnAddress(
    ['server-line-echo', 'server-ipv6-loopback', 'server-dual-stack'],
    ['`${showHost(socket.remoteAddress)}:${socket.remotePort}`', '`${showHost(socket.localAddress!)}:${socket.localPort}`'],
  ),
  {
    name: 'decodes-each-chunk',
    role: 'server',
    clause: '13.S1',
    mistake: {
      en: 'decodes every chunk on its own, so a character split between chunks becomes �',
      zh: '把每个数据块单独解码，于是跨块的字符变成了 �',
    },
    breaks: ['server-line-echo', 'server-unix-socket'],
    edits: [['    const text = decoder.write(chunk);', "    const text = chunk.toString('utf8');"]],
  },
  {
    name: 'ignores-quit',
    role: 'server',
    clause: '13.S1',
    mistake: {
      en: 'answers `quit` like any other line',
      zh: '把 `quit` 当作普通的一行来回答',
    },
    breaks: ['server-quit-eof-and-limit'],
    edits: [["  if (text === 'quit') return { reply: '', thenHangUp: true };\n", '']],
  },
  {
    name: 'no-brackets',
    role: 'server',
    clause: '13.S2',
    mistake: {
      en: 'prints IPv6 addresses without brackets, as Node gives them (`::1:9013`)',
      zh: '像 Node 给出的那样不加方括号打印 IPv6 地址（`::1:9013`）',
    },
    breaks: ['server-ipv6-loopback', 'server-dual-stack', 'server-ipv6-address-in-use'],
    edits: [['  return net.isIPv6(host) ? `[${host}]` : host;', '  return host;']],
  },
  {
    name: 'ipv6-only',
    role: 'server',
    clause: '13.S2',
    mistake: {
      en: 'listens with ipv6Only, so IPv4 clients of `::` are refused',
      zh: '用 ipv6Only 监听，于是 `::` 上的 IPv4 客户端被拒绝',
    },
    breaks: ['server-dual-stack'],
    edits: [['  server.listen(PORT, HOST, () => {', '  server.listen({ port: PORT, host: HOST, ipv6Only: true }, () => {']],
  },
  {
    name: 'stack-trace-on-eaddrinuse',
    role: 'server',
    clause: '13.S3',
    mistake: {
      en: "has no 'error' listener on the server, so a taken address ends in a stack trace",
      zh: "server 上没有 'error' 监听函数，于是地址被占用时以调用栈结束",
    },
    breaks: ['server-address-in-use', 'server-ipv6-address-in-use'],
    edits: [["server.on('error', (error: NodeJS.ErrnoException) => {", "server.on('no-such-event', (error: NodeJS.ErrnoException) => {"]],
  },
  {
    name: 'logs-undefined-peer',
    role: 'server',
    clause: '13.S4',
    mistake: {
      en: 'logs a Unix socket peer as `connected from undefined:undefined`',
      zh: '把 Unix 套接字的对端记成 `connected from undefined:undefined`',
    },
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
    clause: '13.S5',
    mistake: {
      en: 'deletes whatever is at SOCKET_PATH before listening: a user\'s file, a live server\'s socket',
      zh: '监听之前把 SOCKET_PATH 上的东西统统删掉：用户的文件、正在运行的服务器的套接字',
    },
    breaks: ['server-keeps-other-files', 'server-unix-in-use'],
    edits: [
      ["import { lstatSync, unlinkSync } from 'node:fs';", "import { lstatSync, rmSync, unlinkSync } from 'node:fs';"],
      ['async function removeLeftoverSocket(path: string): Promise<void> {\n', 'async function removeLeftoverSocket(path: string): Promise<void> {\n  return rmSync(path, { force: true });\n'],
    ],
  },
  {
    name: 'connects-to-see',
    role: 'server',
    clause: '13.S5',
    mistake: {
      en: 'takes any path that refuses a connection for a leftover socket, without lstat: a regular file refuses too',
      zh: '不用 lstat，只要连接被拒绝就当作遗留的套接字：可普通文件也会拒绝连接',
    },
    breaks: ['server-keeps-other-files'],
    edits: [['  if (!kind.isSocket()) giveUp(`cannot listen on ${path}: not a socket`);\n', '']],
  },
  {
    name: 'keeps-leftover-socket',
    role: 'server',
    clause: '13.S5',
    mistake: {
      en: "never removes a dead server's socket file, so every restart after a crash fails",
      zh: '从不删除已死服务器的套接字文件，于是崩溃之后每次重启都失败',
    },
    breaks: ['server-removes-leftover-socket'],
    edits: [['  unlinkSync(path);\n', '']],
  },
  {
    name: 'leaves-socket-file',
    role: 'server',
    clause: '13.S6',
    mistake: {
      en: 'exits on a signal without closing the listener, so its socket file stays behind',
      zh: '收到信号时不关闭监听就退出，于是套接字文件留了下来',
    },
    breaks: ['server-removes-socket-on-exit'],
    edits: [['    server.close();\n    for (const socket of open) socket.destroy();', '    for (const socket of open) socket.destroy();']],
  },
  shared(framedServerFixtures, 'crashes-on-reset'),
  shared(framedServerFixtures, 'dies-of-sigterm', { breaks: ['server-stops-on-sigterm', 'server-removes-socket-on-exit'] }),
  {
    name: 'client-prints-chunks',
    role: 'client',
    clause: '13.C1',
    mistake: {
      en: "prints each 'data' chunk as a reply instead of reading lines",
      zh: "把每个 'data' 数据块当作一条回复打印，而不是按行读",
    },
    breaks: ['client-line-echo', 'client-unix'],
    edits: [["replies.on('line', (reply) => console.log(reply));", "socket.on('data', (chunk) => console.log(chunk.toString('utf8').replace(/\\n$/, '')));"]],
  },
  {
    name: 'client-no-brackets',
    role: 'client',
    clause: '13.C1',
    mistake: {
      en: 'names an IPv6 server without brackets (`::1:9013`)',
      zh: '说出 IPv6 服务器的地址时不加方括号（`::1:9013`）',
    },
    breaks: ['client-ipv6-refused'],
    edits: [['`${net.isIPv6(HOST) ? `[${HOST}]` : HOST}:${PORT}`', '`${HOST}:${PORT}`']],
  },
  {
    name: 'client-ignores-socket-path',
    role: 'client',
    clause: '13.C2',
    mistake: {
      en: 'connects to HOST and PORT even when SOCKET_PATH is set',
      zh: '即使设置了 SOCKET_PATH，仍然连接 HOST 和 PORT',
    },
    breaks: ['client-unix', 'client-unix-missing', 'client-unix-refused'],
    edits: [['const socket = SOCKET_PATH ? net.connect({ path: SOCKET_PATH }) : net.connect({ host: HOST, port: PORT });', 'const socket = net.connect({ host: HOST, port: PORT });']],
  },
  {
    name: 'client-unexplained-enoent',
    role: 'client',
    clause: '13.C2',
    mistake: {
      en: "passes Node's `connect ENOENT <path>` on instead of saying `no such file`",
      zh: '把 Node 的 `connect ENOENT <path>` 原样传出，而不是说 `no such file`',
    },
    breaks: ['client-unix-missing'],
    edits: [["  if (code === 'ENOENT') return 'no such file';\n", '']],
  },
  {
    name: 'client-refusal-stack-trace',
    role: 'client',
    clause: 'G9',
    mistake: {
      en: 'lets a failed connect end in a stack trace',
      zh: '连接失败时任由程序带着调用栈崩溃',
    },
    breaks: ['client-refused', 'client-ipv6-refused', 'client-unix-missing', 'client-unix-refused'],
    edits: [['  console.error(`cannot connect to ${address}: ${describe(error)}`);\n  process.exit(1);', '  throw error;']],
  },
  clientReadsKeyboardAsLatin1(['client-line-echo', 'client-unix']),
  saysServerLeftOnStdout('  console.error(`${address}: ${failure'),
  shared(lesson6Clients, 'client-never-ends', { breaks: ['client-exit', 'client-ends-at-eof', 'client-ipv6', 'client-unix'] }),
  shared(lesson6Clients, 'client-ignores-server-close'),
];

export default fixtures;
