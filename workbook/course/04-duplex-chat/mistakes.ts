import type { BrokenFixture } from '../broken-program.ts';
import { clientRefusalStackTrace } from '../shared/mistakes.ts';

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
  {
    name: 'logs-own-address',
    role: 'server',
    mistake: "logs the server's own address instead of the client's",
    breaks: ['server-logs-client'],
    edits: [['console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);', 'console.log(`connected from ${socket.localAddress}:${socket.localPort}`);']],
  },
  {
    name: 'turn-by-turn',
    role: 'server',
    mistake: 'takes turns like the original tutorial: waits for an answer before sending again, and for the user before reading again',
    breaks: ['server-prints-incoming', 'server-sends-typed-lines'],
    edits: turnByTurn('  '),
  },
  {
    name: 'silent-when-peer-leaves',
    role: 'server',
    mistake: 'exits without saying `peer left`',
    breaks: ['server-peer-left', 'server-peer-reset'],
    edits: sayNothingWhenPeerLeaves('  '),
  },
  {
    name: 'peer-left-twice-on-reset',
    role: 'server',
    mistake: "says `peer left` on 'error' and again on 'close', so twice after a reset",
    breaks: ['server-peer-reset'],
    edits: sayPeerLeftOnErrorToo('  '),
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    mistake: "has no 'error' handler, so a reset crashes it",
    breaks: ['server-peer-reset'],
    edits: noErrorHandler('  '),
  },
  {
    name: 'keeps-reading-keyboard',
    role: 'server',
    mistake: 'says `peer left` but keeps reading stdin, which keeps the process running',
    breaks: ['server-peer-left', 'server-peer-reset'],
    edits: [['    leaving = true;\n    stopKeyboard();\n  });', '    leaving = true;\n  });']],
  },
  {
    name: 'sends-quit',
    role: 'server',
    mistake: 'sends `quit` to the other side like any line instead of leaving',
    breaks: ['server-quits-on-command'],
    edits: ignoreQuit('  '),
  },
  {
    name: 'ignores-end-of-input',
    role: 'server',
    mistake: 'does nothing when its input ends',
    breaks: ['server-ends-at-eof'],
    edits: ignoreEndOfInput('  '),
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    mistake: 'has no signal handlers, so SIGTERM kills it',
    breaks: ['server-stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },
  {
    name: 'client-turn-by-turn',
    role: 'client',
    mistake: 'takes turns like the original tutorial: waits for an answer before sending again, and for the user before reading again',
    breaks: ['client-prints-incoming', 'client-sends-typed-lines'],
    edits: turnByTurn(''),
  },
  {
    name: 'client-silent-when-peer-leaves',
    role: 'client',
    mistake: 'exits without saying `peer left`',
    breaks: ['client-peer-left', 'client-peer-reset'],
    edits: sayNothingWhenPeerLeaves(''),
  },
  {
    name: 'client-crashes-on-reset',
    role: 'client',
    mistake: "has no 'error' handler, so a reset crashes it",
    breaks: ['client-peer-reset'],
    edits: noErrorHandler(''),
  },
  {
    name: 'client-sends-quit',
    role: 'client',
    mistake: 'sends `quit` to the other side like any line instead of leaving',
    breaks: ['client-quits-on-command'],
    edits: ignoreQuit(''),
  },
  {
    name: 'client-ignores-end-of-input',
    role: 'client',
    mistake: 'does nothing when its input ends',
    breaks: ['client-ends-at-eof'],
    edits: ignoreEndOfInput(''),
  },
  clientRefusalStackTrace,
];

export default fixtures;
