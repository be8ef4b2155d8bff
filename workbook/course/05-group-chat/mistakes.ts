import type { BrokenFixture } from '../broken-program.ts';
import { clientRefusalStackTrace, heldMessageMs, roomDiesOfSigterm } from '../shared/mistakes.ts';

const broadcastCall = '    broadcast(`${timestamp(new Date())} ${address}\\n${text}\\n`);';

const fixtures: BrokenFixture[] = [
  {
    name: 'logs-own-address',
    role: 'server',
    mistake: "logs the server's own address instead of the client's",
    breaks: ['logs-every-client'],
    edits: [['  console.log(`connected from ${address}`);', '  console.log(`connected from ${socket.localAddress}:${socket.localPort}`);']],
  },
  {
    name: 'stamps-utc',
    role: 'server',
    mistake: 'stamps messages with UTC hours instead of local time',
    breaks: ['broadcast-format'],
    edits: [['${two(date.getHours())}', '${two(date.getUTCHours())}']],
  },
  {
    name: 'everyone-but-the-sender',
    role: 'server',
    mistake: 'broadcasts to everyone except the sender',
    breaks: ['broadcast-format', 'broadcasts-to-everyone', 'same-order-for-everyone'],
    edits: [
      [
        broadcastCall,
        '    const message = `${timestamp(new Date())} ${address}\\n${text}\\n`;\n    for (const member of room) if (member !== socket) member.write(message);',
      ],
    ],
  },
  {
    name: 'twice-to-the-sender',
    role: 'server',
    mistake: 'broadcasts to everyone and then writes to the sender once more',
    breaks: ['broadcast-format', 'broadcasts-to-everyone', 'same-order-for-everyone'],
    edits: [
      [
        broadcastCall,
        '    const message = `${timestamp(new Date())} ${address}\\n${text}\\n`;\n    broadcast(message);\n    socket.write(message);',
      ],
    ],
  },
  {
    name: 'others-later',
    role: 'server',
    mistake: 'writes to the sender at once and to the others from a timer, so a later message can overtake',
    breaks: ['same-order-for-everyone'],
    // The others' copy waits for the next message, whoever sends it, and
    // goes out after that message's sender has had its own copy: whenever two
    // messages arrive together, as in the check that sends them at the same
    // moment, the second overtakes the first, however slowly the room runs.
    // With no next message it goes out after a while, so that the checks that
    // send one message at a time still pass; a room held up past that while
    // reads what came meanwhile first (Node runs late timers before I/O,
    // setImmediate after it).
    edits: [
      [
        'const room = new Set<net.Socket>();\n',
        [
          'const room = new Set<net.Socket>();',
          'let heldCopies: (() => void) | undefined;',
          'function writeHeldCopies(): void {',
          '  const write = heldCopies;',
          '  heldCopies = undefined;',
          '  write?.();',
          '}',
          '',
        ].join('\n'),
      ],
      [
        broadcastCall,
        [
          '    const message = `${timestamp(new Date())} ${address}\\n${text}\\n`;',
          '    socket.write(message);',
          '    writeHeldCopies();',
          '    const copies = () => {',
          '      for (const member of room) if (member !== socket) member.write(message);',
          '    };',
          '    heldCopies = copies;',
          `    setTimeout(() => setImmediate(() => heldCopies === copies && writeHeldCopies()), ${heldMessageMs});`,
        ].join('\n'),
      ],
    ],
  },
  {
    name: 'waits-for-every-member',
    role: 'server',
    mistake: "waits for each member to take the message ('drain') before writing to the next",
    breaks: ['slow-reader-does-not-stall'],
    edits: [
      ['function broadcast(message: string): void {', 'async function broadcast(message: string): Promise<void> {'],
      [
        '    member.write(message);\n    if (member.writableLength > maxWaitingBytes) member.destroy();',
        "    if (!member.write(message) && !member.destroyed) await new Promise((resolve) => member.once('drain', resolve));",
      ],
      ['const maxWaitingBytes = 32 * 1024 * 1024;\n', ''],
    ],
  },
  {
    name: 'broadcasts-empty-messages',
    role: 'server',
    mistake: 'broadcasts a message even when nothing is left after trimming',
    breaks: ['ignores-empty-messages'],
    edits: [["    if (text === '') return; // nothing to say\n", '']],
  },
  {
    name: 'keeps-clients-that-quit',
    role: 'server',
    mistake: "ends the connection of a client that quit but leaves it in the room, with no 'error' listener: the next broadcast writes after the end and the room crashes",
    breaks: ['quit-removes-client', 'survives-clients-leaving'],
    edits: [
      ["    if (text === 'quit') return dismiss(socket);", "    if (text === 'quit') return void socket.end();"],
      ["  socket.on('error', (error) => console.log(`${address} vanished: ${error.message}`));", "  socket.on('no-such-event', () => {});"],
    ],
  },
  {
    name: 'stops-at-end-of-input',
    role: 'server',
    mistake: 'closes the room when its stdin ends, as if `quit` had been typed',
    breaks: ['keeps-running-at-eof'],
    edits: [["keyboard.on('line', (line) => {", "keyboard.on('close', () => closeRoom());\nkeyboard.on('line', (line) => {"]],
  },
  {
    name: 'ignores-own-stdin',
    role: 'server',
    mistake: 'does nothing when `quit` is typed on its stdin',
    breaks: ['stops-on-quit-command'],
    edits: [["  if (line.trim() === 'quit') closeRoom();\n", '']],
  },
  roomDiesOfSigterm,
  {
    name: 'client-not-ready',
    role: 'client',
    mistake: "never says `I'm ready.`",
    breaks: ['client-says-ready'],
    edits: [['socket.write("I\'m ready.\\n");\n', '']],
  },
  {
    name: 'client-console-log',
    role: 'client',
    mistake: 'prints each chunk with console.log, which adds a newline of its own',
    breaks: ['client-prints-messages'],
    edits: [["socket.on('data', (chunk) => process.stdout.write(chunk));", "socket.on('data', (chunk) => console.log(chunk.toString('utf8')));"]],
  },
  {
    name: 'client-turn-by-turn',
    role: 'client',
    mistake: 'takes turns: waits for an answer before sending again, and for the user before reading again',
    breaks: ['client-prints-messages', 'client-sends-lines'],
    edits: [
      [
        "socket.on('data', (chunk) => process.stdout.write(chunk));",
        [
          'let awaitingReply = false;',
          'const typed: string[] = [];',
          'const sendNext = () => {',
          '  if (awaitingReply || typed.length === 0) return;',
          '  const line = typed.shift()!;',
          '  socket.write(`${line}\\n`);',
          '  awaitingReply = true;',
          '  socket.resume();',
          "  if (line.trim() === 'quit') leave();",
          '};',
          "socket.on('data', (chunk) => {",
          '  process.stdout.write(chunk);',
          '  socket.pause();',
          '  awaitingReply = false;',
          '  sendNext();',
          '});',
        ].join('\n'),
      ],
      [
        "  socket.write(`${line}\\n`);\n  // The room hears our `quit` (it closes our connection); then we leave.\n  if (line.trim() === 'quit') leave();",
        '  typed.push(line);\n  sendNext();',
      ],
    ],
  },
  {
    name: 'client-keeps-quit-to-itself',
    role: 'client',
    mistake: 'leaves on `quit` without telling the room',
    breaks: ['client-quits-on-command'],
    edits: [
      [
        "  socket.write(`${line}\\n`);\n  // The room hears our `quit` (it closes our connection); then we leave.\n  if (line.trim() === 'quit') leave();",
        "  if (line.trim() === 'quit') return leave();\n  socket.write(`${line}\\n`);",
      ],
    ],
  },
  {
    name: 'client-ignores-end-of-input',
    role: 'client',
    mistake: 'does nothing when its input ends',
    breaks: ['client-ends-at-eof'],
    edits: [["keyboard.on('close', () => leave()); // end of input (Ctrl-D)\n", '']],
  },
  {
    name: 'client-fails-when-server-closes',
    role: 'client',
    mistake: 'exits with code 1 when the server closes, as the lesson 2 client does',
    breaks: ['client-server-closed'],
    edits: [
      [
        '  if (!leaving) console.error(`${HOST}:${PORT} closed the connection`);',
        '  if (!leaving) {\n    console.error(`${HOST}:${PORT} closed the connection`);\n    process.exitCode = 1;\n  }',
      ],
    ],
  },
  clientRefusalStackTrace,
];

export default fixtures;
