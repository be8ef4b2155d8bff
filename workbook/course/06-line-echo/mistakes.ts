import type { BrokenFixture } from '../broken-program.ts';
import { framedClientFixtures, framedServerFixtures } from '../shared/framed-mistakes.ts';
import { clientReadsKeyboardAsLatin1, listensOnAnyPort, logsOwnAddress, printsPortZero } from '../shared/mistakes.ts';

const fixtures: BrokenFixture[] = [
  printsPortZero([
    'server-logs-client',
    'server-replies-to-lines',
    'server-line-in-pieces',
    'server-lines-in-one-write',
    'server-split-characters',
    'server-crlf',
    'server-last-line-at-eof',
    'server-quit',
    'server-many-clients',
    'server-longest-line',
    'server-line-too-long',
    'server-endless-line',
    'server-survives-reset',
    'server-stops-on-sigterm',
  ]),
  listensOnAnyPort(6),
  logsOwnAddress(),
  {
    name: 'chunk-is-a-line',
    role: 'server',
    clause: '06.S2',
    mistake: {
      en: "takes each 'data' chunk for one line, as the chat of lesson 5 did",
      zh: "像第 5 课的聊天那样，把每个 'data' 数据块当作一行",
    },
    breaks: [
      'server-line-in-pieces',
      'server-lines-in-one-write',
      'server-split-characters',
      'server-crlf',
      'server-last-line-at-eof',
      'server-quit',
      'server-many-clients',
      'server-longest-line',
      'server-line-too-long',
      'server-endless-line',
    ],
    edits: [
      [
        "    const text = decoder.write(chunk);\n    // A chunk may finish the unfinished line, hold several whole lines, and\n    // start the next one. Every `\\n` in it completes one line.\n    let replies = '';\n    let start = 0;\n    for (let end = text.indexOf('\\n'); end >= 0; end = text.indexOf('\\n', start)) {\n      const { reply, thenHangUp } = answer(unfinished + text.slice(start, end));\n      replies += reply;\n      if (thenHangUp) return hangUp(replies);\n      unfinished = '';\n      unfinishedBytes = 0;\n      start = end + 1;\n    }\n    const rest = text.slice(start);\n    unfinished += rest;\n    unfinishedBytes += Buffer.byteLength(rest);\n",
        "    // One chunk, one line.\n    const { reply: replies, thenHangUp } = answer(chunk.toString('utf8').replace(/\\n$/, ''));\n    if (thenHangUp) return hangUp(replies);\n",
      ],
    ],
  },
  {
    name: 'decodes-each-chunk',
    role: 'server',
    clause: '06.S3',
    mistake: {
      en: 'keeps whole lines but decodes every chunk on its own, so a character split between chunks becomes �',
      zh: '能凑出整行，却把每个数据块单独解码，于是跨块的字符变成了 �',
    },
    breaks: ['server-split-characters', 'server-longest-line'],
    edits: [['    const text = decoder.write(chunk);', "    const text = chunk.toString('utf8');"]],
  },
  {
    name: 'limit-checked-at-newline',
    role: 'server',
    clause: '06.S6',
    mistake: {
      en: 'checks the length only of complete lines, so a line that never ends is buffered without end',
      zh: '只在行结束时才检查长度，于是一行永不结束的数据被无限缓存',
    },
    breaks: ['server-endless-line'],
    edits: [['    if (unfinishedBytes > maxLineBytes + 1) return hangUp(`${replies}error: line too long\\n`);\n', '']],
  },
  {
    name: 'limit-counts-characters',
    role: 'server',
    clause: '06.S6',
    mistake: {
      en: 'measures a line in characters (line.length) instead of bytes',
      zh: '按字符数（line.length）而不是字节数来衡量一行',
    },
    breaks: ['server-line-too-long'],
    edits: [['if (Buffer.byteLength(text) > maxLineBytes)', 'if (text.length > maxLineBytes)']],
  },
  {
    name: 'limit-off-by-one',
    role: 'server',
    clause: '06.S6',
    mistake: {
      en: 'refuses a line of exactly 65536 bytes',
      zh: '拒绝了恰好 65536 字节的行',
    },
    breaks: ['server-longest-line'],
    edits: [['if (Buffer.byteLength(text) > maxLineBytes)', 'if (Buffer.byteLength(text) >= maxLineBytes)']],
  },
  {
    name: 'keeps-the-cr',
    role: 'server',
    clause: '06.S1',
    mistake: {
      en: 'splits at `\\n` but leaves the `\\r` of a CRLF line end in the line',
      zh: '在 `\\n` 处切行，却把 CRLF 行尾的 `\\r` 留在了行里',
    },
    breaks: ['server-crlf', 'server-quit', 'server-longest-line'],
    edits: [["  const text = line.endsWith('\\r') ? line.slice(0, -1) : line;", '  const text = line;']],
  },
  {
    name: 'trims-lines',
    role: 'server',
    clause: '06.S1',
    mistake: {
      en: 'trims every line (to get rid of the `\r`), so the spaces a client sent are lost',
      zh: '为了去掉 `\\r` 把每行首尾空白都去掉了，于是客户端发来的空格丢了',
    },
    breaks: ['server-replies-to-lines', 'server-quit'],
    edits: [["  const text = line.endsWith('\\r') ? line.slice(0, -1) : line;", '  const text = line.trim();']],
  },
  {
    name: 'forgets-last-line',
    role: 'server',
    clause: '06.S5',
    mistake: {
      en: 'drops an unterminated last line when the client half-closes',
      zh: '客户端半关闭时，把没有换行结尾的最后一行丢掉了',
    },
    breaks: ['server-last-line-at-eof'],
    edits: [["    if (last !== '') socket.write(answer(last).reply);\n", '']],
  },
  {
    name: 'ignores-quit',
    role: 'server',
    clause: '06.S4',
    mistake: {
      en: 'answers `quit` like any other line',
      zh: '把 `quit` 当作普通的一行来回答',
    },
    breaks: ['server-quit'],
    edits: [["  if (text === 'quit') return { reply: '', thenHangUp: true };\n", '']],
  },
  {
    name: 'quit-trimmed',
    role: 'server',
    clause: '06.S4',
    mistake: {
      en: 'trims a line before comparing it with `quit`, so ` quit` closes the connection too',
      zh: '和 `quit` 比较之前先去掉了首尾空白，于是 ` quit` 也会关闭连接',
    },
    breaks: ['server-quit'],
    edits: [["  if (text === 'quit')", "  if (text.trim() === 'quit')"]],
  },
  {
    name: 'shared-buffer',
    role: 'server',
    clause: '06.S1',
    mistake: {
      en: 'keeps one unfinished line for all connections',
      zh: '所有连接共用一个未完成的行',
    },
    breaks: ['server-many-clients', 'server-survives-reset'],
    edits: [
      ["  const decoder = new StringDecoder('utf8');\n  let unfinished = '';\n  let unfinishedBytes = 0;\n", ''],
      [
        'const open = new Set<net.Socket>();\n',
        "const open = new Set<net.Socket>();\nconst decoder = new StringDecoder('utf8');\nlet unfinished = '';\nlet unfinishedBytes = 0;\n",
      ],
    ],
  },
  ...framedServerFixtures,
  {
    name: 'client-prints-chunks',
    role: 'client',
    clause: '06.C3',
    mistake: {
      en: "prints each 'data' chunk as a reply instead of reading lines",
      zh: "把每个 'data' 数据块当作一条回复打印，而不是按行读",
    },
    breaks: ['client-reply-in-pieces', 'client-split-characters'],
    edits: [["replies.on('line', (reply) => console.log(reply));", "socket.on('data', (chunk) => console.log(chunk.toString('utf8').replace(/\\n$/, '')));"]],
  },
  {
    name: 'client-decodes-each-chunk',
    role: 'client',
    clause: 'G8',
    mistake: {
      en: 'splits replies into lines but decodes every chunk on its own, so a split character becomes �',
      zh: '能把回复切成行，却把每个数据块单独解码，于是跨块的字符变成了 �',
    },
    breaks: ['client-split-characters'],
    edits: [
      [
        "replies.on('line', (reply) => console.log(reply));",
        "let partial = '';\nsocket.on('data', (chunk) => {\n  const parts = (partial + chunk.toString('utf8')).split('\\n');\n  partial = parts.pop()!;\n  for (const reply of parts) console.log(reply);\n});",
      ],
    ],
  },
  {
    name: 'client-skips-empty-lines',
    role: 'client',
    clause: '06.C1',
    mistake: {
      en: 'skips empty lines, as the client of lesson 2 had to',
      zh: '像第 2 课的客户端不得不做的那样，跳过了空行',
    },
    breaks: ['client-sends-empty-lines'],
    edits: [["  if (line.trim() === 'exit') return leave();", "  if (line.trim() === 'exit') return leave();\n  if (line === '') return;"]],
  },
  {
    name: 'client-trims-lines',
    role: 'client',
    clause: '06.C1',
    mistake: {
      en: 'trims each line before sending it, as the client of lesson 2 did',
      zh: '像第 2 课的客户端那样，发送前去掉了每行首尾的空白',
    },
    breaks: ['client-sends-lines'],
    edits: [['  socket.write(`${line}\\n`);', '  socket.write(`${line.trim()}\\n`);']],
  },
  {
    name: 'client-quit-like-exit',
    role: 'client',
    clause: '06.C1',
    mistake: {
      en: 'leaves on `quit` without sending it to the server',
      zh: '收到 `quit` 就离开，却不把它发给服务器',
    },
    breaks: ['client-quit'],
    edits: [["  if (line.trim() === 'exit') return leave();", "  if (line.trim() === 'exit' || line.trim() === 'quit') return leave();"]],
  },
  clientReadsKeyboardAsLatin1(['client-sends-lines', 'client-split-characters']),
  ...framedClientFixtures({ leaving: '06.C2', serverLeft: '06.C4' }),
];

export default fixtures;
