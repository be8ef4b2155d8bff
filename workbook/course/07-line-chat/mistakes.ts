import type { BrokenFixture } from '../broken-program.ts';
import { roomDiesOfSigterm } from '../shared/mistakes.ts';

const fixtures: BrokenFixture[] = [
  {
    name: 'chunk-as-message',
    role: 'server',
    mistake: "keeps lesson 5's framing: treats each 'data' chunk as one message",
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
    mistake: 'decodes every chunk on its own, so a character split between chunks turns into �',
    breaks: ['split-character'],
    edits: [['let bytes = Buffer.concat(pieces, size);', "let bytes = Buffer.from(pieces.map((piece) => piece.toString('utf8')).join(''));"]],
  },
  {
    name: 'buffers-endless-line',
    role: 'server',
    mistake: 'checks the length only when a line ends, so a line that never ends is buffered without limit',
    breaks: ['endless-line'],
    edits: [['    if (size > maxLineBytes + 1) giveUp();\n', '']],
  },
  {
    name: 'counts-the-cr',
    role: 'server',
    mistake: 'counts the `\\r` of a CRLF line against the limit',
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
    mistake: 'neither drops the `\\r` of CRLF nor trims, so `\\r` reaches everyone and blank lines are broadcast',
    breaks: ['crlf-line-ends', 'quit-and-empty-lines', 'longest-line'],
    edits: [
      ['    if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1); // CRLF\n', ''],
      ['      const message = text.trim();', '      const message = text;'],
    ],
  },
  {
    name: 'drops-last-line',
    role: 'server',
    mistake: 'forgets an unterminated last line when the client closes',
    breaks: ['last-line-at-eof'],
    edits: [["  socket.on('end', () => {\n    if (size > 0 && !done && !socket.writableEnded) finishLine();\n  });\n", '']],
  },
  {
    name: 'stamps-utc',
    role: 'server',
    mistake: 'stamps messages with UTC hours instead of local time',
    breaks: ['broadcasts-every-line'],
    edits: [['${two(date.getHours())}', '${two(date.getUTCHours())}']],
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    mistake: "has no 'error' listener, so one client's reset takes the room down",
    breaks: ['survives-reset'],
    edits: [["  socket.on('error', (error) => console.log(`${address} vanished: ${error.message}`));", "  socket.on('no-such-event', () => {});"]],
  },
  roomDiesOfSigterm,
];

export default fixtures;
