import type { BrokenFixture } from '../broken-program.ts';
import { clientReadsKeyboardAsLatin1, heldMessageMs, listensOnAnyPort, printsPortZero } from '../shared/mistakes.ts';

const echo = '  socket.send(datagram, sender.port, sender.address);';

const fixtures: BrokenFixture[] = [
  printsPortZero([
    'server-echoes-datagrams',
    'server-empty-datagram',
    'server-largest-datagram',
    'server-back-to-back',
    'server-answers-each-sender',
    'server-logs-datagrams',
    'server-stops-on-sigterm',
  ]),
  listensOnAnyPort(9),
  {
    name: 'joins-datagrams',
    role: 'server',
    clause: '09.S1',
    mistake: {
      en: 'collects what arrives within 20 ms and echoes it as one datagram, as if UDP were a stream',
      zh: '把 20 毫秒内到达的数据收集起来，作为一个数据报回显，好像 UDP 是字节流一样',
    },
    breaks: ['server-empty-datagram', 'server-back-to-back'],
    // Joined two by two, not by a time window: the checks send their
    // datagrams back to back, and the second joins the first however late
    // the server gets to read them. A lone datagram goes back on its own
    // after a while, so that the checks that send one at a time still pass;
    // a server held up past that while reads what came meanwhile first
    // (Node runs late timers before I/O, setImmediate after it).
    edits: [
      [
        '// #region echo\n',
        [
          '// #region echo',
          'const pending: Buffer[] = [];',
          'const echoPending = (port: number, address: string) => socket.send(Buffer.concat(pending.splice(0)), port, address);',
          '',
        ].join('\n'),
      ],
      [
        echo,
        [
          '  pending.push(datagram);',
          '  if (pending.length === 2) echoPending(sender.port, sender.address);',
          `  else setTimeout(() => setImmediate(() => pending[0] === datagram && echoPending(sender.port, sender.address)), ${heldMessageMs});`,
        ].join('\n'),
      ],
    ],
  },
  {
    name: 'splits-at-newlines',
    role: 'server',
    clause: '09.S1',
    mistake: {
      en: 'sends each line of a datagram back as a datagram of its own',
      zh: '把数据报里的每一行各自作为一个数据报发回',
    },
    breaks: ['server-echoes-datagrams', 'server-back-to-back'],
    edits: [[echo, "  for (const line of datagram.toString('utf8').split('\\n')) socket.send(line, sender.port, sender.address);"]],
  },
  {
    name: 'truncates-at-1024',
    role: 'server',
    clause: '09.S1',
    mistake: {
      en: "keeps Python's recvfrom(1024) habit and cuts datagrams to 1024 bytes",
      zh: '保留了 Python 里 recvfrom(1024) 的习惯，把数据报截成 1024 字节',
    },
    breaks: ['server-largest-datagram'],
    edits: [[echo, '  socket.send(datagram.subarray(0, 1024), sender.port, sender.address);']],
  },
  {
    name: 'skips-empty-datagrams',
    role: 'server',
    clause: '09.S1',
    mistake: {
      en: 'ignores zero-length datagrams',
      zh: '忽略零长度的数据报',
    },
    breaks: ['server-empty-datagram'],
    edits: [[echo, `  if (datagram.length === 0) return;\n${echo}`]],
  },
  {
    name: 'answers-first-sender',
    role: 'server',
    clause: '09.S1',
    mistake: {
      en: 'remembers the first client, as if it were a connection, and answers everyone there',
      zh: '像对待连接那样记住第一个客户端，把所有回复都发到那里',
    },
    breaks: ['server-answers-each-sender'],
    edits: [
      ['// #region echo\n', '// #region echo\nlet client: dgram.RemoteInfo | undefined;\n'],
      [echo, '  client ??= sender;\n  socket.send(datagram, client.port, client.address);'],
    ],
  },
  {
    name: 'no-log',
    role: 'server',
    clause: '09.S2',
    mistake: {
      en: 'echoes without logging what it received',
      zh: '回显时不打印收到了什么',
    },
    breaks: ['server-logs-datagrams'],
    edits: [["  console.log(`received from ${sender.address}:${sender.port}: ${datagram.toString('utf8')}`);\n", '']],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    clause: 'G12',
    mistake: {
      en: 'has no signal handlers, so SIGTERM kills it',
      zh: '没有信号处理函数，于是被 SIGTERM 直接杀死',
    },
    breaks: ['server-stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },
  {
    name: 'client-no-timeout',
    role: 'client',
    clause: '09.C2',
    mistake: {
      en: 'waits for a reply for ever, so one lost datagram hangs it',
      zh: '一直等回复，于是丢一个数据报就让它卡住',
    },
    breaks: ['client-retries', 'client-times-out'],
    edits: [["await once(socket, 'message', { signal: timeUp.signal })", "await once(socket, 'message')"]],
  },
  {
    name: 'client-no-retry',
    role: 'client',
    clause: '09.C2',
    mistake: {
      en: 'waits as long as three tries would, but sends only once',
      zh: '等待的时间和重试三次一样长，却只发送一次',
    },
    breaks: ['client-retries', 'client-times-out'],
    // As patient as the reference, so that on a slow machine it fails for its one mistake only.
    edits: [
      ['const replyTimeoutMs = 500;', 'const replyTimeoutMs = 1500;'],
      ['const tries = 3;', 'const tries = 1;'],
    ],
  },
  {
    name: 'client-four-tries',
    role: 'client',
    clause: '09.C2',
    mistake: {
      en: 'tries four times instead of three',
      zh: '尝试四次而不是三次',
    },
    breaks: ['client-times-out'],
    edits: [['const tries = 3;', 'const tries = 4;']],
  },
  {
    name: 'client-waits-twice-as-long',
    role: 'client',
    clause: '09.C2',
    mistake: {
      en: 'waits 1000 ms for each reply instead of 500, so it takes twice as long to give up',
      zh: '每次等回复 1000 毫秒而不是 500 毫秒，于是放弃得晚了一倍',
    },
    breaks: ['client-times-out'],
    edits: [['const replyTimeoutMs = 500;', 'const replyTimeoutMs = 1000;']],
  },
  {
    name: 'client-timeout-on-stdout',
    role: 'client',
    clause: 'G7',
    mistake: {
      en: 'prints `timeout` with console.log, on stdout, where only replies belong',
      zh: '用 console.log 把 `timeout` 打印到 stdout，而 stdout 上只该有回复',
    },
    breaks: ['client-times-out'],
    edits: [["  else console.error('timeout');", "  else console.log('timeout');"]],
  },
  clientReadsKeyboardAsLatin1(['client-sends-datagrams', 'client-long-line']),
  {
    name: 'client-sends-twice',
    role: 'client',
    clause: '09.C2',
    mistake: {
      en: 'sends the datagram once before the retry loop and again in it: every line goes out twice at once, four times in all',
      zh: '在重试循环之前先发一次，循环里又发一次：每行一下子发出两遍，总共四遍',
    },
    breaks: ['client-times-out'],
    edits: [['  for (let attempt = 1; attempt <= tries; attempt++) {', '  socket.send(message, PORT, HOST);\n  for (let attempt = 1; attempt <= tries; attempt++) {']],
  },
  {
    name: 'client-trims-lines',
    role: 'client',
    clause: '09.C1',
    mistake: {
      en: 'trims each line before sending it',
      zh: '发送前去掉了每行首尾的空白',
    },
    breaks: ['client-sends-datagrams'],
    edits: [["  const reply = await ask(Buffer.from(line, 'utf8'));", "  const reply = await ask(Buffer.from(line.trim(), 'utf8'));"]],
  },
  {
    name: 'client-skips-empty-lines',
    role: 'client',
    clause: '09.C1',
    mistake: {
      en: 'skips empty lines, as the TCP client of lesson 2 had to',
      zh: '像第 2 课的 TCP 客户端不得不做的那样，跳过了空行',
    },
    breaks: ['client-empty-line'],
    edits: [["  if (line.trim() === 'exit') break;", "  if (line.trim() === 'exit') break;\n  if (line === '') continue;"]],
  },
  {
    name: 'client-splits-long-lines',
    role: 'client',
    clause: '09.C1',
    mistake: {
      en: 'sends a long line in datagrams of 8192 bytes',
      zh: '把长的一行拆成 8192 字节的数据报发送',
    },
    breaks: ['client-long-line'],
    edits: [
      [
        '    socket.send(message, PORT, HOST);',
        '    for (let at = 0; at < message.length || at === 0; at += 8192) socket.send(message.subarray(at, at + 8192), PORT, HOST);',
      ],
    ],
  },
  {
    name: 'client-exit-untrimmed',
    role: 'client',
    clause: '09.C3',
    mistake: {
      en: 'compares the untrimmed line with `exit`, so `  exit  ` is sent as a message',
      zh: '拿没有去掉首尾空白的行和 `exit` 比较，于是 `  exit  ` 被当作消息发了出去',
    },
    breaks: ['client-exit'],
    edits: [["  if (line.trim() === 'exit') break;", "  if (line === 'exit') break;"]],
  },
  {
    name: 'client-exits-at-eof-at-once',
    role: 'client',
    clause: '09.C3',
    mistake: {
      en: 'exits as soon as the input ends, before the last line has had its answer',
      zh: '输入一结束就退出，最后一行还没等到回复',
    },
    breaks: ['client-ends-at-eof'],
    edits: [
      [
        'const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });\n',
        "const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });\ninput.on('close', () => process.exit(0));\n",
      ],
    ],
  },
];

export default fixtures;
