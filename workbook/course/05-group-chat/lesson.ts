import type { LessonInfo } from '../../catalogue.ts';
import { clientRefusedCheck, givenPortCheck, keepsRunningAtEofCheck, logsEveryClientCheck, stopsOnQuitCommandCheck } from '../shared/check-facts.ts';

// The facts of lesson 5: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 5,
  slug: 'group-chat',
  chapter: 4,
  title: { en: 'The chat room', zh: '聊天室' },
  roles: ['server', 'client'],
  diagram: 'broadcasts-to-everyone',
  clauses: ['05.S1', '05.S2', '05.S3', '05.S4', '05.S5', '05.C1', '05.C2', '05.C3', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12'],
  checks: [
    givenPortCheck(5, { slug: 'given-port' }),
    logsEveryClientCheck(['05.S1', 'G4', 'G5']),
    {
      slug: 'broadcast-format',
      role: 'server',
      title: {
        en: "sends a message back to its sender with the local time and the sender's address",
        zh: '把消息连同本地时间和发送者地址发回给发送者',
      },
      points: 2,
      hint: {
        en: 'Broadcast `YYYY/MM/DD HH:MM:SS <ip>:<port>\\n<text>\\n`: local time with two-digit fields (getHours(), not getUTCHours()), the sender\'s socket.remoteAddress and remotePort, and the message trimmed (lesson 5, "Broadcasting").',
        zh: '广播 `YYYY/MM/DD HH:MM:SS <ip>:<port>\\n<文本>\\n`：本地时间，各字段两位（用 getHours()，不是 getUTCHours()），发送者的 socket.remoteAddress 和 remotePort，消息去掉首尾空白（第 5 课“广播”）。',
      },
      clauses: ['05.S2', 'G8'],
    },
    {
      slug: 'broadcasts-to-everyone',
      role: 'server',
      title: {
        en: 'sends every message to every client, the sender included, exactly once',
        zh: '把每条消息发给每个客户端，包括发送者，每人恰好一次',
      },
      points: 2,
      hint: {
        en: 'Loop once over the whole room and write the message to each member: no skipping the sender, no extra write for it (lesson 5, "Broadcasting").',
        zh: '对整个聊天室循环一次，给每个成员写一次：不要跳过发送者，也不要再单独给它写一次（第 5 课“广播”）。',
      },
      clauses: ['05.S1', '05.S2', 'G8'],
    },
    {
      slug: 'same-order-for-everyone',
      role: 'server',
      title: {
        en: 'delivers messages sent at the same moment in the same order to everyone',
        zh: '同时发出的消息，每个人收到的顺序都相同',
      },
      points: 1,
      hint: {
        en: 'Write each message to every member at once, in the same loop, before handling the next one. Delaying some deliveries (a timer, a queue) lets a later message overtake (lesson 5, "Same order for everyone").',
        zh: '在同一个循环里立刻把每条消息写给所有成员，然后再处理下一条。推迟一部分投递（定时器、队列）会让后来的消息抢先（第 5 课“所有人看到同样的顺序”）。',
      },
      clauses: ['05.S1', '05.S2'],
    },
    {
      slug: 'ignores-empty-messages',
      role: 'server',
      title: {
        en: 'ignores a message that is empty or only spaces',
        zh: '忽略空的或只有空白的消息',
      },
      points: 1,
      hint: {
        en: 'Trim the text first; if nothing is left, broadcast nothing (lesson 5, "One chunk, one message (for now)").',
        zh: '先去掉首尾空白；什么都不剩就不要广播（第 5 课“一个数据块就是一条消息（暂时）”）。',
      },
      clauses: ['05.S3'],
    },
    {
      slug: 'quit-removes-client',
      role: 'server',
      title: {
        en: 'closes the connection of a client that sends `quit`, and the room goes on',
        zh: '关闭发送 `quit` 的客户端的连接，聊天室照常继续',
      },
      points: 2,
      hint: {
        en: "On `quit`, delete the socket from the room first, then end it; don't broadcast the `quit`. A member left in the room gets written to after its end, and that 'error' crashes a server that does not listen for it (lesson 5, \"Leaving the room\").",
        zh: "收到 `quit` 时先把套接字从聊天室删掉，再结束它；不要广播 `quit`。留在聊天室里的成员会在结束后还被写入，没有监听 'error' 的服务器会因此崩溃（第 5 课“离开聊天室”）。",
      },
      clauses: ['05.S3', 'G10'],
    },
    {
      slug: 'survives-clients-leaving',
      role: 'server',
      title: {
        en: 'goes on serving the room when clients leave or reset the connection',
        zh: '有客户端离开或重置连接时继续为聊天室服务',
      },
      points: 2,
      hint: {
        en: "Listen for 'error' on every socket (a reset is ECONNRESET) and remove the member on 'close', which follows a FIN and a reset alike (lesson 5, \"Leaving the room\").",
        zh: "在每个套接字上监听 'error'（重置就是 ECONNRESET），并在 'close' 时移除成员：FIN 和重置之后都会有 'close'（第 5 课“离开聊天室”）。",
      },
      clauses: ['05.S4', 'G10'],
    },
    {
      slug: 'slow-reader-does-not-stall',
      role: 'server',
      title: {
        en: 'keeps the room going while one client never reads',
        zh: '有一个客户端从不读取时，聊天室照常运转',
      },
      points: 1,
      hint: {
        en: "Don't wait for one member ('drain', a write callback) before writing to the next or handling the next message: one client that never reads would stall everyone (lesson 5, \"A client that never reads\").",
        zh: "不要等某一个成员（'drain'、写回调）之后才写给下一个成员或处理下一条消息：一个从不读取的客户端会让所有人都卡住（第 5 课“从不读取的客户端”）。",
      },
      clauses: ['05.S4', 'G10'],
    },
    stopsOnQuitCommandCheck(['05.S5']),
    keepsRunningAtEofCheck(['05.S5']),
    {
      slug: 'stops-on-sigterm',
      role: 'server',
      title: {
        en: 'closes every connection and exits 0 on SIGTERM',
        zh: '收到 SIGTERM 时关闭所有连接并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT do what `quit` does: close the listener, destroy every member, exit 0 (lesson 5, "Closing the room").',
        zh: '收到 SIGTERM/SIGINT 时做和 `quit` 一样的事：关闭监听、销毁每个成员、以 0 退出（第 5 课“关闭聊天室”）。',
      },
      clauses: ['05.S5', 'G12'],
    },
    {
      slug: 'client-says-ready',
      role: 'client',
      title: {
        en: "sends `I'm ready.` as soon as it connects",
        zh: "一连上就发送 `I'm ready.`",
      },
      points: 1,
      hint: {
        en: "Once connected, write `I'm ready.\\n` before anything is typed (lesson 5, \"The chat client\").",
        zh: "连上之后、输入任何东西之前，先写 `I'm ready.\\n`（第 5 课“聊天客户端”）。",
      },
      clauses: ['05.C1'],
    },
    {
      slug: 'client-prints-messages',
      role: 'client',
      title: {
        en: 'prints what the room sends as it arrives, while nothing is typed',
        zh: '聊天室发来的内容一到就打印，即使这边什么也没输入',
      },
      points: 2,
      hint: {
        en: "Write every 'data' chunk to stdout as it arrives; other people speak whenever they like (lesson 5, \"The chat client\").",
        zh: "每个 'data' 块一到就写到 stdout；别人想什么时候说话就什么时候说（第 5 课“聊天客户端”）。",
      },
      clauses: ['05.C1', 'G7', 'G8'],
    },
    {
      slug: 'client-sends-lines',
      role: 'client',
      title: {
        en: 'sends each typed line with `\\n`, several in a row',
        zh: '把输入的每一行加上 `\\n` 发出，可以连发几行',
      },
      points: 2,
      hint: {
        en: 'Send `<line>\\n` from the readline \'line\' handler every time, without waiting for the room to answer (lesson 5, "The chat client").',
        zh: '在 readline 的 \'line\' 处理函数里每次都发送 `<行>\\n`，不要等聊天室回应（第 5 课“聊天客户端”）。',
      },
      clauses: ['05.C1', 'G6', 'G8'],
    },
    {
      slug: 'client-quits-on-command',
      role: 'client',
      title: {
        en: 'sends `quit`, then closes and exits 0 when `quit` is typed',
        zh: '输入 `quit` 时先发出 `quit`，再关闭并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'Send the `quit` line like any other so that the room knows, then stop reading the keyboard, end the socket and exit 0 (lesson 5, "Leaving the chat").',
        zh: '像其他行一样发出 `quit`，让聊天室知道，然后停止读键盘、结束套接字并以 0 退出（第 5 课“离开聊天”）。',
      },
      clauses: ['05.C2', 'G11'],
    },
    {
      slug: 'client-ends-at-eof',
      role: 'client',
      title: {
        en: 'ends the connection and exits 0 at the end of its input',
        zh: '输入结束时结束连接并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'When stdin ends (readline emits \'close\'), end the socket and exit 0 once the server has closed (lesson 5, "Leaving the chat").',
        zh: "stdin 结束时（readline 发出 'close'），结束套接字，等服务器关闭后以 0 退出（第 5 课“离开聊天”）。",
      },
      clauses: ['05.C2', 'G11'],
    },
    {
      slug: 'client-server-closed',
      role: 'client',
      title: {
        en: 'says so in one line and exits 0 when the server closes the connection',
        zh: '服务器关闭连接时用一行说明并以 0 退出',
      },
      points: 1,
      hint: {
        en: "On 'close' when you did not decide to leave, print one line to stderr and stop reading the keyboard, so that the process exits 0 (lesson 5, \"Leaving the chat\").",
        zh: "在不是你决定离开时收到 'close'，就向 stderr 打印一行并停止读键盘，让进程以 0 退出（第 5 课“离开聊天”）。",
      },
      clauses: ['05.C3', 'G7'],
    },
    clientRefusedCheck(),
  ],
};

export default lesson;
