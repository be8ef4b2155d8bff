import type { BrokenFixture } from '../broken-program.ts';
import { clientRefusalStackTrace, listensOnAnyPort, logsOwnAddress, printsPortZero } from '../shared/mistakes.ts';

// The server's chat() and the client's top level are the same code, indented
// differently; these build the edits for either.

/**
 * The turn-by-turn chat of the original tutorial, in Node: after printing
 * what arrived, stop reading until the user has sent a line; after sending a
 * line, send nothing more until the other side has answered.
 */
function turnByTurn(indent: string): [string, string][] {
  const lines = (...text: string[]) => text.map((line) => indent + line).join('\n');
  return [
    [
      lines("socket.on('data', (chunk) => process.stdout.write(chunk));"),
      lines(
        'let awaitingReply = false;',
        'const typed: string[] = [];',
        'const sendNext = () => {',
        '  if (awaitingReply || typed.length === 0) return;',
        '  socket.write(`${typed.shift()}\\n`);',
        '  awaitingReply = true;',
        '  socket.resume();',
        '};',
        "socket.on('data', (chunk) => {",
        '  process.stdout.write(chunk);',
        '  socket.pause();',
        '  awaitingReply = false;',
        '  sendNext();',
        '});',
      ),
    ],
    [lines('  else socket.write(`${line}\\n`);'), lines('  else {', '    typed.push(line);', '    sendNext();', '  }')],
    // Leaving reads again, so that the goodbye itself does not hang.
    [lines('  leaving = true;', '  stopKeyboard();', '  socket.end();'), lines('  leaving = true;', '  stopKeyboard();', '  socket.resume();', '  socket.end();')],
  ];
}

function sayNothingWhenPeerLeaves(indent: string): [string, string][] {
  return [[`${indent}  if (!leaving) console.error('peer left');\n`, '']];
}

function sayPeerLeftOnErrorToo(indent: string): [string, string][] {
  return [[`${indent}socket.on('error', () => {});`, `${indent}socket.on('error', () => console.error('peer left'));`]];
}

function noErrorHandler(indent: string): [string, string][] {
  return [[`${indent}socket.on('error', () => {});`, `${indent}socket.on('no-such-event', () => {});`]];
}

function ignoreQuit(indent: string): [string, string][] {
  return [[`${indent}  if (line.trim() === 'quit') leave();\n${indent}  else socket.write`, `${indent}  socket.write`]];
}

function ignoreEndOfInput(indent: string): [string, string][] {
  return [[`${indent}keyboard.on('close', () => leave()); // end of input (Ctrl-D)\n`, '']];
}

const fixtures: BrokenFixture[] = [
  printsPortZero([
    'server-logs-client',
    'server-prints-incoming',
    'server-sends-typed-lines',
    'server-quits-on-command',
    'server-ends-at-eof',
    'server-peer-left',
    'server-peer-reset',
    'server-stops-on-sigterm',
  ]),
  listensOnAnyPort(4),
  logsOwnAddress(),
  {
    name: 'turn-by-turn',
    role: 'server',
    clause: '04.B1',
    mistake: {
      en: 'takes turns like the original tutorial: waits for an answer before sending again, and for the user before reading again',
      zh: '像原来的教程那样轮流说话：发出一行后要等对方回答才能再发，打印收到的内容后要等用户输入才再读',
    },
    breaks: ['server-prints-incoming', 'server-sends-typed-lines'],
    edits: turnByTurn('  '),
  },
  {
    name: 'prints-as-latin1',
    role: 'server',
    clause: 'G8',
    mistake: {
      en: 'decodes what arrives as Latin-1 before printing it, so Chinese text comes out garbled',
      zh: '打印之前把收到的字节按 Latin-1 解码，于是中文变成乱码',
    },
    breaks: ['server-prints-incoming'],
    edits: [["  socket.on('data', (chunk) => process.stdout.write(chunk));", "  socket.on('data', (chunk) => process.stdout.write(chunk.toString('latin1')));"]],
  },
  {
    name: 'pipes-keyboard',
    role: 'server',
    clause: 'G6',
    mistake: {
      en: 'pipes stdin into the socket instead of sending line by line, so a line typed with CRLF keeps its `\\r`',
      zh: '把 stdin 直接 pipe 到套接字，而不是一行一行地发送，于是以 CRLF 结尾的行把 `\\r` 也带了过去',
    },
    breaks: ['server-sends-typed-lines'],
    edits: [
      ['    else socket.write(`${line}\\n`);\n', ''],
      ["  keyboard.on('close', () => leave()); // end of input (Ctrl-D)\n", "  keyboard.on('close', () => leave()); // end of input (Ctrl-D)\n  process.stdin.pipe(socket, { end: false });\n"],
    ],
  },
  {
    name: 'never-ends',
    role: 'server',
    clause: 'G11',
    mistake: {
      en: 'stops reading the keyboard on `quit` and at the end of input, but never ends the connection',
      zh: '收到 `quit` 或输入结束时不再读键盘，却从不结束连接',
    },
    breaks: ['server-quits-on-command', 'server-ends-at-eof'],
    edits: [['    stopKeyboard();\n    socket.end();\n    setTimeout(() => socket.destroy(), 2000).unref();\n', '    stopKeyboard();\n']],
  },
  {
    name: 'silent-when-peer-leaves',
    role: 'server',
    clause: '04.B3',
    mistake: {
      en: 'exits without saying `peer left`',
      zh: '退出时不说 `peer left`',
    },
    breaks: ['server-peer-left', 'server-peer-reset'],
    edits: sayNothingWhenPeerLeaves('  '),
  },
  {
    name: 'peer-left-twice-on-reset',
    role: 'server',
    clause: '04.B3',
    mistake: {
      en: "says `peer left` on 'error' and again on 'close', so twice after a reset",
      zh: "在 'error' 和 'close' 里各说一次 `peer left`，于是连接被重置时说了两次",
    },
    breaks: ['server-peer-reset'],
    edits: sayPeerLeftOnErrorToo('  '),
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    clause: 'G10',
    mistake: {
      en: "has no 'error' handler, so a reset crashes it",
      zh: "没有 'error' 处理函数，对方一重置连接程序就崩溃",
    },
    breaks: ['server-peer-reset'],
    edits: noErrorHandler('  '),
  },
  {
    name: 'keeps-reading-keyboard',
    role: 'server',
    clause: '04.B3',
    mistake: {
      en: 'says `peer left` but keeps reading stdin, which keeps the process running',
      zh: '说了 `peer left`，却还在读 stdin，于是进程一直不退出',
    },
    breaks: ['server-peer-left', 'server-peer-reset'],
    edits: [['    leaving = true;\n    stopKeyboard();\n  });', '    leaving = true;\n  });']],
  },
  {
    name: 'sends-quit',
    role: 'server',
    clause: '04.B2',
    mistake: {
      en: 'sends `quit` to the other side like any line instead of leaving',
      zh: '把 `quit` 当作普通的一行发给对方，而不是离开',
    },
    breaks: ['server-quits-on-command'],
    edits: ignoreQuit('  '),
  },
  {
    name: 'ignores-end-of-input',
    role: 'server',
    clause: '04.B2',
    mistake: {
      en: 'does nothing when its input ends',
      zh: '输入结束时什么也不做',
    },
    breaks: ['server-ends-at-eof'],
    edits: ignoreEndOfInput('  '),
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    clause: 'G12',
    mistake: {
      en: 'has no signal handlers, so SIGTERM kills it',
      zh: '没有信号处理函数，于是被 SIGTERM 直接杀死',
    },
    breaks: ['server-stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },
  {
    name: 'client-turn-by-turn',
    role: 'client',
    clause: '04.B1',
    mistake: {
      en: 'takes turns like the original tutorial: waits for an answer before sending again, and for the user before reading again',
      zh: '像原来的教程那样轮流说话：发出一行后要等对方回答才能再发，打印收到的内容后要等用户输入才再读',
    },
    breaks: ['client-prints-incoming', 'client-sends-typed-lines'],
    edits: turnByTurn(''),
  },
  {
    name: 'client-silent-when-peer-leaves',
    role: 'client',
    clause: '04.B3',
    mistake: {
      en: 'exits without saying `peer left`',
      zh: '退出时不说 `peer left`',
    },
    breaks: ['client-peer-left', 'client-peer-reset'],
    edits: sayNothingWhenPeerLeaves(''),
  },
  {
    name: 'client-peer-left-on-stdout',
    role: 'client',
    clause: 'G7',
    mistake: {
      en: 'says `peer left` with console.log, on stdout, where only what the peer sent belongs',
      zh: '用 console.log 把 `peer left` 打印到 stdout，而 stdout 上只该有对方发来的内容',
    },
    breaks: ['client-peer-left', 'client-peer-reset'],
    edits: [["  if (!leaving) console.error('peer left');", "  if (!leaving) console.log('peer left');"]],
  },
  {
    name: 'client-crashes-on-reset',
    role: 'client',
    clause: 'G9',
    mistake: {
      en: "has no 'error' handler, so a reset crashes it",
      zh: "没有 'error' 处理函数，对方一重置连接程序就带着调用栈崩溃",
    },
    breaks: ['client-peer-reset'],
    edits: noErrorHandler(''),
  },
  {
    name: 'client-sends-quit',
    role: 'client',
    clause: '04.B2',
    mistake: {
      en: 'sends `quit` to the other side like any line instead of leaving',
      zh: '把 `quit` 当作普通的一行发给对方，而不是离开',
    },
    breaks: ['client-quits-on-command'],
    edits: ignoreQuit(''),
  },
  {
    name: 'client-ignores-end-of-input',
    role: 'client',
    clause: '04.B2',
    mistake: {
      en: 'does nothing when its input ends',
      zh: '输入结束时什么也不做',
    },
    breaks: ['client-ends-at-eof'],
    edits: ignoreEndOfInput(''),
  },
  clientRefusalStackTrace,
];

export default fixtures;
