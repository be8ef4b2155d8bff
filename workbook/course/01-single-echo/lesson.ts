import type { LessonInfo } from '../../catalogue.ts';
import { clientRefusedCheck, givenPortCheck, logsClientCheck } from '../shared/check-facts.ts';

// The facts of lesson 1: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 1,
  slug: 'single-echo',
  chapter: 1,
  title: { en: 'The single echo', zh: '单次回声' },
  roles: ['server', 'client'],
  diagram: 'server-closes-and-exits',
  clauses: ['01.S1', '01.S2', '01.C1', '01.C2', 'G3', 'G4', 'G5', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12'],
  checks: [
    {
      slug: 'server-ready',
      role: 'server',
      title: {
        en: 'prints its ready line with the real port when PORT=0',
        zh: '在 PORT=0 时打印带有真实端口的就绪行',
      },
      points: 1,
      hint: {
        en: 'Print `listening on <host>:<port>` from the listen callback, reading the port from server.address(): with PORT=0 the system picks it (lesson 1, "Bind and listen").',
        zh: '在 listen 的回调里打印 `listening on <host>:<port>`，端口取自 server.address()：PORT=0 时由系统挑选端口（第 1 课“绑定与监听”）。',
      },
      clauses: ['G3', 'G4'],
    },
    givenPortCheck(1),
    logsClientCheck(),
    {
      slug: 'server-echo',
      role: 'server',
      title: {
        en: 'sends back the exact bytes of the first message, Chinese text included',
        zh: '原样送回第一条消息的字节，包括中文',
      },
      points: 2,
      hint: {
        en: "Write the Buffer you got in the 'data' event straight back with socket.write(): no decoding, no added newline (lesson 1, \"Receive and send\").",
        zh: '把 \'data\' 事件拿到的 Buffer 直接用 socket.write() 写回：不要解码，也不要加换行（第 1 课“接收与发送”）。',
      },
      clauses: ['01.S1', 'G8'],
    },
    {
      slug: 'server-closes-and-exits',
      role: 'server',
      title: {
        en: 'closes the connection and exits 0 after one echo',
        zh: '回声一次后关闭连接并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'After the echo, end the socket with socket.end() and close the listener with server.close(); with nothing left open, Node exits by itself (lesson 1, "Close").',
        zh: '回声之后用 socket.end() 结束连接，用 server.close() 关闭监听；没有打开的句柄时 Node 会自己退出（第 1 课“关闭”）。',
      },
      clauses: ['01.S1', '01.S2', 'G11'],
    },
    {
      slug: 'server-serves-one-client',
      role: 'server',
      title: {
        en: 'serves only the first client that connects',
        zh: '只服务第一个连上的客户端',
      },
      points: 1,
      hint: {
        en: 'Like a Python server that calls accept() once, close the listener as soon as the first connection comes in: a second client is refused, not served (lesson 1, "Accept one connection").',
        zh: '像只调用一次 accept() 的 Python 服务器那样，第一个连接一到就关闭监听：第二个客户端会被拒绝，而不是得到服务（第 1 课“接受一个连接”）。',
      },
      clauses: ['01.S1', '01.S2'],
    },
    {
      slug: 'server-survives-reset',
      role: 'server',
      title: {
        en: 'exits 0 without a stack trace when the client resets the connection',
        zh: '客户端重置连接时以 0 退出，不打印调用栈',
      },
      points: 1,
      hint: {
        en: "A client that crashes resets the connection: the socket emits 'error' (ECONNRESET). Listen for it, or Node throws and the server dies with a stack trace (lesson 1, \"Receive and send\").",
        zh: "崩溃的客户端会重置连接：套接字发出 'error'（ECONNRESET）。要监听它，否则 Node 会抛出异常，服务器带着调用栈死掉（第 1 课“接收与发送”）。",
      },
      clauses: ['G10'],
    },
    {
      slug: 'server-stops-on-sigterm',
      role: 'server',
      title: {
        en: 'stops with exit code 0 on SIGTERM while it waits for a client',
        zh: '等待客户端时收到 SIGTERM 以退出码 0 停止',
      },
      points: 1,
      hint: {
        en: "Handle process.on('SIGTERM') and process.on('SIGINT'): close the listener and exit 0. Without a handler Node dies of the signal (lesson 1, \"Stopping a server\").",
        zh: "处理 process.on('SIGTERM') 和 process.on('SIGINT')：关闭监听并以 0 退出。没有处理函数时 Node 会被信号杀死（第 1 课“停止服务器”）。",
      },
      clauses: ['G12'],
    },
    {
      slug: 'server-stops-on-sigint',
      role: 'server',
      title: {
        en: 'stops with exit code 0 on SIGINT (Ctrl-C) while it waits for a client',
        zh: '等待客户端时收到 SIGINT（Ctrl-C）以退出码 0 停止',
      },
      points: 1,
      hint: {
        en: "Ctrl-C sends SIGINT: handle it like SIGTERM, process.on('SIGINT'), close the listener and exit 0 (lesson 1, \"Stopping a server\").",
        zh: "Ctrl-C 发送的是 SIGINT：像 SIGTERM 一样处理它，用 process.on('SIGINT') 关闭监听并以 0 退出（第 1 课“停止服务器”）。",
      },
      clauses: ['G12'],
    },
    {
      slug: 'client-default-message',
      role: 'client',
      title: {
        en: 'sends 你好 when run with no argument and prints the reply',
        zh: '不带参数运行时发送“你好”并打印回复',
      },
      points: 2,
      hint: {
        en: "Take the message from process.argv[2] ?? '你好', send it with socket.write() once connected, and print the first 'data' chunk as text (lesson 1, \"The client\").",
        zh: "消息取 process.argv[2] ?? '你好'，连上后用 socket.write() 发送，再把第一个 'data' 块当作文本打印（第 1 课“客户端”）。",
      },
      clauses: ['01.C1', '01.C2', 'G7', 'G8'],
    },
    {
      slug: 'client-sends-argument',
      role: 'client',
      title: {
        en: 'sends its first argument as UTF-8 with no terminator',
        zh: '以 UTF-8 发送第一个参数，不加结束符',
      },
      points: 1,
      hint: {
        en: 'Send exactly the bytes of the argument: no newline after it. The server echoes whatever it gets in its first read (lesson 1, "The client").',
        zh: '只发送参数本身的字节，后面不加换行。服务器会回显它第一次读到的内容（第 1 课“客户端”）。',
      },
      clauses: ['01.C1', '01.C2', 'G7', 'G8'],
    },
    {
      slug: 'client-closes-and-exits',
      role: 'client',
      title: {
        en: 'closes the connection and exits 0 after printing the reply',
        zh: '打印回复后关闭连接并以 0 退出',
      },
      points: 1,
      hint: {
        en: "After printing the reply call socket.end(); the process exits once the socket has closed. Don't wait for more data (lesson 1, \"Close\").",
        zh: '打印回复后调用 socket.end()；套接字关闭后进程就会退出。不要再等更多数据（第 1 课“关闭”）。',
      },
      clauses: ['01.C2', 'G7', 'G11'],
    },
    clientRefusedCheck({
      hint: {
        en: "Listen for the socket's 'error' event: print one line such as `cannot connect to 127.0.0.1:9001: connection refused` to stderr and set process.exitCode = 1. An unhandled 'error' prints a stack trace (lesson 1, \"When nobody answers\").",
        zh: "监听套接字的 'error' 事件：向 stderr 打印一行，例如 `cannot connect to 127.0.0.1:9001: connection refused`，并设 process.exitCode = 1。未处理的 'error' 会打印调用栈（第 1 课“没人应答时”）。",
      },
    }),
  ],
};

export default lesson;
