import type { BrokenFixture } from '../broken-program.ts';
import { listensOnAnyPort, logsOwnAddress, printsPortZero } from '../shared/mistakes.ts';

const log = '  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);\n';
const echo = "  socket.on('data', (chunk) => socket.write(chunk));";

const fixtures: BrokenFixture[] = [
  printsPortZero([
    'echoes-like-lesson-2',
    'serves-next-client',
    'waiting-client-not-answered',
    'waiting-client-answered-later',
    'logs-client-when-served',
    'serves-five-waiting-clients',
    'survives-reset',
    'stops-on-sigterm',
  ]),
  listensOnAnyPort(3, ['given-port']),
  {
    name: 'echo-as-latin1',
    role: 'server',
    clause: 'G8',
    mistake: {
      en: 'turns each chunk into a string with the wrong encoding before writing it back',
      zh: '写回之前用错误的编码把每个数据块转成了字符串',
    },
    breaks: ['echoes-like-lesson-2'],
    edits: [[echo, "  socket.on('data', (chunk) => socket.write(chunk.toString('latin1')));"]],
  },
  logsOwnAddress(['logs-client-when-served']),
  {
    name: 'logs-at-accept',
    role: 'server',
    clause: '03.S2',
    mistake: {
      en: 'logs a client when it connects, while it still waits for its turn',
      zh: '客户端一连上就打印它，而它还在排队等着轮到自己',
    },
    breaks: ['logs-client-when-served'],
    edits: [
      [log, ''],
      ['  waiting.push(socket);\n', `${log}  waiting.push(socket);\n`],
    ],
  },
  {
    name: 'one-echo-per-client',
    role: 'server',
    clause: '03.S4',
    mistake: {
      en: 'answers only the first message of each client',
      zh: '每个客户端只回答第一条消息',
    },
    breaks: ['echoes-like-lesson-2', 'waiting-client-not-answered', 'waiting-client-answered-later', 'logs-client-when-served', 'serves-five-waiting-clients', 'survives-reset', 'stops-on-sigterm'],
    edits: [[echo, "  socket.once('data', (chunk) => socket.write(chunk));"]],
  },
  {
    name: 'stops-after-first-client',
    role: 'server',
    clause: '03.S1',
    mistake: {
      en: 'closes the listener when the first client leaves, like the lesson 2 server',
      zh: '像第 2 课的服务器那样，第一个客户端离开时就关闭监听',
    },
    breaks: ['serves-next-client', 'waiting-client-answered-later', 'logs-client-when-served', 'serves-five-waiting-clients', 'survives-reset'],
    edits: [['    current = undefined;\n    serveNext();', '    current = undefined;\n    server.close();']],
  },
  {
    name: 'serves-everyone-at-once',
    role: 'server',
    clause: '03.S2',
    mistake: {
      en: 'serves every client as soon as it connects instead of one at a time',
      zh: '每个客户端一连上就服务，而不是一次一个',
    },
    breaks: ['waiting-client-not-answered', 'logs-client-when-served'],
    edits: [['  if (current) return;\n', '']],
  },
  {
    name: 'drops-early-bytes',
    role: 'server',
    clause: '03.S3',
    mistake: {
      en: 'reads waiting clients at once and throws away what they say before their turn',
      zh: '立刻读取等待中的客户端，把它们轮到之前说的话丢掉',
    },
    breaks: ['waiting-client-answered-later', 'serves-five-waiting-clients', 'survives-reset'],
    edits: [
      ['net.createServer({ pauseOnConnect: true }, (socket) => {', 'net.createServer((socket) => {\n  socket.on(\'data\', (chunk) => {\n    if (socket === current) socket.write(chunk);\n  });'],
      ["  socket.on('data', (chunk) => socket.write(chunk));\n", ''],
    ],
  },
  {
    name: 'serves-last-comer-first',
    role: 'server',
    clause: '03.S3',
    mistake: {
      en: 'takes the newest waiting client instead of the oldest',
      zh: '从等待的客户端里先取最晚来的，而不是最早来的',
    },
    breaks: ['serves-five-waiting-clients'],
    edits: [['const socket = waiting.shift();', 'const socket = waiting.pop();']],
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    clause: 'G10',
    mistake: {
      en: "has no 'error' handlers, so one client's reset takes the server down",
      zh: "没有 'error' 处理函数，一个客户端重置连接就让整个服务器崩溃",
    },
    breaks: ['survives-reset'],
    edits: [
      ["  socket.on('error', () => {});\n", ''],
      ["  socket.on('error', (error) => console.log(`client vanished: ${error.message}`));\n", ''],
    ],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    clause: 'G12',
    mistake: {
      en: 'has no signal handlers, so SIGTERM kills it',
      zh: '没有信号处理函数，于是被 SIGTERM 直接杀死',
    },
    breaks: ['stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },
];

export default fixtures;
