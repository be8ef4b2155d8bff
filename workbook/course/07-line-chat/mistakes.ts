import type { BrokenFixture } from '../broken-program.ts';
import {
  listensOnAnyPort,
  printsPortZero,
  roomDiesOfSigterm,
  roomIgnoresOwnStdin,
  roomLogsOwnAddress,
  roomStopsAtEndOfInput,
} from '../shared/mistakes.ts';

const fixtures: BrokenFixture[] = [
  printsPortZero([
    'logs-every-client',
    'broadcasts-every-line',
    'line-in-pieces',
    'lines-in-one-write',
    'crlf-line-ends',
    'split-character',
    'last-line-at-eof',
    'quit-and-empty-lines',
    'longest-line',
    'endless-line',
    'same-order-for-everyone',
    'survives-reset',
    'stops-on-quit-command',
    'keeps-running-at-eof',
    'stops-on-sigterm',
  ]),
  listensOnAnyPort(7, ['given-port']),
  roomLogsOwnAddress,
  {
    name: 'chunk-as-message',
    role: 'server',
    clause: '07.S1',
    mistake: {
      en: "keeps lesson 5's framing: treats each 'data' chunk as one message",
      zh: "沿用第 5 课的分帧：把每个 'data' 数据块当作一条消息",
    },
    breaks: [
      'line-in-pieces',
      'lines-in-one-write',
      'crlf-line-ends',
      'split-character',
      'quit-and-empty-lines',
      'longest-line',
      'endless-line',
      'same-order-for-everyone',
    ],
    solution: '05-group-chat',
  },
  {
    name: 'decodes-each-chunk',
    role: 'server',
    clause: '07.S2',
    mistake: {
      en: 'decodes every chunk on its own, so a character split between chunks turns into �',
      zh: '把每个数据块单独解码，于是跨块的字符变成了 �',
    },
    breaks: ['split-character'],
    edits: [['let bytes = Buffer.concat(pieces, size);', "let bytes = Buffer.from(pieces.map((piece) => piece.toString('utf8')).join(''));"]],
  },
  {
    name: 'buffers-endless-line',
    role: 'server',
    clause: '07.S2',
    mistake: {
      en: 'checks the length only when a line ends, so a line that never ends is buffered without limit',
      zh: '只在行结束时才检查长度，于是一行永不结束的数据被无限缓存',
    },
    breaks: ['endless-line'],
    edits: [['    if (size > maxLineBytes + 1) giveUp();\n', '']],
  },
  {
    name: 'counts-the-cr',
    role: 'server',
    clause: '07.S2',
    mistake: {
      en: 'counts the `\\r` of a CRLF line against the limit',
      zh: '把 CRLF 行尾的 `\\r` 也算进了长度上限',
    },
    breaks: ['longest-line'],
    edits: [
      [
        '    if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1); // CRLF\n    if (bytes.length > maxLineBytes) return giveUp();',
        '    if (bytes.length > maxLineBytes) return giveUp();\n    if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1); // CRLF',
      ],
    ],
  },
  {
    name: 'takes-lines-as-they-come',
    role: 'server',
    clause: '07.S2',
    mistake: {
      en: 'neither drops the `\\r` of CRLF nor trims, so `\\r` reaches everyone and blank lines are broadcast',
      zh: '既不去掉 CRLF 的 `\\r`，也不去掉首尾空白，于是 `\\r` 发给了所有人，空白行也被广播',
    },
    breaks: ['crlf-line-ends', 'quit-and-empty-lines', 'longest-line'],
    edits: [
      ['    if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1); // CRLF\n', ''],
      ['      const message = text.trim();', '      const message = text;'],
    ],
  },
  {
    name: 'drops-last-line',
    role: 'server',
    clause: '07.S2',
    mistake: {
      en: 'forgets an unterminated last line when the client closes',
      zh: '客户端关闭时，把没有换行结尾的最后一行忘掉了',
    },
    breaks: ['last-line-at-eof'],
    edits: [["  socket.on('end', () => {\n    if (size > 0 && !done && !socket.writableEnded) finishLine();\n  });\n", '']],
  },
  {
    name: 'stamps-utc',
    role: 'server',
    clause: '07.S1',
    mistake: {
      en: 'stamps messages with UTC hours instead of local time',
      zh: '用 UTC 的小时而不是本地时间给消息打时间戳',
    },
    breaks: ['broadcasts-every-line'],
    edits: [['${two(date.getHours())}', '${two(date.getUTCHours())}']],
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    clause: 'G10',
    mistake: {
      en: "has no 'error' listener, so one client's reset takes the room down",
      zh: "没有 'error' 监听函数，一个客户端重置连接就让整个聊天室崩溃",
    },
    breaks: ['survives-reset'],
    edits: [["  socket.on('error', (error) => console.log(`${address} vanished: ${error.message}`));", "  socket.on('no-such-event', () => {});"]],
  },
  roomStopsAtEndOfInput('07.S3'),
  roomIgnoresOwnStdin('07.S3'),
  roomDiesOfSigterm,
];

export default fixtures;
