import type { BrokenFixture } from '../broken-program.ts';
import { framedClientFixtures, framedServerFixtures } from '../shared/framed-mistakes.ts';
import { clientReadsKeyboardAsLatin1, listensOnAnyPort, logsOwnAddress, printsPortZero } from '../shared/mistakes.ts';

const fixtures: BrokenFixture[] = [
  printsPortZero([
    'server-logs-client',
    'server-echoes-frames',
    'server-frame-in-pieces',
    'server-frames-in-one-write',
    'server-empty-frame',
    'server-largest-frame',
    'server-oversized-frame',
    'server-half-close',
    'server-survives-reset',
    'server-stops-on-sigterm',
  ]),
  listensOnAnyPort(8),
  logsOwnAddress(),
  {
    name: 'chunk-starts-a-frame',
    role: 'server',
    clause: '08.S1',
    mistake: {
      en: "reads frames from each 'data' chunk alone, forgetting what the last chunk left unfinished",
      zh: "只从每个 'data' 数据块里读帧，忘了上一块留下的半帧",
    },
    breaks: ['server-frame-in-pieces', 'server-frames-in-one-write', 'server-largest-frame'],
    edits: [['    buffered = Buffer.concat([buffered, chunk]);', '    buffered = chunk; // one chunk, whole frames']],
  },
  {
    name: 'echoes-text',
    role: 'server',
    clause: '08.S1',
    mistake: {
      en: 'decodes each payload as UTF-8 and echoes the text, which changes bytes that are not text',
      zh: '把每个载荷按 UTF-8 解码后再回显文本，于是不是文本的字节被改掉了',
    },
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
    clause: '08.S1',
    mistake: {
      en: 'waits for more than the 4 header bytes, so an empty frame is never complete',
      zh: '等待超过 4 个字节的帧头，于是空帧永远不完整',
    },
    breaks: ['server-empty-frame'],
    edits: [['    while (buffered.length >= headerBytes) {', '    while (buffered.length > headerBytes) {']],
  },
  {
    name: 'no-frame-limit',
    role: 'server',
    clause: '08.S2',
    mistake: {
      en: 'believes any length and waits for the payload, however big',
      zh: '相信任何长度，不管多大都去等待载荷',
    },
    breaks: ['server-oversized-frame'],
    edits: [['      if (length > maxPayloadBytes) return refuse(echoes);\n', '']],
  },
  {
    name: 'limit-off-by-one',
    role: 'server',
    clause: '08.S2',
    mistake: {
      en: 'refuses a frame of exactly 1 MiB',
      zh: '拒绝了恰好 1 MiB 的帧',
    },
    breaks: ['server-largest-frame'],
    edits: [['if (length > maxPayloadBytes)', 'if (length >= maxPayloadBytes)']],
  },
  {
    name: 'stays-half-open',
    role: 'server',
    clause: 'G10',
    mistake: {
      en: 'allows half-open connections but never ends its side when the client does',
      zh: '允许半开连接，客户端结束后自己这一端却从不结束',
    },
    breaks: ['server-half-close'],
    edits: [['const server = net.createServer((socket) => {', 'const server = net.createServer({ allowHalfOpen: true }, (socket) => {']],
  },
  ...framedServerFixtures,
  {
    name: 'client-chunk-is-a-frame',
    role: 'client',
    clause: '08.C1',
    mistake: {
      en: "looks for a whole frame in each 'data' chunk alone",
      zh: "只在每个 'data' 数据块里找完整的帧",
    },
    breaks: ['client-reply-in-pieces'],
    edits: [['  received = Buffer.concat([received, chunk]);', '  received = chunk;']],
  },
  {
    name: 'client-length-in-characters',
    role: 'client',
    clause: '08.C1',
    mistake: {
      en: 'writes the number of characters in the header instead of the number of bytes',
      zh: '帧头里写的是字符数而不是字节数',
    },
    breaks: ['client-sends-frames', 'client-reply-in-pieces'],
    edits: [['  header.writeUInt32BE(payload.length);', '  header.writeUInt32BE(text.length);']],
  },
  {
    name: 'client-skips-empty-lines',
    role: 'client',
    clause: '08.C1',
    mistake: {
      en: 'skips empty lines, as the client of lesson 2 had to',
      zh: '像第 2 课的客户端不得不做的那样，跳过了空行',
    },
    breaks: ['client-empty-line'],
    edits: [["  if (line.trim() === 'exit') return leave();", "  if (line.trim() === 'exit') return leave();\n  if (line === '') return;"]],
  },
  clientReadsKeyboardAsLatin1(['client-sends-frames', 'client-reply-in-pieces']),
  ...framedClientFixtures({ leaving: '08.C2', serverLeft: '08.C2' }),
];

export default fixtures;
