import type { LessonInfo } from '../../catalogue.ts';
import { clientRefusedCheck, givenPortCheck, logsClientCheck } from '../shared/check-facts.ts';

// The facts of lesson 2: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 2,
  slug: 'communication-loop',
  chapter: 2,
  title: { en: 'The communication loop', zh: '通信循环' },
  roles: ['server', 'client'],
  diagram: 'server-exits-when-client-ends',
  clauses: ['02.S1', '02.S2', '02.S3', '02.C1', '02.C2', '02.C3', '02.C4', '02.C5', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12'],
  checks: [
    givenPortCheck(2),
    logsClientCheck(),
    {
      slug: 'server-echoes-every-message',
      role: 'server',
      title: {
        en: 'echoes every message, in order, on one connection',
        zh: '在同一个连接上按顺序回显每条消息',
      },
      points: 2,
      hint: {
        en: "Keep the 'data' handler for the whole connection and write every chunk back; don't close after the first one (lesson 2, \"The loop is the event\").",
        zh: "在整个连接期间保留 'data' 处理函数，把每个块写回；不要在第一块之后关闭（第 2 课“循环就是事件”）。",
      },
      clauses: ['02.S1', 'G8'],
    },
    {
      slug: 'server-exits-when-client-ends',
      role: 'server',
      title: {
        en: 'closes its side and exits 0 when the client ends the connection',
        zh: '客户端结束连接时关闭自己这一端并以 0 退出',
      },
      points: 1,
      hint: {
        en: "The 'end' event is Python's empty recv(): the client sent FIN. End your side and close the listener (lesson 2, \"An empty read means goodbye\").",
        zh: "'end' 事件就是 Python 里 recv() 返回空：客户端发来了 FIN。结束你这一端并关闭监听（第 2 课“读到空表示再见”）。",
      },
      clauses: ['02.S2'],
    },
    {
      slug: 'server-survives-reset',
      role: 'server',
      title: {
        en: 'exits 0 without a stack trace when the client resets the connection',
        zh: '客户端重置连接时不打印调用栈、以 0 退出',
      },
      points: 2,
      hint: {
        en: "A reset arrives as an 'error' event (ECONNRESET) on the socket. Handle it: without a listener Node throws and the server dies (lesson 2, \"When the client vanishes\").",
        zh: "重置以套接字上的 'error' 事件（ECONNRESET）到达。要处理它：没有监听函数时 Node 会抛出异常，服务器就死了（第 2 课“客户端突然消失”）。",
      },
      clauses: ['02.S3', 'G10'],
    },
    {
      slug: 'server-stops-on-sigterm',
      role: 'server',
      title: {
        en: 'stops with exit code 0 on SIGTERM while a client is connected',
        zh: '有客户端连着时收到 SIGTERM 以退出码 0 停止',
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT close the listener and destroy the open connection too: server.close() alone waits for connections to end (lesson 2, "Stopping a server").',
        zh: '收到 SIGTERM/SIGINT 时关闭监听，也要销毁打开的连接：只调用 server.close() 会一直等连接结束（第 2 课“停止服务器”）。',
      },
      clauses: ['G12'],
    },
    {
      slug: 'client-sends-each-line',
      role: 'client',
      title: {
        en: 'sends each input line without its line end and prints each reply',
        zh: '发送每一行输入（不带行尾）并打印每条回复',
      },
      points: 2,
      hint: {
        en: 'Read stdin with node:readline, trim each line (that drops a CRLF\'s \\r too), write it, and wait for the reply before reading the next line (lesson 2, "One line, one reply").',
        zh: '用 node:readline 读 stdin，去掉每行首尾空白（CRLF 的 \\r 也一起去掉），发送后等到回复再读下一行（第 2 课“一行一回复”）。',
      },
      clauses: ['02.C1', '02.C3', 'G6', 'G7', 'G8'],
    },
    {
      slug: 'client-skips-empty-lines',
      role: 'client',
      title: {
        en: 'skips empty lines instead of sending nothing and waiting forever',
        zh: '跳过空行，而不是发送零字节然后永远等待',
      },
      points: 1,
      hint: {
        en: 'Writing zero bytes sends nothing, so no reply will ever come. Skip a line whose trimmed text is empty (lesson 2, "The empty message trap").',
        zh: '写入零字节什么也不会发出，所以永远等不到回复。跳过去掉空白后为空的行（第 2 课“空消息陷阱”）。',
      },
      clauses: ['02.C1'],
    },
    {
      slug: 'client-quits-on-command',
      role: 'client',
      title: {
        en: 'ends the session and exits 0 on an `exit` or `quit` line',
        zh: '读到 `exit` 或 `quit` 行时结束会话并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'Compare the trimmed line with `exit` and `quit` before sending; on a match, end the socket, stop reading stdin (rl.close()) and let the process exit (lesson 2, "Leaving the loop").',
        zh: '发送前把去掉空白的行和 `exit`、`quit` 比较；匹配时结束套接字、停止读 stdin（rl.close()），让进程退出（第 2 课“离开循环”）。',
      },
      clauses: ['02.C2', 'G11'],
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
        en: 'When stdin ends (the for await loop finishes, or readline emits \'close\'), call socket.end() and exit 0 once the server has closed too (lesson 2, "Leaving the loop").',
        zh: "stdin 结束时（for await 循环结束，或 readline 发出 'close'），调用 socket.end()，等服务器也关闭后以 0 退出（第 2 课“离开循环”）。",
      },
      clauses: ['02.C4', 'G11'],
    },
    {
      slug: 'client-server-closed-first',
      role: 'client',
      title: {
        en: 'says so in one line and exits 1 when the server closes first',
        zh: '服务器先关闭时用一行说明并以 1 退出',
      },
      points: 1,
      hint: {
        en: "Listen for 'end' on the socket: if it comes before you decided to leave, print one line to stderr, stop reading stdin, and exit with code 1 (lesson 2, \"When the server leaves first\").",
        zh: "监听套接字的 'end'：如果它在你决定离开之前到来，就向 stderr 打印一行，停止读 stdin，并以 1 退出（第 2 课“服务器先离开时”）。",
      },
      clauses: ['02.C5', 'G7'],
    },
    clientRefusedCheck(),
  ],
};

export default lesson;
