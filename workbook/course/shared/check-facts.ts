import type { CheckInfo } from '../../catalogue.ts';

// The facts of checks that several lessons share word for word, apart from
// the lesson's own default port. (Loaded in the browser with the catalogue:
// nothing Node-only here.)

/**
 * [G3] The server listens on the PORT a check gives it. `call` is where the
 * port goes: `server.listen()`, or `socket.bind()` for a UDP server.
 */
export function givenPortCheck(lesson: number, options: { slug?: string; call?: string } = {}): CheckInfo {
  const { slug = 'server-given-port', call = 'server.listen()' } = options;
  const port = `\`Number(process.env.PORT ?? ${9000 + lesson})\``;
  return {
    slug,
    role: 'server',
    title: {
      en: 'listens on the PORT it is given',
      zh: '在给定的 PORT 上监听',
    },
    points: 1,
    hint: {
      en: `Read the port from the environment, ${port}, and pass it to ${call}: the checks choose a port of their own (lesson 1, "Bind and listen").`,
      zh: `从环境变量读取端口，${port}，再把它传给 ${call}：检查会自己挑选端口（第 1 课“绑定与监听”）。`,
    },
    clauses: ['G3', 'G4'],
  };
}

/** [G5] A TCP server that serves one client at a time or many logs each with its own address. */
export function logsClientCheck(): CheckInfo {
  return {
    slug: 'server-logs-client',
    role: 'server',
    title: {
      en: "logs the client's address when it connects",
      zh: '客户端连上时打印它的地址',
    },
    points: 1,
    hint: {
      en: "When a connection comes in, print `connected from <ip>:<port>` with socket.remoteAddress and socket.remotePort: the client's address, not your own (lesson 1, \"Accept one connection\").",
      zh: '有连接进来时，用 socket.remoteAddress 和 socket.remotePort 打印 `connected from <ip>:<port>`：是客户端的地址，不是你自己的（第 1 课“接受一个连接”）。',
    },
    clauses: ['G4', 'G5'],
  };
}

// The chat rooms of lessons 5 and 7 share these three checks; `clauses` are
// the ids the lesson gives the rules they observe.

/** A chat room logs every member with its own address. */
export function logsEveryClientCheck(clauses: string[]): CheckInfo {
  return {
    slug: 'logs-every-client',
    role: 'server',
    title: {
      en: 'logs the address of every client that connects',
      zh: '每个客户端连上时都打印它的地址',
    },
    points: 1,
    hint: {
      en: 'Keep listening after the first client: for each connection add the socket to the room and print `connected from <ip>:<port>` (lesson 5, "The room").',
      zh: '第一个客户端之后继续监听：每来一个连接，就把套接字加入聊天室，并打印 `connected from <ip>:<port>`（第 5 课“聊天室”）。',
    },
    clauses,
  };
}

/** A chat room closes on `quit` typed on its own stdin. */
export function stopsOnQuitCommandCheck(clauses: string[]): CheckInfo {
  return {
    slug: 'stops-on-quit-command',
    role: 'server',
    title: {
      en: 'closes every connection and exits 0 when `quit` is typed on its stdin',
      zh: '在它的 stdin 上输入 `quit` 时关闭所有连接并以 0 退出',
    },
    points: 1,
    hint: {
      en: 'Read the server\'s own stdin with readline; on a `quit` line close the listener, destroy every member and exit 0 (lesson 5, "Closing the room").',
      zh: '用 readline 读服务器自己的 stdin；读到 `quit` 行时关闭监听、销毁每个成员并以 0 退出（第 5 课“关闭聊天室”）。',
    },
    clauses,
  };
}

/** A chat room goes on when its own stdin ends. */
export function keepsRunningAtEofCheck(clauses: string[]): CheckInfo {
  return {
    slug: 'keeps-running-at-eof',
    role: 'server',
    title: {
      en: 'keeps serving after its stdin ends',
      zh: '它的 stdin 结束后继续服务',
    },
    points: 1,
    hint: {
      en: 'End of input on the server\'s stdin is not `quit`: a server started with no terminal sees it at once. Stop reading stdin, nothing more (lesson 5, "Closing the room").',
      zh: '服务器 stdin 的输入结束并不是 `quit`：没有终端启动的服务器一开始就会遇到它。只需停止读 stdin，别的什么都不做（第 5 课“关闭聊天室”）。',
    },
    clauses,
  };
}

/**
 * [G3][G9] A client with no server to talk to says so in one line and exits 1.
 * Lesson 1 teaches it and gives its own hint; the later lessons point back there.
 */
export function clientRefusedCheck(options: { clauses?: string[]; hint?: CheckInfo['hint'] } = {}): CheckInfo {
  return {
    slug: 'client-refused',
    role: 'client',
    title: {
      en: 'names the address and exits 1 when no server is listening',
      zh: '没有服务器监听时说出地址并以 1 退出',
    },
    points: 1,
    hint: options.hint ?? {
      en: 'Handle the connection\'s \'error\' before it is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, "When nobody answers").',
      zh: '在连接建立之前就处理 \'error\'：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。',
    },
    clauses: [...(options.clauses ?? []), 'G3', 'G9'],
  };
}
