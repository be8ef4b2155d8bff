import { findLesson } from '../../catalogue.ts';
import type { BrokenFixture } from '../broken-program.ts';
import { listensOnAnyPort } from '../shared/mistakes.ts';

// Lesson 10's mistakes live in two files: the framework (`file: 'framework.ts'`)
// and the line server built on it (the default, `server.ts`).

/** Every server check but the ones named: for a mistake no conversation gets past. */
function everyCheckBut(...kept: string[]): string[] {
  return findLesson('socketserver')!.checks.map((check) => check.slug).filter((slug) => !kept.includes(slug));
}

const fixtures: BrokenFixture[] = [
  // [10.S1] MODE
  {
    name: 'unknown-mode-runs-threading',
    role: 'server',
    clause: '10.S1',
    mistake: {
      en: 'runs the threading server for a MODE it does not know',
      zh: '遇到不认识的 MODE 也照样运行 threading 服务器',
    },
    breaks: ['unknown-mode'],
    edits: [['const ServerClass = serverClasses[MODE];', 'const ServerClass = serverClasses[MODE] ?? ThreadingTCPServer;']],
  },
  {
    name: 'empty-mode-unknown',
    role: 'server',
    clause: '10.S1',
    mistake: {
      en: "reads MODE with `??`, so an empty MODE is refused as unknown",
      zh: '用 `??` 读 MODE，于是空的 MODE 被当成未知值拒绝',
    },
    breaks: ['threading-by-default'],
    edits: [["const MODE = process.env.MODE || 'threading';", "const MODE = process.env.MODE ?? 'threading';"]],
  },

  // [10.S2] the lines and the sleep command
  {
    name: 'sleep-takes-any-word',
    role: 'server',
    clause: '10.S2',
    mistake: {
      en: 'takes `sleep x` for a sleep command and answers `slept x`',
      zh: '把 `sleep x` 当成 sleep 命令，回答 `slept x`',
    },
    breaks: ['replies-to-lines'],
    edits: [['/^sleep ([0-9]+)$/', '/^sleep (\\S+)$/']],
  },
  {
    name: 'slept-normalised',
    role: 'server',
    clause: '10.S2',
    mistake: {
      en: 'answers `sleep 007` with `slept 7`: the number, not the digits received',
      zh: '对 `sleep 007` 回答 `slept 7`：回的是数值，而不是收到的数字串',
    },
    breaks: ['replies-to-lines'],
    edits: [['return `slept ${digits}\\n`;', 'return `slept ${ms}\\n`;']],
  },
  {
    name: 'sleeps-half',
    role: 'server',
    clause: '10.S2',
    mistake: {
      en: 'sleeps half the time it was asked to',
      zh: '只睡了要求时间的一半',
    },
    breaks: ['sleep-waits-its-time'],
    edits: [['  await sleep(ms);', '  await sleep(ms / 2);']],
  },
  {
    name: 'sleeps-twice',
    role: 'server',
    clause: '10.S2',
    mistake: {
      en: 'sleeps twice in a row, twice the time it was asked to',
      zh: '连睡两次，睡了要求时间的两倍',
    },
    breaks: ['sleep-waits-its-time'],
    edits: [['  await sleep(ms);', '  await sleep(ms);\n  await sleep(ms);']],
  },
  {
    name: 'decodes-chunk-by-chunk',
    role: 'server',
    file: 'framework.ts',
    clause: 'G8',
    mistake: {
      en: 'decodes each chunk on its own, so a character cut between chunks turns into �',
      zh: '每个数据块单独解码，于是被切在两块之间的字符变成了 �',
    },
    breaks: ['lines-in-pieces', 'line-limit'],
    edits: [['this.add(this.decoder.write(chunk))', "this.add(chunk.toString('utf8'))"]],
  },
  {
    name: 'keeps-carriage-return',
    role: 'server',
    file: 'framework.ts',
    clause: '10.S2',
    mistake: {
      en: 'keeps the `\\r` of a `\\r\\n` line end in the line',
      zh: '把 `\\r\\n` 行尾中的 `\\r` 留在了行里',
    },
    breaks: ['lines-in-pieces', 'line-limit'],
    edits: [["const text = line.endsWith('\\r') ? line.slice(0, -1) : line;", 'const text = line;']],
  },
  {
    name: 'forgets-last-line',
    role: 'server',
    file: 'framework.ts',
    clause: '10.S2',
    mistake: {
      en: 'drops a last line that has no `\\n` when the client ends the connection',
      zh: '客户端结束连接时，丢掉了没有 `\\n` 的最后一行',
    },
    breaks: ['last-line-at-eof'],
    edits: [["    if (last !== '' && !this.tooLong) this.complete(last);\n", '']],
  },
  {
    name: 'closes-at-fin',
    role: 'server',
    file: 'framework.ts',
    clause: '10.S2',
    mistake: {
      en: "lets Node close the connection at the client's FIN, before the replies still due",
      zh: '让 Node 在收到客户端的 FIN 时就关闭连接，还欠着的回复没来得及发',
    },
    breaks: ['last-line-at-eof'],
    edits: [['{ pauseOnConnect: true, allowHalfOpen: true }', '{ pauseOnConnect: true, allowHalfOpen: false }']],
  },
  {
    name: 'quit-trimmed',
    role: 'server',
    clause: '10.S2',
    mistake: {
      en: 'trims the line before comparing it with `quit`, so ` quit` closes too',
      zh: '先去掉行首尾的空白再和 `quit` 比较，于是 ` quit` 也会关闭连接',
    },
    breaks: ['quit'],
    edits: [["if (line === null || line === 'quit') return;", "if (line === null || line.trim() === 'quit') return;"]],
  },
  {
    name: 'limit-in-characters',
    role: 'server',
    file: 'framework.ts',
    clause: '10.S2',
    mistake: {
      en: 'measures a complete line in characters, not bytes',
      zh: '按字符而不是按字节计算一整行的长度',
    },
    breaks: ['line-limit'],
    edits: [['if (Buffer.byteLength(text) > maxLineBytes) this.tooLong = true;', 'if (text.length > maxLineBytes) this.tooLong = true;']],
  },
  {
    name: 'limit-only-at-newline',
    role: 'server',
    file: 'framework.ts',
    clause: '10.S2',
    mistake: {
      en: 'measures a line only when its `\\n` comes, so a line without one grows for ever',
      zh: '只在 `\\n` 到来时才量一行的长度，于是没有 `\\n` 的行会无限增长',
    },
    breaks: ['endless-line'],
    edits: [['      if (this.unfinishedBytes > maxLineBytes + 1) this.tooLong = true;\n', '']],
  },

  // [10.S3] order on one connection
  {
    name: 'answers-without-waiting',
    role: 'server',
    clause: '10.S3',
    mistake: {
      en: 'starts the answer to each line without waiting for the one before, so quick replies overtake a sleep',
      zh: '不等上一行答完就开始回答下一行，于是快的回复抢在 sleep 前面',
    },
    breaks: ['replies-in-order', 'last-line-at-eof'],
    edits: [['      await this.write(await answer(line));', '      void answer(line).then((reply) => this.write(reply));']],
  },

  // [10.S4] single: one at a time
  {
    name: 'single-serves-everyone',
    role: 'server',
    file: 'framework.ts',
    clause: '10.S4',
    mistake: {
      en: 'single mode serves everyone at once: TCPServer starts every handler as it comes',
      zh: 'single 模式同时服务所有人：TCPServer 来一个连接就启动一个处理器',
    },
    breaks: ['single-one-at-a-time'],
    edits: [['    this.waiting.push(socket);\n    void this.serveWaiting();', '    void this.finishRequest(socket);']],
  },
  {
    name: 'drops-waiting-bytes',
    role: 'server',
    file: 'framework.ts',
    clause: '10.S4',
    mistake: {
      en: 'lets waiting connections flow with nobody reading, so what a client says before its turn is lost',
      zh: '让排队的连接在无人读取时照样流动，于是客户端轮到之前说的话丢了',
    },
    breaks: ['single-serves-next', 'single-next-after-sleep'],
    edits: [['      this.open.add(socket);\n', '      this.open.add(socket);\n      socket.resume();\n']],
  },
  {
    name: 'serves-newest-first',
    role: 'server',
    file: 'framework.ts',
    clause: '10.S4',
    mistake: {
      en: 'serves the newest waiting client first instead of the oldest',
      zh: '先服务最新来的排队客户端，而不是最早来的',
    },
    breaks: ['single-serves-next'],
    edits: [['for (let socket = this.waiting.shift(); socket; socket = this.waiting.shift())', 'for (let socket = this.waiting.pop(); socket; socket = this.waiting.pop())']],
  },

  // [10.S5] threading: a sleep delays no one
  {
    name: 'sleep-busy-waits',
    role: 'server',
    clause: '10.S5',
    mistake: {
      en: 'sleeps in a loop that watches the clock, which stops the event loop and every client with it',
      zh: '在一个盯着时钟的循环里“睡觉”，把事件循环连同所有客户端一起卡住',
    },
    breaks: ['threading-sleep-delays-no-one', 'stops-on-sigterm', 'single-stops-on-sigterm'],
    edits: [['  await sleep(ms);', '  const until = Date.now() + ms;\n  while (Date.now() < until) {\n    // waiting\n  }\n  await sleep(0);']],
  },

  // [10.S6] stopping
  {
    name: 'shutdown-closes-only-the-listener',
    role: 'server',
    file: 'framework.ts',
    clause: '10.S6',
    mistake: {
      en: 'shutdown() closes only the listener and waits for the connections to end by themselves',
      zh: 'shutdown() 只关闭监听器，然后等连接自己结束',
    },
    breaks: ['stops-on-sigterm', 'single-stops-on-sigterm'],
    edits: [['    for (const socket of this.open) socket.destroy();\n    return closed;', '    return closed;']],
  },
  {
    name: 'waits-for-pending-sleep',
    role: 'server',
    clause: '10.S6',
    mistake: {
      en: 'shuts down and waits for Node to exit by itself, which a pending sleep puts off for seconds',
      zh: '关闭之后等 Node 自己退出，而一个未完成的 sleep 会把退出推迟好几秒',
    },
    breaks: ['stops-on-sigterm', 'single-stops-on-sigterm'],
    edits: [['    void server.shutdown().then(() => process.exit(0));', '    void server.shutdown();']],
  },

  // General clauses
  listensOnAnyPort(10, ['given-port']),
  {
    name: 'ready-line-port-zero',
    role: 'server',
    clause: 'G4',
    mistake: {
      en: 'prints the port it was given (0) in its ready line instead of the one it got',
      zh: '就绪行里打印给定的端口（0），而不是实际得到的端口',
    },
    breaks: everyCheckBut('unknown-mode', 'given-port'),
    edits: [['console.log(`listening on ${address}:${port}`);', 'console.log(`listening on ${address}:${PORT}`);']],
  },
  {
    name: 'logs-own-address',
    role: 'server',
    file: 'framework.ts',
    clause: 'G5',
    mistake: {
      en: "logs the server's own address as the client's",
      zh: '把服务器自己的地址当成客户端的地址打印',
    },
    breaks: ['threading-by-default', 'single-one-at-a-time', 'single-serves-next'],
    edits: [['this.clientAddress = { host: request.remoteAddress ?? \'\', port: request.remotePort ?? 0 };', "this.clientAddress = { host: request.localAddress ?? '', port: request.localPort ?? 0 };"]],
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    file: 'framework.ts',
    clause: 'G10',
    mistake: {
      en: "has no 'error' listener on its sockets, so a client's reset takes the server down",
      zh: "套接字上没有 'error' 监听器，于是一个客户端的重置就让服务器崩溃",
    },
    breaks: ['survives-reset', 'single-serves-next', 'single-next-after-sleep'],
    edits: [["      socket.on('error', () => {});\n", '']],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    clause: 'G12',
    mistake: {
      en: 'has no signal handlers, so SIGTERM kills it',
      zh: '没有信号处理函数，于是 SIGTERM 直接杀死它',
    },
    breaks: ['stops-on-sigterm', 'single-stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },
];

export default fixtures;
