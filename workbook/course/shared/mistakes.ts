import type { BrokenFixture } from '../broken-program.ts';
import { limits } from '../../harness/limits.ts';

// Broken fixtures that several lessons share, because their solutions share
// the code the mistake is made in.

/** The clients of lessons 2, 4, 5, 6 and 8 connect with the same `await once(socket, 'connect')`. */
export const clientRefusalStackTrace: BrokenFixture = {
  name: 'client-refusal-stack-trace',
  role: 'client',
  clause: 'G9',
  mistake: {
    en: 'lets a refused connection end in a stack trace',
    zh: '连接被拒绝时任由程序带着调用栈崩溃',
  },
  breaks: ['client-refused'],
  edits: [['  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);\n  process.exit(1);', '  throw error;']],
};

/** The chat rooms of lessons 5 and 7 close the same way on a signal. */
export const roomDiesOfSigterm: BrokenFixture = {
  name: 'dies-of-sigterm',
  role: 'server',
  clause: 'G12',
  mistake: {
    en: 'has no signal handlers, so SIGTERM kills it',
    zh: '没有信号处理函数，于是被 SIGTERM 直接杀死',
  },
  breaks: ['stops-on-sigterm'],
  edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, closeRoom);\n", '']],
};

/** The line the servers of lessons 2, 3, 4, 6 and 8 log a client with. */
const logsClient: [string, string] = [
  'console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);',
  'console.log(`connected from ${socket.localAddress}:${socket.localPort}`);',
];

/** [G5] The server logs its own address where the client's belongs; `edit` makes it so in a solution other than the usual. */
export function logsOwnAddress(breaks = ['server-logs-client'], edit = logsClient): BrokenFixture {
  return {
    name: 'logs-own-address',
    role: 'server',
    clause: 'G5',
    mistake: {
      en: "logs the server's own address instead of the client's",
      zh: '打印的是服务器自己的地址，而不是客户端的',
    },
    breaks,
    edits: [edit],
  };
}

/** The chat rooms of lessons 5 and 7 log a member the same way. */
export const roomLogsOwnAddress = logsOwnAddress(
  ['logs-every-client'],
  ['  console.log(`connected from ${address}`);', '  console.log(`connected from ${socket.localAddress}:${socket.localPort}`);'],
);

/** The chat rooms of lessons 5 and 7 read `quit` on their own stdin the same way; `clause` is the lesson's rule for it. */
export function roomStopsAtEndOfInput(clause: string): BrokenFixture {
  return {
    name: 'stops-at-end-of-input',
    role: 'server',
    clause,
    mistake: {
      en: 'closes the room when its stdin ends, as if `quit` had been typed',
      zh: '自己的 stdin 结束时就关闭聊天室，好像输入了 `quit` 一样',
    },
    breaks: ['keeps-running-at-eof'],
    edits: [["keyboard.on('line', (line) => {", "keyboard.on('close', () => closeRoom());\nkeyboard.on('line', (line) => {"]],
  };
}

export function roomIgnoresOwnStdin(clause: string): BrokenFixture {
  return {
    name: 'ignores-own-stdin',
    role: 'server',
    clause,
    mistake: {
      en: 'does nothing when `quit` is typed on its stdin',
      zh: '在自己的 stdin 上输入 `quit` 时什么也不做',
    },
    breaks: ['stops-on-quit-command'],
    edits: [["  if (line.trim() === 'quit') closeRoom();\n", '']],
  };
}

/**
 * [G3] Every server but lesson 13's reads its port with the same line; this
 * one listens on port 0 whatever PORT says, which only the check that gives
 * it a port of its own can tell.
 */
export function listensOnAnyPort(lesson: number, breaks = ['server-given-port']): BrokenFixture {
  return {
    name: 'listens-on-any-port',
    role: 'server',
    clause: 'G3',
    mistake: {
      en: 'ignores PORT and always listens on port 0, a port of the system\'s choosing',
      zh: '忽略 PORT，总是在 0 号端口上监听，端口由系统随意挑选',
    },
    breaks,
    edits: [[`Number(process.env.PORT ?? ${9000 + lesson})`, '0']],
  };
}

/**
 * [G4] Every server but lesson 13's prints its ready line with the same line;
 * this one prints the PORT it was given: with PORT=0, port 0.
 */
export function printsPortZero(breaks: string[]): BrokenFixture {
  return {
    name: 'prints-port-zero',
    role: 'server',
    clause: 'G4',
    mistake: {
      en: 'prints the PORT it was given (0) instead of the port it got',
      zh: '打印给定的 PORT（0），而不是实际得到的端口',
    },
    breaks,
    edits: [['console.log(`listening on ${address}:${port}`);', 'console.log(`listening on ${HOST}:${PORT}`);']],
  };
}

/**
 * [G6] The clients of lessons 2, 6, 8, 9 and 13 read the keyboard with the
 * same readline; this one decodes it as Latin-1 first ('binary' is its old
 * name), so typed Chinese text turns into other characters.
 */
export function clientReadsKeyboardAsLatin1(breaks: string[]): BrokenFixture {
  return {
    name: 'client-reads-keyboard-as-latin1',
    role: 'client',
    clause: 'G6',
    mistake: {
      en: "reads stdin with setEncoding('binary'), which is Latin-1, so typed Chinese text goes out garbled",
      zh: "用 setEncoding('binary') 读 stdin，那其实是 Latin-1，于是输入的中文发出去就成了乱码",
    },
    breaks,
    edits: [
      [
        'const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });',
        "process.stdin.setEncoding('binary');\nconst input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });",
      ],
    ],
  };
}

/**
 * [G7] The client says that the server left on stdout, where only what the
 * server sent belongs: `said` is the solution's console.error() line.
 */
export function saysServerLeftOnStdout(said: string, breaks = ['client-server-closed-first']): BrokenFixture {
  return {
    name: 'client-error-on-stdout',
    role: 'client',
    clause: 'G7',
    mistake: {
      en: 'says that the server left with console.log, on stdout, where only what the server sent belongs',
      zh: '用 console.log 把“服务器已离开”打印到 stdout，而 stdout 上只该有服务器发来的内容',
    },
    breaks,
    edits: [[said, said.replace('console.error(', 'console.log(')]],
  };
}

/**
 * How long a fixture that holds a message back until the next one arrives
 * (lesson 5's `others-later`, lesson 9's `joins-datagrams`) keeps it when no
 * next one comes. Its fault then shows whenever a check sends two messages at
 * the same moment, however slowly the program runs: the harness sends them in
 * one go, microseconds apart, not half a second. And it costs little: each
 * message held that long still arrives well within a check's reply limit, and
 * the few that are held add seconds at most to a check's whole time.
 */
export const heldMessageMs = Math.round(limits.replyMs / 6);
