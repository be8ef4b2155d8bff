import type { BrokenFixture } from '../broken-program.ts';
import { framedClientFixtures, framedServerFixtures } from '../shared/framed-mistakes.ts';

const fixtures: BrokenFixture[] = [
  {
    name: 'chunk-starts-a-frame',
    role: 'server',
    mistake: "reads frames from each 'data' chunk alone, forgetting what the last chunk left unfinished",
    breaks: ['server-frame-in-pieces', 'server-frames-in-one-write', 'server-largest-frame'],
    edits: [['    buffered = Buffer.concat([buffered, chunk]);', '    buffered = chunk; // one chunk, whole frames']],
  },
  {
    name: 'echoes-text',
    role: 'server',
    mistake: 'decodes each payload as UTF-8 and echoes the text, which changes bytes that are not text',
    breaks: ['server-echoes-frames', 'server-largest-frame'],
    edits: [
      [
        '      echoes.push(buffered.subarray(0, end));',
        "      const text = Buffer.from(buffered.subarray(headerBytes, end).toString('utf8'));\n      const head = Buffer.alloc(headerBytes);\n      head.writeUInt32BE(text.length);\n      echoes.push(head, text);",
      ],
    ],
  },
  {
    name: 'header-needs-five-bytes',
    role: 'server',
    mistake: 'waits for more than the 4 header bytes, so an empty frame is never complete',
    breaks: ['server-empty-frame'],
    edits: [['    while (buffered.length >= headerBytes) {', '    while (buffered.length > headerBytes) {']],
  },
  {
    name: 'no-frame-limit',
    role: 'server',
    mistake: 'believes any length and waits for the payload, however big',
    breaks: ['server-oversized-frame'],
    edits: [['      if (length > maxPayloadBytes) return refuse(echoes);\n', '']],
  },
  {
    name: 'limit-off-by-one',
    role: 'server',
    mistake: 'refuses a frame of exactly 1 MiB',
    breaks: ['server-largest-frame'],
    edits: [['if (length > maxPayloadBytes)', 'if (length >= maxPayloadBytes)']],
  },
  {
    name: 'stays-half-open',
    role: 'server',
    mistake: 'allows half-open connections but never ends its side when the client does',
    breaks: ['server-half-close'],
    edits: [['const server = net.createServer((socket) => {', 'const server = net.createServer({ allowHalfOpen: true }, (socket) => {']],
  },
  ...framedServerFixtures,
  {
    name: 'client-chunk-is-a-frame',
    role: 'client',
    mistake: "looks for a whole frame in each 'data' chunk alone",
    breaks: ['client-reply-in-pieces'],
    edits: [['  received = Buffer.concat([received, chunk]);', '  received = chunk;']],
  },
  {
    name: 'client-length-in-characters',
    role: 'client',
    mistake: 'writes the number of characters in the header instead of the number of bytes',
    breaks: ['client-sends-frames', 'client-reply-in-pieces'],
    edits: [['  header.writeUInt32BE(payload.length);', '  header.writeUInt32BE(text.length);']],
  },
  {
    name: 'client-skips-empty-lines',
    role: 'client',
    mistake: 'skips empty lines, as the client of lesson 2 had to',
    breaks: ['client-empty-line'],
    edits: [["  if (line.trim() === 'exit') return leave();", "  if (line.trim() === 'exit') return leave();\n  if (line === '') return;"]],
  },
  ...framedClientFixtures({ leaving: '08.C2', serverLeft: '08.C2' }),
];

export default fixtures;
