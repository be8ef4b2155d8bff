import type { BrokenFixture } from '../broken-program.ts';
import {
  clientRefusalStackTrace,
  heldMessageMs,
  listensOnAnyPort,
  printsPortZero,
  roomDiesOfSigterm,
  roomIgnoresOwnStdin,
  roomLogsOwnAddress,
  roomStopsAtEndOfInput,
  saysServerLeftOnStdout,
} from '../shared/mistakes.ts';

const broadcastCall = '    broadcast(`${timestamp(new Date())} ${address}\\n${text}\\n`);';

const fixtures: BrokenFixture[] = [
  printsPortZero([
    'logs-every-client',
    'broadcast-format',
    'broadcasts-to-everyone',
    'same-order-for-everyone',
    'ignores-empty-messages',
    'quit-removes-client',
    'survives-clients-leaving',
    'slow-reader-does-not-stall',
    'stops-on-quit-command',
    'keeps-running-at-eof',
    'stops-on-sigterm',
  ]),
  listensOnAnyPort(5, ['given-port']),
  roomLogsOwnAddress,
  {
    name: 'room-for-two',
    role: 'server',
    clause: '05.S1',
    mistake: {
      en: 'closes the listener when the first client comes in, as the chat for two of lesson 4 did',
      zh: '像第 4 课的两人聊天那样，第一个客户端进来就关闭监听',
    },
    // Everyone after the first is refused: every check with two members fails.
    breaks: [
      'logs-every-client',
      'broadcasts-to-everyone',
      'same-order-for-everyone',
      'ignores-empty-messages',
      'quit-removes-client',
      'survives-clients-leaving',
      'slow-reader-does-not-stall',
      'stops-on-quit-command',
      'keeps-running-at-eof',
      'stops-on-sigterm',
    ],
    edits: [['  room.add(socket);\n', '  server.close();\n  room.add(socket);\n']],
  },
  {
    name: 'decodes-as-latin1',
    role: 'server',
    clause: 'G8',
    mistake: {
      en: 'decodes each message as Latin-1, so Chinese text and emoji come out garbled',
      zh: '把每条消息按 Latin-1 解码，于是中文和 emoji 变成乱码',
    },
    breaks: ['broadcast-format', 'broadcasts-to-everyone'],
    edits: [["chunk.toString('utf8').trim()", "chunk.toString('latin1').trim()"]],
  },
  {
    name: 'keeps-members-who-left',
    role: 'server',
    clause: '05.S4',
    mistake: {
      en: "keeps a member who left in the room, with no 'error' listener: the next broadcast writes to its closed connection and the room crashes",
      zh: "成员离开后仍把它留在聊天室里，而且没有 'error' 监听函数：下一次广播写入已关闭的连接，整个聊天室就崩溃了",
    },
    breaks: ['survives-clients-leaving'],
    edits: [
      ["  socket.on('close', () => room.delete(socket));\n", ''],
      ["  socket.on('error', (error) => console.log(`${address} vanished: ${error.message}`));", "  socket.on('no-such-event', () => {});"],
    ],
  },
  {
    name: 'stamps-utc',
    role: 'server',
    clause: '05.S2',
    mistake: {
      en: 'stamps messages with UTC hours instead of local time',
      zh: '用 UTC 的小时而不是本地时间给消息打时间戳',
    },
    breaks: ['broadcast-format'],
    edits: [['${two(date.getHours())}', '${two(date.getUTCHours())}']],
  },
  {
    name: 'everyone-but-the-sender',
    role: 'server',
    clause: '05.S2',
    mistake: {
      en: 'broadcasts to everyone except the sender',
      zh: '广播给除发送者以外的所有人',
    },
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
    clause: '05.S2',
    mistake: {
      en: 'broadcasts to everyone and then writes to the sender once more',
      zh: '广播给所有人之后，又给发送者单独写了一次',
    },
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
    clause: '05.S2',
    mistake: {
      en: 'writes to the sender at once and to the others from a timer, so a later message can overtake',
      zh: '立刻写给发送者，却用定时器稍后再写给其他人，于是后来的消息可能插到前面',
    },
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
    clause: 'G10',
    mistake: {
      en: "waits for each member to take the message ('drain') before writing to the next",
      zh: "每写给一个成员都要等它收下（'drain'）才写下一个",
    },
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
    clause: '05.S3',
    mistake: {
      en: 'broadcasts a message even when nothing is left after trimming',
      zh: '去掉首尾空白后什么也不剩的消息也照样广播',
    },
    breaks: ['ignores-empty-messages'],
    edits: [["    if (text === '') return; // nothing to say\n", '']],
  },
  {
    name: 'keeps-clients-that-quit',
    role: 'server',
    clause: '05.S3',
    mistake: {
      en: "ends the connection of a client that quit but leaves it in the room, with no 'error' listener: the next broadcast writes after the end and the room crashes",
      zh: "结束了发送 quit 的客户端的连接，却把它留在聊天室里，而且没有 'error' 监听函数：下一次广播在连接结束后写入，整个聊天室就崩溃了",
    },
    breaks: ['quit-removes-client', 'survives-clients-leaving'],
    edits: [
      ["    if (text === 'quit') return dismiss(socket);", "    if (text === 'quit') return void socket.end();"],
      ["  socket.on('error', (error) => console.log(`${address} vanished: ${error.message}`));", "  socket.on('no-such-event', () => {});"],
    ],
  },
  roomStopsAtEndOfInput('05.S5'),
  roomIgnoresOwnStdin('05.S5'),
  roomDiesOfSigterm,
  {
    name: 'client-pipes-keyboard',
    role: 'client',
    clause: 'G6',
    mistake: {
      en: 'pipes stdin into the socket instead of sending line by line, so a line typed with CRLF keeps its `\\r`',
      zh: '把 stdin 直接 pipe 到套接字，而不是一行一行地发送，于是以 CRLF 结尾的行把 `\\r` 也带了过去',
    },
    breaks: ['client-sends-lines'],
    edits: [
      ['  socket.write(`${line}\\n`);\n', ''],
      ['const keyboard = readline.createInterface(', 'process.stdin.pipe(socket, { end: false });\nconst keyboard = readline.createInterface('],
    ],
  },
  {
    name: 'client-never-ends',
    role: 'client',
    clause: 'G11',
    mistake: {
      en: 'stops reading the keyboard on `quit` and at the end of input, but never ends the connection',
      zh: '收到 `quit` 或输入结束时不再读键盘，却从不结束连接',
    },
    breaks: ['client-quits-on-command', 'client-ends-at-eof'],
    edits: [['  stopKeyboard();\n  socket.end();\n  setTimeout(() => socket.destroy(), 2000).unref();\n', '  stopKeyboard();\n']],
  },
  saysServerLeftOnStdout('  if (!leaving) console.error(`${HOST}:${PORT} closed the connection`);', ['client-server-closed']),
  {
    name: 'client-not-ready',
    role: 'client',
    clause: '05.C1',
    mistake: {
      en: "never says `I'm ready.`",
      zh: "从不发送 `I'm ready.`",
    },
    breaks: ['client-says-ready'],
    edits: [['socket.write("I\'m ready.\\n");\n', '']],
  },
  {
    name: 'client-console-log',
    role: 'client',
    clause: '05.C1',
    mistake: {
      en: 'prints each chunk with console.log, which adds a newline of its own',
      zh: '用 console.log 打印每个数据块，它会自己再加一个换行',
    },
    breaks: ['client-prints-messages'],
    edits: [["socket.on('data', (chunk) => process.stdout.write(chunk));", "socket.on('data', (chunk) => console.log(chunk.toString('utf8')));"]],
  },
  {
    name: 'client-turn-by-turn',
    role: 'client',
    clause: '05.C1',
    mistake: {
      en: 'takes turns: waits for an answer before sending again, and for the user before reading again',
      zh: '轮流说话：发出一行后要等回答才能再发，打印收到的内容后要等用户输入才再读',
    },
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
    clause: '05.C2',
    mistake: {
      en: 'leaves on `quit` without telling the room',
      zh: '收到 `quit` 就离开，却不告诉聊天室',
    },
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
    clause: '05.C2',
    mistake: {
      en: 'does nothing when its input ends',
      zh: '输入结束时什么也不做',
    },
    breaks: ['client-ends-at-eof'],
    edits: [["keyboard.on('close', () => leave()); // end of input (Ctrl-D)\n", '']],
  },
  {
    name: 'client-fails-when-server-closes',
    role: 'client',
    clause: '05.C3',
    mistake: {
      en: 'exits with code 1 when the server closes, as the lesson 2 client does',
      zh: '像第 2 课的客户端那样，服务器关闭时以退出码 1 退出',
    },
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
