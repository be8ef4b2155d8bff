import type { BrokenFixture } from '../broken-program.ts';
import { clientRefusalStackTrace, listensOnAnyPort, logsOwnAddress, printsPortZero, saysServerLeftOnStdout } from '../shared/mistakes.ts';

/** How the client says goodbye, after its loop: FIN, and a limit on waiting for the server's. */
const goodbye = '  input.close();\n  socket.end();\n  setTimeout(() => socket.destroy(), 2000).unref();\n';

const fixtures: BrokenFixture[] = [
  printsPortZero(['server-logs-client', 'server-echoes-every-message', 'server-exits-when-client-ends', 'server-survives-reset', 'server-stops-on-sigterm']),
  listensOnAnyPort(2),
  logsOwnAddress(),
  {
    name: 'closes-after-first-message',
    role: 'server',
    clause: '02.S1',
    mistake: {
      en: 'ends the connection after the first echo, as in lesson 1',
      zh: '像第 1 课那样，回显第一条消息后就结束连接',
    },
    breaks: ['server-echoes-every-message'],
    edits: [['    socket.write(chunk);', '    socket.end(chunk);']],
  },
  {
    name: 'echo-as-latin1',
    role: 'server',
    clause: 'G8',
    mistake: {
      en: 'turns each chunk into a string with the wrong encoding before writing it back',
      zh: '写回之前用错误的编码把每个数据块转成了字符串',
    },
    breaks: ['server-echoes-every-message'],
    edits: [['    socket.write(chunk);', "    socket.write(chunk.toString('latin1'));"]],
  },
  {
    name: 'keeps-listening',
    role: 'server',
    clause: '02.S2',
    mistake: {
      en: 'never closes the listener, so it waits for another client after the first leaves',
      zh: '从不关闭监听，第一个客户端离开后还在等下一个',
    },
    breaks: ['server-exits-when-client-ends', 'server-survives-reset'],
    edits: [['  server.close(); // one client, as in the Python original\n', '']],
  },
  {
    name: 'fails-on-reset',
    role: 'server',
    clause: '02.S3',
    mistake: {
      en: "takes a client's reset for its own failure and exits 1",
      zh: '把客户端的重置当成自己的失败，以 1 退出',
    },
    breaks: ['server-survives-reset'],
    edits: [['    console.log(`client vanished: ${error.message}`);', '    console.log(`client vanished: ${error.message}`);\n    process.exitCode = 1;']],
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    clause: 'G10',
    mistake: {
      en: "has no 'error' handler on the socket, so a reset crashes it",
      zh: "套接字上没有 'error' 处理函数，客户端一重置连接服务器就崩溃",
    },
    breaks: ['server-survives-reset'],
    edits: [["  socket.on('error', (error) => {", "  socket.on('no-such-event', (error: Error) => {"]],
  },
  {
    name: 'sigterm-waits-for-client',
    role: 'server',
    clause: 'G12',
    mistake: {
      en: 'closes only the listener on SIGTERM, so the open connection keeps it alive',
      zh: '收到 SIGTERM 时只关闭监听，打开的连接让它一直活着',
    },
    breaks: ['server-stops-on-sigterm'],
    edits: [['    client?.destroy();\n    process.exit(0);\n', '']],
  },
  {
    name: 'client-sends-newline',
    role: 'client',
    clause: '02.C3',
    mistake: {
      en: 'sends each message with a newline after it',
      zh: '每条消息后面都加了换行再发送',
    },
    breaks: ['client-sends-each-line', 'client-quits-on-command', 'client-ends-at-eof'],
    edits: [['    socket.write(message);', "    socket.write(message + '\\n');"]],
  },
  {
    name: 'client-sends-empty-lines',
    role: 'client',
    clause: '02.C1',
    mistake: {
      en: 'sends an empty line as zero bytes and waits for a reply that never comes',
      zh: '把空行当作零字节发送，然后等一个永远不会来的回复',
    },
    breaks: ['client-skips-empty-lines'],
    edits: [["    if (message === '') continue;\n", '']],
  },
  {
    name: 'client-no-trim',
    role: 'client',
    clause: '02.C1',
    mistake: {
      en: 'sends lines untrimmed, so blank lines and spaces go on the wire and `  exit ` is not recognised',
      zh: '发送前不去掉首尾空白，于是空白行和空格被发了出去，`  exit ` 也认不出来',
    },
    breaks: ['client-sends-each-line', 'client-skips-empty-lines', 'client-quits-on-command'],
    edits: [['    const message = line.trim(); // drops a CRLF\'s \\r too', '    const message = line;']],
  },
  {
    name: 'client-reads-chunks',
    role: 'client',
    clause: 'G6',
    mistake: {
      en: 'reads stdin in chunks instead of lines, so two lines typed at once go out as one message',
      zh: '按数据块而不是按行读 stdin，于是一次输入的两行被当作一条消息发出',
    },
    breaks: ['client-sends-each-line'],
    edits: [
      [
        'const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });',
        "const input = Object.assign(process.stdin.setEncoding('utf8'), { close: () => process.stdin.destroy() });",
      ],
    ],
  },
  {
    name: 'client-ignores-quit',
    role: 'client',
    clause: '02.C2',
    mistake: {
      en: 'sends `quit` and `exit` to the server instead of leaving',
      zh: '把 `quit` 和 `exit` 发给服务器，而不是离开',
    },
    breaks: ['client-quits-on-command'],
    edits: [["    if (message === 'exit' || message === 'quit') break;\n", '']],
  },
  {
    name: 'client-leaves-only-on-command',
    role: 'client',
    clause: '02.C4',
    mistake: {
      en: 'says goodbye only on `exit` and `quit`, so at the end of input it keeps the connection open',
      zh: '只在 `exit` 和 `quit` 时道别，输入结束时连接仍然开着',
    },
    breaks: ['client-ends-at-eof'],
    edits: [
      [
        "    if (message === 'exit' || message === 'quit') break;\n",
        "    if (message === 'exit' || message === 'quit') {\n      input.close();\n      socket.end();\n      setTimeout(() => socket.destroy(), 2000).unref();\n      break;\n    }\n",
      ],
      [goodbye, ''],
    ],
  },
  {
    name: 'client-never-ends',
    role: 'client',
    clause: 'G11',
    mistake: {
      en: 'stops reading input but never closes the connection',
      zh: '不再读输入，却从不关闭连接',
    },
    breaks: ['client-quits-on-command', 'client-ends-at-eof'],
    edits: [['  socket.end();\n  setTimeout(() => socket.destroy(), 2000).unref();\n', '']],
  },
  {
    name: 'client-ignores-server-close',
    role: 'client',
    clause: '02.C5',
    mistake: {
      en: 'does not notice that the server closed and keeps waiting for input',
      zh: '没注意到服务器已经关闭，还在等输入',
    },
    breaks: ['client-server-closed-first'],
    edits: [["    if (reply.done) throw new Error('the server closed the connection');", '    if (reply.done) continue;']],
  },
  saysServerLeftOnStdout('  console.error(`${HOST}:${PORT}: ${describe(error)}`);'),
  clientRefusalStackTrace,
];

export default fixtures;
