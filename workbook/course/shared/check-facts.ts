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
