import type { LessonInfo } from '../../catalogue.ts';
import { clientRefusedCheck, givenPortCheck } from '../shared/check-facts.ts';

// The facts of lesson 4: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 4,
  slug: 'duplex-chat',
  chapter: 4,
  title: { en: 'The duplex chat', zh: '双向聊天' },
  roles: ['server', 'client'],
  diagram: 'server-sends-typed-lines',
  clauses: ['04.B1', '04.B2', '04.B3', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12'],
  checks: [
    givenPortCheck(4),
    {
      slug: 'server-logs-client',
      role: 'server',
      title: {
        en: "logs the other side's address when it connects",
        zh: '对方连上时打印它的地址',
      },
      points: 1,
      hint: {
        en: 'Accept one connection, close the listener (a chat for two), and print `connected from <ip>:<port>` from socket.remoteAddress and socket.remotePort (lesson 4, "Two people, one connection").',
        zh: '接受一个连接，关闭监听（两个人的聊天），并用 socket.remoteAddress 和 socket.remotePort 打印 `connected from <ip>:<port>`（第 4 课“两个人，一个连接”）。',
      },
      clauses: ['G4', 'G5'],
    },
    {
      slug: 'server-prints-incoming',
      role: 'server',
      title: {
        en: 'prints each line the other side sends as it arrives, while nothing is typed',
        zh: '对方发来的每一行一到就打印，即使这边什么也没输入',
      },
      points: 2,
      hint: {
        en: "Write every 'data' chunk to stdout the moment it arrives, whatever the keyboard is doing. Don't stop reading the socket until the user has answered (lesson 4, \"Two event sources, no threads\").",
        zh: "每个 'data' 块一到就写到 stdout，不管键盘那边在做什么。不要等用户回复之后才继续读套接字（第 4 课“两个事件源，不用线程”）。",
      },
      clauses: ['04.B1', 'G8'],
    },
    {
      slug: 'server-sends-typed-lines',
      role: 'server',
      title: {
        en: 'sends each typed line at once, several in a row, without waiting for an answer',
        zh: '输入的每一行立刻发出，可以连发几行，不必等待回复',
      },
      points: 2,
      hint: {
        en: 'Send `<line>\\n` from the readline \'line\' handler, every time. A chat that waits for the other side before it sends again is the turn-by-turn chat, and it stalls (lesson 4, "Why turn-by-turn chat stalls").',
        zh: '在 readline 的 \'line\' 处理函数里每次都发送 `<行>\\n`。等对方回话才能再发的聊天就是一问一答式聊天，它会卡住（第 4 课“一问一答的聊天为什么会卡住”）。',
      },
      clauses: ['04.B1', 'G6', 'G8'],
    },
    {
      slug: 'server-quits-on-command',
      role: 'server',
      title: {
        en: 'ends the chat and exits 0 when `quit` is typed',
        zh: '输入 `quit` 时结束聊天并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'On a `quit` line, stop reading the keyboard (rl.close()), end the socket (FIN) and let the process exit once the other side has closed too (lesson 4, "Saying goodbye").',
        zh: '读到 `quit` 行时停止读键盘（rl.close()），结束套接字（FIN），等对方也关闭后让进程退出（第 4 课“道别”）。',
      },
      clauses: ['04.B2', 'G11'],
    },
    {
      slug: 'server-ends-at-eof',
      role: 'server',
      title: {
        en: 'ends the chat and exits 0 at the end of its input',
        zh: '输入结束时结束聊天并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'When stdin ends (readline emits \'close\'), do what `quit` does: end the socket and exit 0 once the other side has closed (lesson 4, "Saying goodbye").',
        zh: "stdin 结束时（readline 发出 'close'），做和 `quit` 一样的事：结束套接字，等对方关闭后以 0 退出（第 4 课“道别”）。",
      },
      clauses: ['04.B2', 'G11'],
    },
    {
      slug: 'server-peer-left',
      role: 'server',
      title: {
        en: 'says `peer left` and exits 0 when the other side closes the connection',
        zh: '对方关闭连接时输出 `peer left` 并以 0 退出',
      },
      points: 1,
      hint: {
        en: "When the socket closes and you did not decide to leave, print `peer left` to stderr and stop reading the keyboard: an open stdin keeps Node running for ever (lesson 4, \"When the peer leaves\").",
        zh: '套接字关闭而不是你决定离开时，向 stderr 打印 `peer left` 并停止读键盘：打开着的 stdin 会让 Node 一直运行（第 4 课“对方离开时”）。',
      },
      clauses: ['04.B3'],
    },
    {
      slug: 'server-peer-reset',
      role: 'server',
      title: {
        en: 'says `peer left` once and exits 0 when the other side resets the connection',
        zh: '对方重置连接时只输出一次 `peer left` 并以 0 退出',
      },
      points: 2,
      hint: {
        en: "A reset comes as an 'error' event, then 'close'. Handle 'error' (or the program crashes) and say `peer left` in one place only, on 'close' (lesson 4, \"When the peer leaves\").",
        zh: "重置先以 'error' 事件到达，然后是 'close'。要处理 'error'（否则程序会崩溃），并且只在一个地方、在 'close' 时输出 `peer left`（第 4 课“对方离开时”）。",
      },
      clauses: ['04.B3', 'G10'],
    },
    {
      slug: 'server-stops-on-sigterm',
      role: 'server',
      title: {
        en: 'stops with exit code 0 on SIGTERM during a chat',
        zh: '聊天中收到 SIGTERM 时以退出码 0 停止',
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT close the listener, destroy the connection and exit 0 (lesson 2, "Stopping a server").',
        zh: '收到 SIGTERM/SIGINT 时关闭监听、销毁连接并以 0 退出（第 2 课“停止服务器”）。',
      },
      clauses: ['G12'],
    },
    {
      slug: 'client-prints-incoming',
      role: 'client',
      title: {
        en: 'prints each line the other side sends as it arrives, while nothing is typed',
        zh: '对方发来的每一行一到就打印，即使这边什么也没输入',
      },
      points: 2,
      hint: {
        en: "Write every 'data' chunk to stdout the moment it arrives, whatever the keyboard is doing (lesson 4, \"Two event sources, no threads\").",
        zh: "每个 'data' 块一到就写到 stdout，不管键盘那边在做什么（第 4 课“两个事件源，不用线程”）。",
      },
      clauses: ['04.B1', 'G7', 'G8'],
    },
    {
      slug: 'client-sends-typed-lines',
      role: 'client',
      title: {
        en: 'sends each typed line at once, several in a row, without waiting for an answer',
        zh: '输入的每一行立刻发出，可以连发几行，不必等待回复',
      },
      points: 2,
      hint: {
        en: 'Send `<line>\\n` from the readline \'line\' handler, every time, and never wait for a reply before the next one (lesson 4, "Why turn-by-turn chat stalls").',
        zh: '在 readline 的 \'line\' 处理函数里每次都发送 `<行>\\n`，发下一行前绝不等待回复（第 4 课“一问一答的聊天为什么会卡住”）。',
      },
      clauses: ['04.B1', 'G6', 'G8'],
    },
    {
      slug: 'client-quits-on-command',
      role: 'client',
      title: {
        en: 'ends the chat and exits 0 when `quit` is typed',
        zh: '输入 `quit` 时结束聊天并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'On a `quit` line, stop reading the keyboard, end the socket (FIN) and exit once the server has closed too, or after 2 s (lesson 4, "Saying goodbye").',
        zh: '读到 `quit` 行时停止读键盘，结束套接字（FIN），等服务器也关闭后退出，最多等 2 秒（第 4 课“道别”）。',
      },
      clauses: ['04.B2', 'G11'],
    },
    {
      slug: 'client-ends-at-eof',
      role: 'client',
      title: {
        en: 'ends the chat and exits 0 at the end of its input',
        zh: '输入结束时结束聊天并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'When stdin ends (readline emits \'close\'), end the socket as `quit` does and exit 0 (lesson 4, "Saying goodbye").',
        zh: "stdin 结束时（readline 发出 'close'），像 `quit` 一样结束套接字并以 0 退出（第 4 课“道别”）。",
      },
      clauses: ['04.B2', 'G11'],
    },
    {
      slug: 'client-peer-left',
      role: 'client',
      title: {
        en: 'says `peer left` and exits 0 when the server closes the connection',
        zh: '服务器关闭连接时输出 `peer left` 并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'When the socket closes and you did not decide to leave, print `peer left` to stderr and stop reading the keyboard so that the process can exit (lesson 4, "When the peer leaves").',
        zh: '套接字关闭而不是你决定离开时，向 stderr 打印 `peer left` 并停止读键盘，进程才能退出（第 4 课“对方离开时”）。',
      },
      clauses: ['04.B3', 'G7'],
    },
    {
      slug: 'client-peer-reset',
      role: 'client',
      title: {
        en: 'says `peer left` once and exits 0 when the server resets the connection',
        zh: '服务器重置连接时只输出一次 `peer left` 并以 0 退出',
      },
      points: 1,
      hint: {
        en: "Handle the socket's 'error' event (a reset is ECONNRESET) and say `peer left` once, on 'close' (lesson 4, \"When the peer leaves\").",
        zh: "处理套接字的 'error' 事件（重置就是 ECONNRESET），并在 'close' 时只输出一次 `peer left`（第 4 课“对方离开时”）。",
      },
      clauses: ['04.B3', 'G7', 'G9'],
    },
    clientRefusedCheck(),
  ],
};

export default lesson;
