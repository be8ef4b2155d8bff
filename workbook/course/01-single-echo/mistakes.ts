import type { BrokenFixture } from '../broken-program.ts';
import { listensOnAnyPort, printsPortZero } from '../shared/mistakes.ts';

const fixtures: BrokenFixture[] = [
  printsPortZero([
    'server-ready',
    'server-logs-client',
    'server-echo',
    'server-closes-and-exits',
    'server-serves-one-client',
    'server-survives-reset',
    'server-stops-on-sigterm',
    'server-stops-on-sigint',
  ]),
  listensOnAnyPort(1),
  {
    name: 'no-connection-log',
    role: 'server',
    clause: 'G5',
    mistake: {
      en: 'says nothing when a client connects',
      zh: '客户端连上时什么也不打印',
    },
    // Two checks wait for the log before they go on: a reset or a second client
    // before the server took the first connection would prove nothing.
    breaks: ['server-logs-client', 'server-serves-one-client', 'server-survives-reset'],
    edits: [['  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);\n', '']],
  },
  {
    name: 'echo-as-latin1',
    role: 'server',
    clause: 'G8',
    mistake: {
      en: 'turns the bytes into a string with the wrong encoding before writing them back',
      zh: '写回之前用错误的编码把字节转成了字符串',
    },
    breaks: ['server-echo'],
    edits: [['socket.end(data);', "socket.end(data.toString('latin1'));"]],
  },
  {
    name: 'waits-for-client-to-close',
    role: 'server',
    clause: '01.S1',
    mistake: {
      en: 'reads until the client closes, as when reading a file, and only then echoes',
      zh: '像读文件一样一直读到客户端关闭，然后才回声',
    },
    breaks: ['server-echo', 'server-closes-and-exits', 'server-serves-one-client'],
    edits: [
      [
        "  socket.once('data', (data) => {\n",
        "  const received: Buffer[] = [];\n  socket.on('data', (chunk) => received.push(chunk));\n  socket.once('end', () => {\n    const data = Buffer.concat(received);\n",
      ],
    ],
  },
  {
    name: 'never-closes',
    role: 'server',
    clause: '01.S2',
    mistake: {
      en: 'writes the echo but never ends the connection',
      zh: '写回了回声，却从不结束连接',
    },
    breaks: ['server-closes-and-exits', 'server-serves-one-client'],
    edits: [
      ['socket.end(data);', 'socket.write(data);'],
      ['    setTimeout(() => socket.destroy(), 2000).unref();\n', ''],
    ],
  },
  {
    name: 'keeps-listening',
    role: 'server',
    clause: '01.S1',
    mistake: {
      en: 'closes the listener only after the echo, so a client that connects meanwhile is served too',
      zh: '回声之后才关闭监听，于是在此期间连上的客户端也得到了服务',
    },
    // After a reset it goes on listening, so it does not exit either.
    breaks: ['server-serves-one-client', 'server-survives-reset'],
    edits: [
      ['  server.close();\n  console.log(', '  console.log('],
      ['    socket.end(data);', '    server.close();\n    socket.end(data);'],
    ],
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    clause: 'G10',
    mistake: {
      en: "has no 'error' handler on the socket, so a client's reset crashes it",
      zh: "套接字上没有 'error' 处理函数，客户端一重置连接服务器就崩溃",
    },
    breaks: ['server-survives-reset'],
    edits: [["  socket.on('error', (error) => {", "  socket.on('no-such-event', (error: Error) => {"]],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    clause: 'G12',
    mistake: {
      en: 'has no signal handlers, so SIGTERM kills it',
      zh: '没有信号处理函数，于是被 SIGTERM 直接杀死',
    },
    breaks: ['server-stops-on-sigterm', 'server-stops-on-sigint'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", "for (const signal of [] as NodeJS.Signals[]) {"]],
  },
  {
    name: 'dies-of-ctrl-c',
    role: 'server',
    clause: 'G12',
    mistake: {
      en: 'handles SIGTERM but not SIGINT, so Ctrl-C kills it',
      zh: '处理了 SIGTERM 却没处理 SIGINT，于是 Ctrl-C 会直接杀死它',
    },
    breaks: ['server-stops-on-sigint'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", "for (const signal of ['SIGTERM'] as const) {"]],
  },
  {
    name: 'client-sends-newline',
    role: 'client',
    clause: '01.C1',
    mistake: {
      en: 'adds a newline after the message',
      zh: '在消息后面加了换行',
    },
    breaks: ['client-sends-argument', 'client-closes-and-exits'],
    edits: [['socket.write(message);', "socket.write(message + '\\n');"]],
  },
  {
    name: 'client-ignores-argument',
    role: 'client',
    clause: '01.C1',
    mistake: {
      en: 'always sends 你好, whatever the argument',
      zh: '不管参数是什么，总是发送“你好”',
    },
    breaks: ['client-sends-argument', 'client-closes-and-exits'],
    edits: [["const message = process.argv[2] ?? '你好';", "const message = '你好';"]],
  },
  {
    name: 'client-default-hello',
    role: 'client',
    clause: '01.C1',
    mistake: {
      en: 'sends a different default message',
      zh: '默认消息不是“你好”',
    },
    breaks: ['client-default-message'],
    edits: [["process.argv[2] ?? '你好'", "process.argv[2] ?? 'hello'"]],
  },
  {
    name: 'client-waits-for-close',
    role: 'client',
    clause: '01.C2',
    mistake: {
      en: 'reads until the server closes and only then prints, so a server that waits for it gets nothing printed',
      zh: '一直读到服务器关闭才打印，遇到等着它先挂断的服务器就什么也打印不出来',
    },
    breaks: ['client-default-message', 'client-sends-argument', 'client-closes-and-exits'],
    edits: [
      [
        "socket.once('data', (reply) => {\n  console.log(reply.toString('utf8'));",
        "const received: Buffer[] = [];\nsocket.on('data', (chunk) => received.push(chunk));\nsocket.once('end', () => {\n  console.log(Buffer.concat(received).toString('utf8'));",
      ],
    ],
  },
  {
    name: 'client-says-connected',
    role: 'client',
    clause: 'G7',
    mistake: {
      en: 'prints `connected to …` on stdout, where only the reply belongs',
      zh: '把 `connected to …` 打印到 stdout，而 stdout 上只该有回复',
    },
    breaks: ['client-default-message', 'client-sends-argument', 'client-closes-and-exits'],
    edits: [["socket.on('connect', () => {\n", "socket.on('connect', () => {\n  console.log(`connected to ${HOST}:${PORT}`);\n"]],
  },
  {
    name: 'client-never-ends',
    role: 'client',
    clause: 'G11',
    mistake: {
      en: 'prints the reply but never closes the connection',
      zh: '打印了回复，却从不关闭连接',
    },
    breaks: ['client-sends-argument', 'client-closes-and-exits'],
    edits: [
      ['  socket.end();\n', ''],
      ['  setTimeout(() => socket.destroy(), 2000).unref();\n', ''],
    ],
  },
  {
    name: 'client-waits-for-server-close',
    role: 'client',
    clause: 'G11',
    mistake: {
      en: "ends the connection but waits for the server's FIN for ever, with no 2 s limit",
      zh: '结束了连接，却无限期地等服务器的 FIN，没有 2 秒的上限',
    },
    breaks: ['client-closes-and-exits'],
    edits: [['  setTimeout(() => socket.destroy(), 2000).unref();\n', '']],
  },
  {
    name: 'client-unhandled-refusal',
    role: 'client',
    clause: 'G9',
    mistake: {
      en: "has no 'error' handler, so a refused connection ends in a stack trace",
      zh: "没有 'error' 处理函数，连接被拒绝时程序带着调用栈崩溃",
    },
    breaks: ['client-refused'],
    edits: [["socket.on('error', (error: NodeJS.ErrnoException) => {", "socket.on('no-such-event', (error: NodeJS.ErrnoException) => {"]],
  },
];

export default fixtures;
