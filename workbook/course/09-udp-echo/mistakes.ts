import type { BrokenFixture } from '../broken-program.ts';
import { heldMessageMs } from '../shared/mistakes.ts';

const echo = '  socket.send(datagram, sender.port, sender.address);';

const fixtures: BrokenFixture[] = [
  {
    name: 'joins-datagrams',
    role: 'server',
    mistake: 'collects what arrives within 20 ms and echoes it as one datagram, as if UDP were a stream',
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
    mistake: 'sends each line of a datagram back as a datagram of its own',
    breaks: ['server-echoes-datagrams', 'server-back-to-back'],
    edits: [[echo, "  for (const line of datagram.toString('utf8').split('\\n')) socket.send(line, sender.port, sender.address);"]],
  },
  {
    name: 'truncates-at-1024',
    role: 'server',
    mistake: "keeps Python's recvfrom(1024) habit and cuts datagrams to 1024 bytes",
    breaks: ['server-largest-datagram'],
    edits: [[echo, '  socket.send(datagram.subarray(0, 1024), sender.port, sender.address);']],
  },
  {
    name: 'skips-empty-datagrams',
    role: 'server',
    mistake: 'ignores zero-length datagrams',
    breaks: ['server-empty-datagram'],
    edits: [[echo, `  if (datagram.length === 0) return;\n${echo}`]],
  },
  {
    name: 'answers-first-sender',
    role: 'server',
    mistake: 'remembers the first client, as if it were a connection, and answers everyone there',
    breaks: ['server-answers-each-sender'],
    edits: [
      ['// #region echo\n', '// #region echo\nlet client: dgram.RemoteInfo | undefined;\n'],
      [echo, '  client ??= sender;\n  socket.send(datagram, client.port, client.address);'],
    ],
  },
  {
    name: 'no-log',
    role: 'server',
    mistake: 'echoes without logging what it received',
    breaks: ['server-logs-datagrams'],
    edits: [["  console.log(`received from ${sender.address}:${sender.port}: ${datagram.toString('utf8')}`);\n", '']],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    mistake: 'has no signal handlers, so SIGTERM kills it',
    breaks: ['server-stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },
  {
    name: 'client-no-timeout',
    role: 'client',
    mistake: 'waits for a reply for ever, so one lost datagram hangs it',
    breaks: ['client-retries', 'client-times-out'],
    edits: [["await once(socket, 'message', { signal: AbortSignal.timeout(ms) })", "await once(socket, 'message')"]],
  },
  {
    name: 'client-no-retry',
    role: 'client',
    mistake: 'waits as long as three tries would, but sends only once',
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
    mistake: 'tries four times instead of three',
    breaks: ['client-times-out'],
    edits: [['const tries = 3;', 'const tries = 4;']],
  },
  {
    name: 'client-sends-twice',
    role: 'client',
    mistake: 'sends the datagram once before the retry loop and again in it: every line goes out twice at once, four times in all',
    breaks: ['client-times-out'],
    edits: [['  for (let attempt = 1; attempt <= tries; attempt++) {', '  socket.send(message, PORT, HOST);\n  for (let attempt = 1; attempt <= tries; attempt++) {']],
  },
  {
    name: 'client-trims-lines',
    role: 'client',
    mistake: 'trims each line before sending it',
    breaks: ['client-sends-datagrams'],
    edits: [["  const reply = await ask(Buffer.from(line, 'utf8'));", "  const reply = await ask(Buffer.from(line.trim(), 'utf8'));"]],
  },
  {
    name: 'client-skips-empty-lines',
    role: 'client',
    mistake: 'skips empty lines, as the TCP client of lesson 2 had to',
    breaks: ['client-empty-line'],
    edits: [["  if (line.trim() === 'exit') break;", "  if (line.trim() === 'exit') break;\n  if (line === '') continue;"]],
  },
  {
    name: 'client-splits-long-lines',
    role: 'client',
    mistake: 'sends a long line in datagrams of 8192 bytes',
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
    mistake: 'compares the untrimmed line with `exit`, so `  exit  ` is sent as a message',
    breaks: ['client-exit'],
    edits: [["  if (line.trim() === 'exit') break;", "  if (line === 'exit') break;"]],
  },
  {
    name: 'client-exits-at-eof-at-once',
    role: 'client',
    mistake: 'exits as soon as the input ends, before the last line has had its answer',
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
