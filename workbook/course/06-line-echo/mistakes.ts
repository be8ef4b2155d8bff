import type { BrokenFixture } from '../broken-program.ts';
import { framedClientFixtures, framedServerFixtures } from '../shared/framed-mistakes.ts';

const fixtures: BrokenFixture[] = [
  {
    name: 'chunk-is-a-line',
    role: 'server',
    mistake: "takes each 'data' chunk for one line, as the chat of lesson 5 did",
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
    mistake: 'keeps whole lines but decodes every chunk on its own, so a character split between chunks becomes �',
    breaks: ['server-split-characters', 'server-longest-line'],
    edits: [['    const text = decoder.write(chunk);', "    const text = chunk.toString('utf8');"]],
  },
  {
    name: 'limit-checked-at-newline',
    role: 'server',
    mistake: 'checks the length only of complete lines, so a line that never ends is buffered without end',
    breaks: ['server-endless-line'],
    edits: [['    if (unfinishedBytes > maxLineBytes + 1) return hangUp(`${replies}error: line too long\\n`);\n', '']],
  },
  {
    name: 'limit-counts-characters',
    role: 'server',
    mistake: 'measures a line in characters (line.length) instead of bytes',
    breaks: ['server-line-too-long'],
    edits: [['if (Buffer.byteLength(text) > maxLineBytes)', 'if (text.length > maxLineBytes)']],
  },
  {
    name: 'limit-off-by-one',
    role: 'server',
    mistake: 'refuses a line of exactly 65536 bytes',
    breaks: ['server-longest-line'],
    edits: [['if (Buffer.byteLength(text) > maxLineBytes)', 'if (Buffer.byteLength(text) >= maxLineBytes)']],
  },
  {
    name: 'keeps-the-cr',
    role: 'server',
    mistake: 'splits at `\\n` but leaves the `\\r` of a CRLF line end in the line',
    breaks: ['server-crlf', 'server-longest-line'],
    edits: [["  const text = line.endsWith('\\r') ? line.slice(0, -1) : line;", '  const text = line;']],
  },
  {
    name: 'trims-lines',
    role: 'server',
    mistake: 'trims every line (to get rid of the `\r`), so the spaces a client sent are lost',
    breaks: ['server-replies-to-lines'],
    edits: [["  const text = line.endsWith('\\r') ? line.slice(0, -1) : line;", '  const text = line.trim();']],
  },
  {
    name: 'forgets-last-line',
    role: 'server',
    mistake: 'drops an unterminated last line when the client half-closes',
    breaks: ['server-last-line-at-eof'],
    edits: [["    if (last !== '') socket.write(answer(last).reply);\n", '']],
  },
  {
    name: 'ignores-quit',
    role: 'server',
    mistake: 'answers `quit` like any other line',
    breaks: ['server-quit'],
    edits: [["  if (text === 'quit') return { reply: '', thenHangUp: true };\n", '']],
  },
  {
    name: 'shared-buffer',
    role: 'server',
    mistake: 'keeps one unfinished line for all connections',
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
    mistake: "prints each 'data' chunk as a reply instead of reading lines",
    breaks: ['client-reply-in-pieces', 'client-split-characters'],
    edits: [["replies.on('line', (reply) => console.log(reply));", "socket.on('data', (chunk) => console.log(chunk.toString('utf8').replace(/\\n$/, '')));"]],
  },
  {
    name: 'client-decodes-each-chunk',
    role: 'client',
    mistake: 'splits replies into lines but decodes every chunk on its own, so a split character becomes �',
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
    mistake: 'skips empty lines, as the client of lesson 2 had to',
    breaks: ['client-sends-empty-lines'],
    edits: [["  if (line.trim() === 'exit') return leave();", "  if (line.trim() === 'exit') return leave();\n  if (line === '') return;"]],
  },
  {
    name: 'client-trims-lines',
    role: 'client',
    mistake: 'trims each line before sending it, as the client of lesson 2 did',
    breaks: ['client-sends-lines'],
    edits: [['  socket.write(`${line}\\n`);', '  socket.write(`${line.trim()}\\n`);']],
  },
  {
    name: 'client-quit-like-exit',
    role: 'client',
    mistake: 'leaves on `quit` without sending it to the server',
    breaks: ['client-quit'],
    edits: [["  if (line.trim() === 'exit') return leave();", "  if (line.trim() === 'exit' || line.trim() === 'quit') return leave();"]],
  },
  ...framedClientFixtures,
];

export default fixtures;
