// The catalogue: every fact about every lesson, written once.
//
// The runner (`npm run lesson`), the checks (`test/checks.test.ts`), the docs
// site's sidebar and lesson pages, and the grader all read this module. Adding a
// lesson means: an entry here, its programs in `lessons/` and `solutions/`, one
// check file in `test/checks/`, and broken fixtures in `test/fixtures/broken/`.

/** Text shown to learners, in every language the site speaks. */
export interface Text {
  en: string;
  zh: string;
}

export type Language = keyof Text;
export const languages: Language[] = ['en', 'zh'];

/** A lesson program's role; the file is `<role>.ts`. */
export type Role = 'server' | 'client';

export interface CheckInfo {
  /** Stable slug: the check's id is `<lesson number>/<slug>` and never changes once published. */
  slug: string;
  /** Which of the learner's programs this check runs (the harness plays the other side). */
  role: Role;
  /** A sentence a learner understands; it completes "your <role> …". */
  title: Text;
  points: number;
  /** What to look at when the check fails, naming the docs section that explains it. */
  hint: Text;
  /** Ids of the contract clauses this check observes (`06.S4`, `G9`). */
  clauses?: string[];
}

export interface ChapterInfo {
  number: number;
  title: Text;
}

export interface LessonInfo {
  /** Lesson number, 1-based, in course order. */
  number: number;
  /** Folder-name slug without the number: `single-echo` lives in `lessons/01-single-echo/`. */
  slug: string;
  chapter: number;
  title: Text;
  /** The learner's programs, in the order a learner writes them. */
  roles: Role[];
  /** The check whose conversation, run against the reference solution, the lesson's page draws. */
  diagram: string;
  checks: CheckInfo[];
}

/** A lesson with the facts derived from its entry. */
export interface Lesson extends LessonInfo {
  /** `01-single-echo`: the folder name in `lessons/`, `solutions/` and the site. */
  dir: string;
  /** The port a program uses when PORT is unset: 9000 + lesson number. */
  defaultPort: number;
  checks: Check[];
}

export interface Check extends CheckInfo {
  /** `01/server-echo`: how grades and fixtures refer to the check. */
  id: string;
  lesson: number;
}

export const chapters: ChapterInfo[] = [
  { number: 1, title: { en: 'What a socket is: the single echo', zh: '什么是套接字：单次回声' } },
  { number: 2, title: { en: 'The communication loop', zh: '通信循环' } },
  { number: 3, title: { en: 'The connection loop', zh: '链接循环' } },
  { number: 4, title: { en: 'Concurrent chat', zh: '并发聊天' } },
  { number: 5, title: { en: 'Framing: makefile, lines and lengths', zh: '分帧：makefile、行与长度' } },
  { number: 6, title: { en: 'UDP', zh: 'UDP' } },
  { number: 7, title: { en: 'Server frameworks: socketserver, the Node way', zh: '服务器框架：Node 方式的 socketserver' } },
];

const lessonInfos: LessonInfo[] = [
  {
    number: 1,
    slug: 'single-echo',
    chapter: 1,
    title: { en: 'The single echo', zh: '单次回声' },
    roles: ['server', 'client'],
    diagram: 'server-closes-and-exits',
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
      },
      {
        slug: 'server-logs-client',
        role: 'server',
        title: {
          en: "logs the client's address when it connects",
          zh: '客户端连上时打印它的地址',
        },
        points: 1,
        hint: {
          en: 'In the connection handler, print `connected from <ip>:<port>` using socket.remoteAddress and socket.remotePort (lesson 1, "Accept one connection").',
          zh: '在连接处理函数里用 socket.remoteAddress 和 socket.remotePort 打印 `connected from <ip>:<port>`（第 1 课“接受一个连接”）。',
        },
      },
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
      },
      {
        slug: 'client-refused',
        role: 'client',
        title: {
          en: 'names the address and exits 1 when no server is listening',
          zh: '没有服务器监听时说出地址并以 1 退出',
        },
        points: 1,
        hint: {
          en: "Listen for the socket's 'error' event: print one line such as `cannot connect to 127.0.0.1:9001: connection refused` to stderr and set process.exitCode = 1. An unhandled 'error' prints a stack trace (lesson 1, \"When nobody answers\").",
          zh: "监听套接字的 'error' 事件：向 stderr 打印一行，例如 `cannot connect to 127.0.0.1:9001: connection refused`，并设 process.exitCode = 1。未处理的 'error' 会打印调用栈（第 1 课“没人应答时”）。",
        },
      },
    ],
  },
  {
    number: 2,
    slug: 'communication-loop',
    chapter: 2,
    title: { en: 'The communication loop', zh: '通信循环' },
    roles: ['server', 'client'],
    diagram: 'server-exits-when-client-ends',
    checks: [
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
      },
      {
        slug: 'client-refused',
        role: 'client',
        title: {
          en: 'names the address and exits 1 when no server is listening',
          zh: '没有服务器监听时说出地址并以 1 退出',
        },
        points: 1,
        hint: {
          en: "Handle the socket's 'error' event before the connection is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, \"When nobody answers\").",
          zh: "在连接建立之前就处理套接字的 'error' 事件：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。",
        },
      },
    ],
  },
  {
    number: 3,
    slug: 'connection-loop',
    chapter: 3,
    title: { en: 'The connection loop', zh: '链接循环' },
    roles: ['server'],
    diagram: 'waiting-client-answered-later',
    checks: [
      {
        slug: 'echoes-like-lesson-2',
        role: 'server',
        title: {
          en: 'echoes every message on a connection, as in lesson 2',
          zh: '像第 2 课一样回显一个连接上的每条消息',
        },
        points: 1,
        hint: {
          en: 'Start from your lesson 2 server: the echo loop on one connection does not change (lesson 3, "From one client to many").',
          zh: '从你第 2 课的服务器开始：单个连接上的回声循环不变（第 3 课“从一个客户端到多个”）。',
        },
      },
      {
        slug: 'serves-next-client',
        role: 'server',
        title: {
          en: 'serves the next client after the first one leaves',
          zh: '第一个客户端离开后为下一个客户端服务',
        },
        points: 2,
        hint: {
          en: "Don't close the listener when a client leaves: go back to waiting for the next connection (lesson 3, \"From one client to many\").",
          zh: '客户端离开时不要关闭监听：回去等待下一个连接（第 3 课“从一个客户端到多个”）。',
        },
      },
      {
        slug: 'waiting-client-not-answered',
        role: 'server',
        title: {
          en: 'does not answer a waiting client while it serves another',
          zh: '为一个客户端服务时不回应正在等待的客户端',
        },
        points: 2,
        hint: {
          en: 'Serve one client at a time: keep new connections paused in a queue (pauseOnConnect) until the current one leaves (lesson 3, "One at a time: the waiting room").',
          zh: '一次只服务一个客户端：把新连接暂停并放进队列（pauseOnConnect），直到当前客户端离开（第 3 课“一次一个：等候室”）。',
        },
      },
      {
        slug: 'waiting-client-answered-later',
        role: 'server',
        title: {
          en: "answers a waiting client's early messages once its turn comes",
          zh: '轮到等待的客户端时，回应它早先发来的消息',
        },
        points: 2,
        hint: {
          en: 'A paused socket keeps what arrives in its buffer: when you resume() it, the early bytes come out as \'data\'. Don\'t drop them (lesson 3, "One at a time: the waiting room").',
          zh: "暂停的套接字会把到达的数据留在缓冲区：resume() 之后早先的字节会作为 'data' 出来。不要丢掉它们（第 3 课“一次一个：等候室”）。",
        },
      },
      {
        slug: 'serves-five-waiting-clients',
        role: 'server',
        title: {
          en: 'keeps five waiting clients and serves each in turn',
          zh: '保留五个等待的客户端并依次为它们服务',
        },
        points: 1,
        hint: {
          en: 'Listen with a backlog of 5 and queue every waiting connection in arrival order; serve the next one each time a client leaves (lesson 3, "The backlog").',
          zh: '以 backlog 5 监听，把等待的连接按到达顺序排队；每有一个客户端离开就服务下一个（第 3 课“backlog”）。',
        },
      },
      {
        slug: 'survives-reset',
        role: 'server',
        title: {
          en: 'goes on serving the next client after one resets the connection',
          zh: '一个客户端重置连接后继续为下一个客户端服务',
        },
        points: 2,
        hint: {
          en: "Handle 'error' on every socket (a reset is ECONNRESET) and treat it like the client leaving: serve the next one (lesson 3, \"A reset is not the end of the world\").",
          zh: "在每个套接字上处理 'error'（重置就是 ECONNRESET），把它当作客户端离开：接着服务下一个（第 3 课“重置不是世界末日”）。",
        },
      },
      {
        slug: 'stops-on-sigterm',
        role: 'server',
        title: {
          en: 'closes every connection and exits 0 on SIGTERM',
          zh: '收到 SIGTERM 时关闭所有连接并以 0 退出',
        },
        points: 1,
        hint: {
          en: 'On SIGTERM/SIGINT close the listener and destroy the current and every waiting connection, then exit 0 (lesson 3, "Stopping a server that never ends").',
          zh: '收到 SIGTERM/SIGINT 时关闭监听，销毁当前连接和所有等待中的连接，然后以 0 退出（第 3 课“停止一个永不结束的服务器”）。',
        },
      },
    ],
  },
  {
    number: 4,
    slug: 'duplex-chat',
    chapter: 4,
    title: { en: 'The duplex chat', zh: '双向聊天' },
    roles: ['server', 'client'],
    diagram: 'server-sends-typed-lines',
    checks: [
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
      },
      {
        slug: 'client-refused',
        role: 'client',
        title: {
          en: 'names the address and exits 1 when no server is listening',
          zh: '没有服务器监听时说出地址并以 1 退出',
        },
        points: 1,
        hint: {
          en: "Handle the socket's 'error' event before the connection is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, \"When nobody answers\").",
          zh: "在连接建立之前就处理套接字的 'error' 事件：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。",
        },
      },
    ],
  },
  {
    number: 5,
    slug: 'group-chat',
    chapter: 4,
    title: { en: 'The chat room', zh: '聊天室' },
    roles: ['server', 'client'],
    diagram: 'broadcasts-to-everyone',
    checks: [
      {
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
      },
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
      },
      {
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
      },
      {
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
      },
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
      },
      {
        slug: 'client-refused',
        role: 'client',
        title: {
          en: 'names the address and exits 1 when no server is listening',
          zh: '没有服务器监听时说出地址并以 1 退出',
        },
        points: 1,
        hint: {
          en: "Handle the socket's 'error' event before the connection is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, \"When nobody answers\").",
          zh: "在连接建立之前就处理套接字的 'error' 事件：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。",
        },
      },
    ],
  },
  {
    number: 7,
    slug: 'line-chat',
    chapter: 5,
    title: { en: 'The chat room over lines', zh: '按行聊天的聊天室' },
    roles: ['server'],
    diagram: 'line-in-pieces',
    checks: [
      {
        slug: 'broadcasts-every-line',
        role: 'server',
        title: {
          en: 'sends every line to every client, the sender included, as in lesson 5',
          zh: '像第 5 课一样把每一行发给每个客户端，包括发送者',
        },
        points: 2,
        hint: {
          en: 'Each complete line is one message, broadcast once to every member as `YYYY/MM/DD HH:MM:SS <ip>:<port>\\n<text>\\n` (lesson 5, "Broadcasting").',
          zh: '每个完整的行就是一条消息，以 `YYYY/MM/DD HH:MM:SS <ip>:<port>\\n<文本>\\n` 的格式向每个成员广播一次（第 5 课“广播”）。',
        },
      },
      {
        slug: 'line-in-pieces',
        role: 'server',
        title: {
          en: 'broadcasts a line that arrives in pieces once, when it is complete',
          zh: '分成几块到达的一行，等它完整后只广播一次',
        },
        points: 2,
        hint: {
          en: "One write may arrive as many 'data' chunks. Keep each client's unfinished line in a buffer and broadcast only when a `\\n` completes it (lesson 7, \"Lines instead of chunks\").",
          zh: "一次写入可能分成许多个 'data' 块到达。为每个客户端保存未完成的行，等 `\\n` 把它补完整后再广播（第 7 课“用行代替数据块”）。",
        },
      },
      {
        slug: 'lines-in-one-write',
        role: 'server',
        title: {
          en: 'broadcasts each of several lines that arrive in one write, in order',
          zh: '一次写入里到达的多行，按顺序逐行广播',
        },
        points: 2,
        hint: {
          en: "One 'data' chunk may hold many lines: split it at every `\\n` and broadcast each line in turn, keeping what follows the last `\\n` for later (lesson 7, \"Lines instead of chunks\").",
          zh: "一个 'data' 块里可能有好几行：在每个 `\\n` 处切开，依次广播每一行，把最后一个 `\\n` 后面的内容留到以后（第 7 课“用行代替数据块”）。",
        },
      },
      {
        slug: 'crlf-line-ends',
        role: 'server',
        title: {
          en: 'drops the `\\r` of a line that ends in CRLF',
          zh: '去掉以 CRLF 结尾的行中的 `\\r`',
        },
        points: 1,
        hint: {
          en: 'A client on Windows (or telnet) ends lines with `\\r\\n`: drop one `\\r` before the `\\n` (lesson 7, "Line ends: LF and CRLF").',
          zh: 'Windows（或 telnet）上的客户端用 `\\r\\n` 结束一行：去掉 `\\n` 前面的一个 `\\r`（第 7 课“行尾：LF 与 CRLF”）。',
        },
      },
      {
        slug: 'split-character',
        role: 'server',
        title: {
          en: 'keeps a character whose bytes arrive in different writes intact',
          zh: '字节分几次写入到达的字符保持完整',
        },
        points: 2,
        hint: {
          en: 'A Chinese character is three bytes, an emoji four, and a chunk may end in the middle. Decode whole lines, or decode with a StringDecoder, never chunk.toString() chunk by chunk, which turns the halves into `�` (lesson 7, "Characters split across reads").',
          zh: '一个汉字是三个字节，一个表情符号是四个，而一个数据块可能在中间结束。按整行解码，或者用 StringDecoder 解码，不要逐块调用 chunk.toString()，那样半个字符会变成 `�`（第 7 课“被拆开的字符”）。',
        },
      },
      {
        slug: 'last-line-at-eof',
        role: 'server',
        title: {
          en: 'broadcasts a last line with no `\\n` when its client closes the connection',
          zh: '客户端关闭连接时，广播最后那个没有 `\\n` 的行',
        },
        points: 1,
        hint: {
          en: "When 'end' comes and the buffer still holds bytes, that is the last line: broadcast it before the connection closes (lesson 7, \"The last line\").",
          zh: "'end' 到来时缓冲区里如果还有字节，那就是最后一行：在连接关闭前广播它（第 7 课“最后一行”）。",
        },
      },
      {
        slug: 'quit-and-empty-lines',
        role: 'server',
        title: {
          en: 'ignores empty lines and closes the connection of a client that sends `quit`',
          zh: '忽略空行，并关闭发送 `quit` 的客户端的连接',
        },
        points: 1,
        hint: {
          en: 'Apply lesson 5\'s rules to every line: trim it, skip it if empty, on `quit` remove the client and end its connection, and handle no more of its lines (lesson 5, "Leaving the room").',
          zh: '对每一行套用第 5 课的规则：去掉首尾空白，为空就跳过，读到 `quit` 就移除客户端并结束它的连接，不再处理它后面的行（第 5 课“离开聊天室”）。',
        },
      },
      {
        slug: 'longest-line',
        role: 'server',
        title: {
          en: 'accepts a line of exactly 65536 bytes',
          zh: '接受恰好 65536 字节的一行',
        },
        points: 1,
        hint: {
          en: 'The limit is on the line itself: 65536 bytes are allowed, and neither the `\\n` nor a `\\r` before it counts (lesson 7, "A line that never ends").',
          zh: '限制针对行本身：允许 65536 字节，`\\n` 和它前面的 `\\r` 都不计入（第 7 课“永不结束的行”）。',
        },
      },
      {
        slug: 'endless-line',
        role: 'server',
        title: {
          en: 'answers `error: line too long` and closes the connection when a line grows past 65536 bytes',
          zh: '一行超过 65536 字节时回复 `error: line too long` 并关闭连接',
        },
        points: 2,
        hint: {
          en: 'Check the buffer\'s size on every chunk, not only when a `\\n` comes: a client may never send one. Past the limit, write `error: line too long\\n`, end the connection and drop the buffer (lesson 7, "A line that never ends").',
          zh: '每来一个数据块都检查缓冲区大小，不要只在收到 `\\n` 时检查：客户端可能永远不发。超过限制就写 `error: line too long\\n`，结束连接，丢掉缓冲区（第 7 课“永不结束的行”）。',
        },
      },
      {
        slug: 'same-order-for-everyone',
        role: 'server',
        title: {
          en: 'gives every client the same order when several send many lines at once',
          zh: '几个客户端同时发很多行时，每个人收到的顺序都相同',
        },
        points: 1,
        hint: {
          en: 'Broadcast each line to every member at once, as soon as it is complete, in the same loop (lesson 5, "Same order for everyone").',
          zh: '每一行一完整就在同一个循环里立刻广播给所有成员（第 5 课“所有人看到同样的顺序”）。',
        },
      },
      {
        slug: 'survives-reset',
        role: 'server',
        title: {
          en: 'goes on serving the room when a client resets the connection',
          zh: '有客户端重置连接时继续为聊天室服务',
        },
        points: 1,
        hint: {
          en: "Listen for 'error' on every socket and remove the member on 'close', as in lesson 5 (lesson 5, \"Leaving the room\").",
          zh: "像第 5 课一样在每个套接字上监听 'error'，并在 'close' 时移除成员（第 5 课“离开聊天室”）。",
        },
      },
      {
        slug: 'stops-on-sigterm',
        role: 'server',
        title: {
          en: 'closes every connection and exits 0 on SIGTERM',
          zh: '收到 SIGTERM 时关闭所有连接并以 0 退出',
        },
        points: 1,
        hint: {
          en: 'On SIGTERM/SIGINT close the listener, destroy every member and exit 0 (lesson 5, "Closing the room").',
          zh: '收到 SIGTERM/SIGINT 时关闭监听、销毁每个成员并以 0 退出（第 5 课“关闭聊天室”）。',
        },
      },
    ],
  },
  // Lessons 4, 5 and 7 (the chats) are added here.
  {
    number: 6,
    slug: 'line-echo',
    chapter: 5,
    title: { en: 'The line echo', zh: '按行回声' },
    roles: ['server', 'client'],
    diagram: 'server-line-in-pieces',
    checks: [
      {
        slug: 'server-replies-to-lines',
        role: 'server',
        title: {
          en: 'replies `Return your msg: <line>` to every line, in order',
          zh: '按顺序对每一行回复 `Return your msg: <行>`',
        },
        points: 2,
        hint: {
          en: 'For every line that ends in `\\n`, write `Return your msg: `, the line and `\\n`; keep the connection open for the next line (lesson 6, "Splitting the stream into lines").',
          zh: '每收到一个以 `\\n` 结尾的行，就写回 `Return your msg: `、这一行和 `\\n`；保持连接，等待下一行（第 6 课“把字节流切成行”）。',
        },
      },
      {
        slug: 'server-line-in-pieces',
        role: 'server',
        title: {
          en: 'replies once to a line that arrives one byte at a time',
          zh: '对逐字节到达的一行只回复一次',
        },
        points: 2,
        hint: {
          en: "TCP delivers a byte stream, not messages: one write may arrive as many 'data' chunks. Keep each connection's unfinished line in a buffer and reply only when a `\\n` completes it (lesson 6, \"One write is not one read\").",
          zh: "TCP 传送的是字节流，不是消息：一次写入可能分成许多个 'data' 块到达。为每个连接保留未完成的行，等 `\\n` 把它补完整后再回复（第 6 课“一次写不等于一次读”）。",
        },
      },
      {
        slug: 'server-lines-in-one-write',
        role: 'server',
        title: {
          en: 'replies to each of several lines that arrive in one write',
          zh: '一次写入里到达的多行，每一行都回复',
        },
        points: 2,
        hint: {
          en: "One 'data' chunk may hold many lines: after adding a chunk to the buffer, take out every complete line, not just the first (lesson 6, \"One write is not one read\").",
          zh: "一个 'data' 块里可能有好几行：把块加进缓冲区后，取出其中每一个完整的行，而不只是第一行（第 6 课“一次写不等于一次读”）。",
        },
      },
      {
        slug: 'server-split-characters',
        role: 'server',
        title: {
          en: 'keeps Chinese text and emoji intact when their bytes are split across writes',
          zh: '中文和表情符号的字节被拆到多次写入时仍保持完整',
        },
        points: 2,
        hint: {
          en: 'Decoding each chunk on its own turns half a character into �. Decode with one StringDecoder per connection: it holds back an unfinished character until its last byte arrives (lesson 6, "Characters split across chunks").',
          zh: '每个块单独解码，会把半个字符变成 �。每个连接用一个 StringDecoder 解码：它会留住没收完的字符，直到最后一个字节到达（第 6 课“被拆开的字符”）。',
        },
      },
      {
        slug: 'server-crlf',
        role: 'server',
        title: {
          en: 'drops the `\\r` of a line that ends in CRLF',
          zh: '去掉以 CRLF 结尾的行里的 `\\r`',
        },
        points: 1,
        hint: {
          en: 'Many programs end lines with `\\r\\n`. After splitting at `\\n`, remove one trailing `\\r` before you look at the line (lesson 6, "CRLF and the last line").',
          zh: '很多程序用 `\\r\\n` 结束一行。在 `\\n` 处切开后，先去掉行尾的一个 `\\r` 再处理这一行（第 6 课“CRLF 与最后一行”）。',
        },
      },
      {
        slug: 'server-last-line-at-eof',
        role: 'server',
        title: {
          en: 'answers a last line with no newline when the client half-closes, then closes',
          zh: '客户端半关闭时回复没有换行的最后一行，然后关闭',
        },
        points: 1,
        hint: {
          en: "On 'end' whatever is left in the buffer (and in the decoder: decoder.end()) is a last line: answer it if it is not empty, then let the connection close (lesson 6, \"CRLF and the last line\").",
          zh: "收到 'end' 时，缓冲区里剩下的内容（加上 decoder.end()）就是最后一行：不为空就回复它，然后让连接关闭（第 6 课“CRLF 与最后一行”）。",
        },
      },
      {
        slug: 'server-quit',
        role: 'server',
        title: {
          en: 'closes the connection without a reply on a `quit` line',
          zh: '收到 `quit` 行时不回复并关闭连接',
        },
        points: 1,
        hint: {
          en: 'Compare the whole line (its `\\r` dropped) with `quit`: on a match end the connection without a reply and ignore whatever the client sends after it (lesson 6, "Leaving with quit").',
          zh: '把整行（去掉 `\\r` 后）和 `quit` 比较：相同就不回复、结束连接，并忽略客户端之后发来的一切（第 6 课“用 quit 离开”）。',
        },
      },
      {
        slug: 'server-many-clients',
        role: 'server',
        title: {
          en: 'serves several clients at once, each with its own unfinished line',
          zh: '同时为多个客户端服务，各自保留未完成的行',
        },
        points: 2,
        hint: {
          en: 'Create the buffer and the decoder inside the connection handler, one pair per socket: a buffer shared by every connection mixes their bytes (lesson 6, "Many clients, many buffers").',
          zh: '在连接处理函数里创建缓冲区和解码器，每个套接字一套：所有连接共用一个缓冲区，会把它们的字节混在一起（第 6 课“多个客户端，多个缓冲区”）。',
        },
      },
      {
        slug: 'server-longest-line',
        role: 'server',
        title: {
          en: 'answers a line of exactly 65536 bytes',
          zh: '回复恰好 65536 字节的一行',
        },
        points: 1,
        hint: {
          en: 'The limit counts bytes (Buffer.byteLength), not characters, and leaves out the `\\n` and a trailing `\\r`: a line of 65536 bytes is still allowed (lesson 6, "A limit on line length").',
          zh: '上限按字节计（Buffer.byteLength），不按字符计，也不算 `\\n` 和行尾的 `\\r`：65536 字节的行仍然允许（第 6 课“行长度的上限”）。',
        },
      },
      {
        slug: 'server-line-too-long',
        role: 'server',
        title: {
          en: 'answers `error: line too long` and closes on a line of 65537 bytes',
          zh: '对 65537 字节的行回复 `error: line too long` 并关闭',
        },
        points: 2,
        hint: {
          en: 'Measure a line in bytes with Buffer.byteLength(): Chinese characters take three bytes each. Past 65536 bytes, write `error: line too long\\n` and end the connection (lesson 6, "A limit on line length").',
          zh: '用 Buffer.byteLength() 按字节量一行的长度：一个汉字占三个字节。超过 65536 字节就写回 `error: line too long\\n` 并结束连接（第 6 课“行长度的上限”）。',
        },
      },
      {
        slug: 'server-endless-line',
        role: 'server',
        title: {
          en: 'answers `error: line too long` and closes long before a line that never ends has arrived',
          zh: '遇到永不结束的行时，早早回复 `error: line too long` 并关闭',
        },
        points: 2,
        hint: {
          en: 'Check the size of the unfinished line every time a chunk arrives, not only when a `\\n` comes: a client that never sends one would fill your memory (lesson 6, "A limit on line length").',
          zh: '每到一个块就检查未完成的行有多大，而不是等 `\\n` 来了才检查：一个永远不发换行的客户端会把你的内存塞满（第 6 课“行长度的上限”）。',
        },
      },
      {
        slug: 'server-survives-reset',
        role: 'server',
        title: {
          en: 'goes on serving other clients after one resets the connection mid-line',
          zh: '一个客户端在一行中途重置连接后，继续为其他客户端服务',
        },
        points: 1,
        hint: {
          en: "Handle 'error' on every socket (a reset is ECONNRESET): it ends that conversation, not the server (lesson 6, \"When a client vanishes\").",
          zh: "在每个套接字上处理 'error'（重置就是 ECONNRESET）：它结束的是那一段对话，而不是服务器（第 6 课“客户端突然消失”）。",
        },
      },
      {
        slug: 'server-stops-on-sigterm',
        role: 'server',
        title: {
          en: 'closes every connection and exits 0 on SIGTERM',
          zh: '收到 SIGTERM 时关闭所有连接并以 0 退出',
        },
        points: 1,
        hint: {
          en: 'Keep the open sockets in a Set; on SIGTERM/SIGINT close the listener, destroy every socket and exit 0 (lesson 6, "Stopping the server").',
          zh: '把打开的套接字放进一个 Set；收到 SIGTERM/SIGINT 时关闭监听，销毁每个套接字，然后以 0 退出（第 6 课“停止服务器”）。',
        },
      },
      {
        slug: 'client-sends-lines',
        role: 'client',
        title: {
          en: 'sends each input line with `\\n` and prints each reply',
          zh: '每行输入加上 `\\n` 发送，并打印每条回复',
        },
        points: 2,
        hint: {
          en: 'Write each stdin line as `<line>\\n`, untrimmed (readline has already dropped a CRLF\'s `\\r`), and print every line the server sends back (lesson 6, "The client reads lines").',
          zh: '把 stdin 的每一行写成 `<行>\\n`，不要去掉空格（readline 已经去掉了 CRLF 里的 `\\r`），并打印服务器发回的每一行（第 6 课“客户端按行读”）。',
        },
      },
      {
        slug: 'client-sends-empty-lines',
        role: 'client',
        title: {
          en: 'sends an empty line as a lone `\\n`',
          zh: '把空行作为单独的 `\\n` 发送',
        },
        points: 1,
        hint: {
          en: 'Unlike lesson 2, an empty line is a message here: `\\n` is one byte on the wire and the server answers it. Don\'t skip it (lesson 6, "The client reads lines").',
          zh: '和第 2 课不同，这里空行也是一条消息：`\\n` 在线路上是一个字节，服务器会回复它。不要跳过（第 6 课“客户端按行读”）。',
        },
      },
      {
        slug: 'client-reply-in-pieces',
        role: 'client',
        title: {
          en: 'prints a reply that arrives in pieces as one line',
          zh: '把分成几块到达的回复作为一行打印',
        },
        points: 2,
        hint: {
          en: "A 'data' chunk is not a reply. Read the socket as lines: readline.createInterface({ input: socket }) is Python's sock.makefile() with readline() (lesson 6, \"The client reads lines\").",
          zh: "一个 'data' 块不等于一条回复。要按行读套接字：readline.createInterface({ input: socket }) 就是 Python 的 sock.makefile() 加 readline()（第 6 课“客户端按行读”）。",
        },
      },
      {
        slug: 'client-split-characters',
        role: 'client',
        title: {
          en: 'prints Chinese text and emoji intact when a reply splits their bytes',
          zh: '回复把中文和表情符号的字节拆开时，仍完整打印它们',
        },
        points: 1,
        hint: {
          en: 'Decode the whole byte stream with one StringDecoder (readline over the socket does it for you): chunk.toString() on each chunk turns split characters into � (lesson 6, "Characters split across chunks").',
          zh: '用同一个 StringDecoder 解码整个字节流（套接字上的 readline 会替你做）：对每个块调用 chunk.toString() 会把被拆开的字符变成 �（第 6 课“被拆开的字符”）。',
        },
      },
      {
        slug: 'client-quit',
        role: 'client',
        title: {
          en: 'sends `quit` and exits 0 when the server closes',
          zh: '发送 `quit`，服务器关闭后以 0 退出',
        },
        points: 1,
        hint: {
          en: 'Send `quit\\n` like any other line, stop reading stdin, and take the close that follows as the normal end: exit 0 (lesson 6, "Leaving: exit, quit and end of input").',
          zh: '像其他行一样发送 `quit\\n`，停止读 stdin，把随后的关闭当作正常结束：以 0 退出（第 6 课“离开：exit、quit 与输入结束”）。',
        },
      },
      {
        slug: 'client-exit',
        role: 'client',
        title: {
          en: 'ends the connection without sending `exit` and exits 0',
          zh: '不发送 `exit`，结束连接并以 0 退出',
        },
        points: 1,
        hint: {
          en: 'A line whose trimmed text is `exit` is for the client: don\'t send it; end the socket, stop reading stdin and exit 0 once the server has closed too (lesson 6, "Leaving: exit, quit and end of input").',
          zh: '去掉空白后是 `exit` 的行是给客户端的：不要发送；结束套接字，停止读 stdin，等服务器也关闭后以 0 退出（第 6 课“离开：exit、quit 与输入结束”）。',
        },
      },
      {
        slug: 'client-ends-at-eof',
        role: 'client',
        title: {
          en: 'sends the last line, prints its reply and exits 0 at the end of its input',
          zh: '输入结束时发出最后一行、打印它的回复并以 0 退出',
        },
        points: 1,
        hint: {
          en: 'At the end of stdin (readline\'s \'close\'), end the socket but keep reading: the reply to the last line may still be on its way. Exit 0 once the server has closed (lesson 6, "Leaving: exit, quit and end of input").',
          zh: "stdin 结束时（readline 的 'close'）结束套接字，但继续读：最后一行的回复可能还在路上。服务器关闭后以 0 退出（第 6 课“离开：exit、quit 与输入结束”）。",
        },
      },
      {
        slug: 'client-server-closed-first',
        role: 'client',
        title: {
          en: 'says so in one line and exits 1 when the server closes or resets first',
          zh: '服务器先关闭或重置连接时用一行说明并以 1 退出',
        },
        points: 1,
        hint: {
          en: "Watch the socket's 'close' (and 'error', for a reset) all the time, not only while you wait for a reply: if you did not decide to leave, print one line to stderr, stop reading stdin and exit 1 (lesson 6, \"When the server leaves first\").",
          zh: "一直关注套接字的 'close'（重置时还有 'error'），而不只是在等回复的时候：如果不是你决定离开，就向 stderr 打印一行，停止读 stdin，以 1 退出（第 6 课“服务器先离开时”）。",
        },
      },
      {
        slug: 'client-refused',
        role: 'client',
        title: {
          en: 'names the address and exits 1 when no server is listening',
          zh: '没有服务器监听时说出地址并以 1 退出',
        },
        points: 1,
        hint: {
          en: "Handle the connection's 'error' before it is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, \"When nobody answers\").",
          zh: "在连接建立之前就处理 'error'：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。",
        },
      },
    ],
  },
  {
    number: 8,
    slug: 'length-prefix',
    chapter: 5,
    title: { en: 'Length-prefixed frames', zh: '长度前缀帧' },
    roles: ['server', 'client'],
    diagram: 'server-frame-in-pieces',
    checks: [
      {
        slug: 'server-echoes-frames',
        role: 'server',
        title: {
          en: 'echoes each frame back as a frame, in order, whatever bytes it holds',
          zh: '按顺序把每一帧作为帧回显，不管里面是什么字节',
        },
        points: 2,
        hint: {
          en: 'Read the 4-byte length with buffer.readUInt32BE(0), wait until that many payload bytes are there, then write back the header and the payload. `\\n` and `\\0` are ordinary payload bytes (lesson 8, "A frame: length, then payload").',
          zh: '用 buffer.readUInt32BE(0) 读出 4 字节的长度，等载荷字节到齐后，把长度头和载荷一起写回。`\\n` 和 `\\0` 只是普通的载荷字节（第 8 课“帧：先长度，后载荷”）。',
        },
      },
      {
        slug: 'server-frame-in-pieces',
        role: 'server',
        title: {
          en: 'echoes a frame that arrives one byte at a time, header included',
          zh: '回显逐字节到达的一帧，长度头也是逐字节到达',
        },
        points: 2,
        hint: {
          en: 'Even the 4-byte header may come in pieces. Keep a buffer per connection and take a frame out only once its header and its whole payload are there (lesson 8, "Reading exactly N bytes").',
          zh: '连 4 字节的长度头都可能分几块到达。为每个连接保留一个缓冲区，只有长度头和整个载荷都到齐了才取出一帧（第 8 课“恰好读 N 个字节”）。',
        },
      },
      {
        slug: 'server-frames-in-one-write',
        role: 'server',
        title: {
          en: 'echoes each of several frames that arrive in one write',
          zh: '回显一次写入里到达的多个帧',
        },
        points: 2,
        hint: {
          en: 'After taking one frame out of the buffer, loop: what is left may already hold the next frames (lesson 8, "Reading exactly N bytes").',
          zh: '从缓冲区取出一帧后要继续循环：剩下的字节里可能已经有后面的帧了（第 8 课“恰好读 N 个字节”）。',
        },
      },
      {
        slug: 'server-empty-frame',
        role: 'server',
        title: {
          en: 'echoes an empty frame (length 0)',
          zh: '回显空帧（长度为 0）',
        },
        points: 1,
        hint: {
          en: 'A frame of length 0 is complete as soon as its 4 header bytes are there: test `buffer.length >= 4`, not `> 4`, and echo the bare header (lesson 8, "The empty frame").',
          zh: '长度为 0 的帧在 4 个长度字节到齐时就完整了：判断 `buffer.length >= 4` 而不是 `> 4`，然后回显单独的长度头（第 8 课“空帧”）。',
        },
      },
      {
        slug: 'server-largest-frame',
        role: 'server',
        title: {
          en: 'echoes a frame of 1 MiB, the largest allowed',
          zh: '回显 1 MiB 的帧，也就是允许的最大帧',
        },
        points: 1,
        hint: {
          en: 'A length of exactly 1048576 is allowed: refuse only lengths above it, and keep collecting chunks until the whole MiB is there (lesson 8, "A limit on frame size").',
          zh: '长度恰好为 1048576 是允许的：只拒绝比它大的长度，并一直收集数据块，直到整整 1 MiB 都到齐（第 8 课“帧大小的上限”）。',
        },
      },
      {
        slug: 'server-oversized-frame',
        role: 'server',
        title: {
          en: 'closes the connection as soon as a frame announces more than 1 MiB, and serves others on',
          zh: '一帧声明超过 1 MiB 时立即关闭连接，并继续为其他客户端服务',
        },
        points: 2,
        hint: {
          en: 'Check the length as soon as the header is there and close the connection if it is above 1048576: waiting for the payload would let any client make you hold gigabytes (lesson 8, "A limit on frame size").',
          zh: '长度头一到就检查长度，超过 1048576 就关闭连接：等着收载荷，任何客户端都能让你占用好几 GB 内存（第 8 课“帧大小的上限”）。',
        },
      },
      {
        slug: 'server-half-close',
        role: 'server',
        title: {
          en: 'echoes the frames that came before the client half-closes, then closes',
          zh: '客户端半关闭时回显之前到达的帧，然后关闭',
        },
        points: 1,
        hint: {
          en: "A FIN may come right after the last frame: echo every complete frame, then end your side too; the bytes of an unfinished frame are dropped (lesson 8, \"When the client half-closes\").",
          zh: '最后一帧之后可能紧跟着 FIN：回显每个完整的帧，然后也结束你这一端；没收完的帧的字节直接丢弃（第 8 课“客户端半关闭时”）。',
        },
      },
      {
        slug: 'server-survives-reset',
        role: 'server',
        title: {
          en: 'goes on serving other clients after one resets the connection mid-frame',
          zh: '一个客户端在一帧中途重置连接后，继续为其他客户端服务',
        },
        points: 1,
        hint: {
          en: "Handle 'error' on every socket (a reset is ECONNRESET): it ends that conversation, not the server (lesson 8, \"When a client vanishes\").",
          zh: "在每个套接字上处理 'error'（重置就是 ECONNRESET）：它结束的是那一段对话，而不是服务器（第 8 课“客户端突然消失”）。",
        },
      },
      {
        slug: 'server-stops-on-sigterm',
        role: 'server',
        title: {
          en: 'closes every connection and exits 0 on SIGTERM',
          zh: '收到 SIGTERM 时关闭所有连接并以 0 退出',
        },
        points: 1,
        hint: {
          en: 'Keep the open sockets in a Set; on SIGTERM/SIGINT close the listener, destroy every socket and exit 0 (lesson 8, "Stopping the server").',
          zh: '把打开的套接字放进一个 Set；收到 SIGTERM/SIGINT 时关闭监听，销毁每个套接字，然后以 0 退出（第 8 课“停止服务器”）。',
        },
      },
      {
        slug: 'client-sends-frames',
        role: 'client',
        title: {
          en: "sends each input line as one frame with its length in bytes, and prints each reply's payload",
          zh: '把每行输入作为一帧发送（长度按字节计），并打印每条回复的载荷',
        },
        points: 2,
        hint: {
          en: 'Turn the line into bytes first (Buffer.from(line)), then write a 4-byte big-endian header with their count (writeUInt32BE) and the bytes: 你好 is 6 bytes, not 2 (lesson 8, "The client: frames out, frames in").',
          zh: '先把这一行变成字节（Buffer.from(line)），再写 4 字节大端序的长度头（writeUInt32BE）和这些字节：“你好”是 6 个字节，不是 2 个（第 8 课“客户端：帧出，帧入”）。',
        },
      },
      {
        slug: 'client-empty-line',
        role: 'client',
        title: {
          en: 'sends an empty line as an empty frame and prints the empty reply',
          zh: '把空行作为空帧发送，并打印空的回复',
        },
        points: 1,
        hint: {
          en: 'An empty frame is four zero bytes: it reaches the server, which answers it. Don\'t skip empty lines, and print an empty payload as an empty line (lesson 8, "The empty frame").',
          zh: '空帧就是四个零字节：它会到达服务器，服务器也会回复。不要跳过空行，空载荷就打印成一个空行（第 8 课“空帧”）。',
        },
      },
      {
        slug: 'client-reply-in-pieces',
        role: 'client',
        title: {
          en: 'prints a reply frame that arrives one byte at a time as one line, characters intact',
          zh: '把逐字节到达的回复帧作为一行打印，字符完整',
        },
        points: 2,
        hint: {
          en: "A 'data' chunk is not a frame: collect chunks in a buffer, read the length once 4 bytes are there, and decode the payload only when all of it has arrived (lesson 8, \"Reading exactly N bytes\").",
          zh: "一个 'data' 块不等于一帧：把块收进缓冲区，满 4 个字节再读长度，整个载荷到齐后才解码（第 8 课“恰好读 N 个字节”）。",
        },
      },
      {
        slug: 'client-exit',
        role: 'client',
        title: {
          en: 'ends the connection without sending `exit` and exits 0',
          zh: '不发送 `exit`，结束连接并以 0 退出',
        },
        points: 1,
        hint: {
          en: 'On a line whose trimmed text is `exit`, send nothing: end the socket, stop reading stdin and exit 0 once the server has closed too (lesson 8, "Leaving").',
          zh: '遇到去掉空白后是 `exit` 的行，什么也不发送：结束套接字，停止读 stdin，等服务器也关闭后以 0 退出（第 8 课“离开”）。',
        },
      },
      {
        slug: 'client-ends-at-eof',
        role: 'client',
        title: {
          en: 'sends the last frame, prints its reply and exits 0 at the end of its input',
          zh: '输入结束时发出最后一帧、打印它的回复并以 0 退出',
        },
        points: 1,
        hint: {
          en: 'At the end of stdin, end the socket but keep reading: the reply to the last frame may still be on its way. Exit 0 once the server has closed (lesson 8, "Leaving").',
          zh: 'stdin 结束时结束套接字，但继续读：最后一帧的回复可能还在路上。服务器关闭后以 0 退出（第 8 课“离开”）。',
        },
      },
      {
        slug: 'client-server-closed-first',
        role: 'client',
        title: {
          en: 'says so in one line and exits 1 when the server closes or resets first',
          zh: '服务器先关闭或重置连接时用一行说明并以 1 退出',
        },
        points: 1,
        hint: {
          en: "Watch the socket's 'close' (and 'error', for a reset) all the time: if you did not decide to leave, print one line to stderr, stop reading stdin and exit 1 (lesson 8, \"When the server leaves first\").",
          zh: "一直关注套接字的 'close'（重置时还有 'error'）：如果不是你决定离开，就向 stderr 打印一行，停止读 stdin，以 1 退出（第 8 课“服务器先离开时”）。",
        },
      },
      {
        slug: 'client-refused',
        role: 'client',
        title: {
          en: 'names the address and exits 1 when no server is listening',
          zh: '没有服务器监听时说出地址并以 1 退出',
        },
        points: 1,
        hint: {
          en: "Handle the connection's 'error' before it is up: one stderr line naming host:port and the reason, exit code 1, no stack trace (lesson 1, \"When nobody answers\").",
          zh: "在连接建立之前就处理 'error'：向 stderr 打印一行，写明 host:port 和原因，退出码 1，不要调用栈（第 1 课“没人应答时”）。",
        },
      },
    ],
  },
  {
    number: 9,
    slug: 'udp-echo',
    chapter: 6,
    title: { en: 'The UDP echo', zh: 'UDP 回声' },
    roles: ['server', 'client'],
    diagram: 'client-retries',
    checks: [
      {
        slug: 'server-echoes-datagrams',
        role: 'server',
        title: {
          en: 'sends each datagram back to its sender unchanged',
          zh: '把每个数据报原样发回给它的发送者',
        },
        points: 2,
        hint: {
          en: "In the 'message' handler you get the bytes and rinfo: send the same Buffer back to rinfo.port and rinfo.address, without decoding it or adding a newline (lesson 9, \"Echo to the sender\").",
          zh: "'message' 处理函数给你字节和 rinfo：把同一个 Buffer 发回 rinfo.port 和 rinfo.address，不要解码，也不要加换行（第 9 课“回给发送者”）。",
        },
      },
      {
        slug: 'server-empty-datagram',
        role: 'server',
        title: {
          en: 'echoes a zero-length datagram',
          zh: '回显零长度的数据报',
        },
        points: 1,
        hint: {
          en: 'Unlike a TCP write of zero bytes, an empty datagram is a real message: it arrives, and the sender waits for its echo. Send it back like any other (lesson 9, "The empty datagram").',
          zh: '和 TCP 写零字节不同，空数据报是一条真正的消息：它会到达，发送者在等它的回显。像其他数据报一样发回去（第 9 课“空数据报”）。',
        },
      },
      {
        slug: 'server-largest-datagram',
        role: 'server',
        title: {
          en: 'echoes a datagram of 65507 bytes, the largest UDP carries, in one piece',
          zh: '完整回显 65507 字节的数据报，也就是 UDP 能承载的最大数据报',
        },
        points: 1,
        hint: {
          en: 'Node hands you the whole datagram, however big: send it back as it is. Python\'s recvfrom(1024) habit cuts it, and splitting it sends several datagrams where there was one (lesson 9, "How big a datagram can be").',
          zh: 'Node 会把整个数据报交给你，不管多大：原样发回去。照搬 Python 的 recvfrom(1024) 会把它截断，把它拆开则会把一个数据报变成好几个（第 9 课“数据报能有多大”）。',
        },
      },
      {
        slug: 'server-back-to-back',
        role: 'server',
        title: {
          en: 'echoes datagrams sent back to back one for one, never joined or split',
          zh: '对接连发来的数据报逐个回显，既不合并也不拆分',
        },
        points: 2,
        hint: {
          en: 'UDP keeps message boundaries: each \'message\' event is one datagram, and each must go back as one datagram of its own, at once. No buffers, no lines (lesson 9, "Datagrams, not streams").',
          zh: "UDP 保留消息边界：每个 'message' 事件就是一个数据报，每个都要立刻作为单独的一个数据报发回。不要缓冲区，也不要按行处理（第 9 课“数据报，不是字节流”）。",
        },
      },
      {
        slug: 'server-answers-each-sender',
        role: 'server',
        title: {
          en: 'answers each of two clients at its own address',
          zh: '把回复发到两个客户端各自的地址',
        },
        points: 1,
        hint: {
          en: 'There is no connection to remember: every datagram carries its sender in rinfo. Reply to the rinfo of this datagram, not to the first client you heard from (lesson 9, "Echo to the sender").',
          zh: '这里没有需要记住的连接：每个数据报都在 rinfo 里带着它的发送者。回复这个数据报的 rinfo，而不是你听到的第一个客户端（第 9 课“回给发送者”）。',
        },
      },
      {
        slug: 'server-logs-datagrams',
        role: 'server',
        title: {
          en: 'logs `received from <ip>:<port>: <text>` for each datagram',
          zh: '为每个数据报打印 `received from <ip>:<port>: <文本>`',
        },
        points: 1,
        hint: {
          en: 'Print one line per datagram, with rinfo.address, rinfo.port and the bytes decoded as UTF-8 (lesson 9, "Echo to the sender").',
          zh: '每个数据报打印一行，包含 rinfo.address、rinfo.port 和按 UTF-8 解码的内容（第 9 课“回给发送者”）。',
        },
      },
      {
        slug: 'server-stops-on-sigterm',
        role: 'server',
        title: {
          en: 'closes its socket and exits 0 on SIGTERM',
          zh: '收到 SIGTERM 时关闭套接字并以 0 退出',
        },
        points: 1,
        hint: {
          en: 'A bound UDP socket keeps Node running for ever: on SIGTERM/SIGINT close it and exit 0 (lesson 9, "Stopping the server").',
          zh: '绑定的 UDP 套接字会让 Node 一直运行：收到 SIGTERM/SIGINT 时关闭它并以 0 退出（第 9 课“停止服务器”）。',
        },
      },
      {
        slug: 'client-sends-datagrams',
        role: 'client',
        title: {
          en: 'sends each input line as one datagram and prints each reply',
          zh: '把每行输入作为一个数据报发送，并打印每条回复',
        },
        points: 2,
        hint: {
          en: 'Send the line\'s UTF-8 bytes as one datagram, with no `\\n`: the datagram itself is the boundary. Print the reply datagram as one line (lesson 9, "One line, one datagram").',
          zh: '把这一行的 UTF-8 字节作为一个数据报发送，不加 `\\n`：数据报本身就是边界。把回复的数据报作为一行打印（第 9 课“一行一个数据报”）。',
        },
      },
      {
        slug: 'client-empty-line',
        role: 'client',
        title: {
          en: 'sends an empty line as a zero-length datagram and prints the empty reply',
          zh: '把空行作为零长度数据报发送，并打印空的回复',
        },
        points: 1,
        hint: {
          en: 'Zero bytes over TCP send nothing, but over UDP they are a datagram that gets an answer: don\'t skip empty lines (lesson 9, "The empty datagram").',
          zh: '用 TCP 发零字节什么也不会发出，但用 UDP 就是一个会得到回复的数据报：不要跳过空行（第 9 课“空数据报”）。',
        },
      },
      {
        slug: 'client-long-line',
        role: 'client',
        title: {
          en: 'sends a line of 60000 bytes as one datagram',
          zh: '把 60000 字节的一行作为一个数据报发送',
        },
        points: 1,
        hint: {
          en: 'One socket.send() is one datagram, up to 65507 bytes: send the whole line at once, never in pieces (lesson 9, "How big a datagram can be").',
          zh: '一次 socket.send() 就是一个数据报，最多 65507 字节：把整行一次发出，绝不分块（第 9 课“数据报能有多大”）。',
        },
      },
      {
        slug: 'client-retries',
        role: 'client',
        title: {
          en: 'sends the line again when the first datagram gets no reply',
          zh: '第一个数据报没有回复时再发一次',
        },
        points: 2,
        hint: {
          en: 'UDP may lose a datagram and nobody tells you. Wait for the reply with a 500 ms timeout; when it passes, send the same datagram again (lesson 9, "Lost datagrams and retries").',
          zh: 'UDP 可能丢掉数据报，而且没人会告诉你。等待回复时设 500 毫秒超时；超时后把同一个数据报再发一次（第 9 课“丢失的数据报与重试”）。',
        },
      },
      {
        slug: 'client-times-out',
        role: 'client',
        title: {
          en: 'prints `timeout` after three silent tries of 500 ms and goes on with the next line',
          zh: '三次各等 500 毫秒都没有回复时打印 `timeout`，然后继续处理下一行',
        },
        points: 2,
        hint: {
          en: 'Without a timeout, a client waiting for a lost reply hangs for ever. Try at most three times, 500 ms each; then print `timeout` to stderr and read the next line (lesson 9, "Waiting with a timeout").',
          zh: '没有超时，等待一个丢失回复的客户端会永远卡住。最多试三次，每次等 500 毫秒；然后向 stderr 打印 `timeout`，接着读下一行（第 9 课“带超时的等待”）。',
        },
      },
      {
        slug: 'client-exit',
        role: 'client',
        title: {
          en: 'exits 0 on an `exit` line without sending it',
          zh: '读到 `exit` 行时不发送它并以 0 退出',
        },
        points: 1,
        hint: {
          en: 'Compare the trimmed line with `exit` before sending; on a match stop reading stdin, close the socket and exit 0 (lesson 9, "Leaving").',
          zh: '发送前把去掉空白的行和 `exit` 比较；相同就停止读 stdin，关闭套接字并以 0 退出（第 9 课“离开”）。',
        },
      },
      {
        slug: 'client-ends-at-eof',
        role: 'client',
        title: {
          en: 'answers the last line, then exits 0 at the end of its input',
          zh: '输入结束时处理完最后一行，然后以 0 退出',
        },
        points: 1,
        hint: {
          en: 'Lines typed before the end of input still count: finish the last one (send, wait, print), then close the socket so that Node can exit (lesson 9, "Leaving").',
          zh: '输入结束之前的行仍然要处理：完成最后一行（发送、等待、打印），再关闭套接字，让 Node 能够退出（第 9 课“离开”）。',
        },
      },
    ],
  },
  // Lessons 6, 8 and 9 (framing and UDP) are added here.
  {
    number: 11,
    slug: 'worker-threads',
    chapter: 7,
    title: { en: 'Worker threads', zh: '工作线程' },
    roles: ['server'],
    diagram: 'server-ping-during-work',
    checks: [
      {
        slug: 'server-replies',
        role: 'server',
        title: {
          en: 'logs each client; answers `work <n>` with the hash after n rounds (n from 1 to 50000000, else an error line), `ping` with `pong`, anything else as lesson 6 did',
          zh: '记录每个客户端；用 n 轮之后的哈希回答 `work <n>`（n 从 1 到 50000000，否则回复错误行），用 `pong` 回答 `ping`，其余的行照第 6 课回答',
        },
        points: 2,
        hint: {
          en: 'A round is one SHA-256: the first over the bytes of "socket", each next one over the 32 raw bytes (digest(), not the hex) of the last. Reply `work <digits> <64 hex digits>` with the digits as they came, `007` included. Check the number before a worker sees it: 0, or more than 50000000 (a line of digits too long for a number too), gets `error: work takes 1 to 50000000 rounds` (lesson 11, "The rounds").',
          zh: '一轮就是一次 SHA-256：第一轮对 "socket" 的字节，之后每轮对上一轮的 32 个原始字节（digest() 的结果，不是十六进制）。回复 `work <数字> <64 位十六进制>`，数字照收到的原样写回，`007` 也一样。在交给工作线程之前检查数字：0 或超过 50000000（长得放不进数字的一串数字也算）回复 `error: work takes 1 to 50000000 rounds`（第 11 课“轮”）。',
        },
        clauses: ['11.S1', 'G3', 'G4', 'G5', 'G8'],
      },
      {
        slug: 'server-line-rules',
        role: 'server',
        title: {
          en: 'follows lesson 6’s line rules: lines in pieces, many lines in one write, CRLF, split characters, `quit`',
          zh: '遵守第 6 课的行规则：分块到达的行、一次写入的多行、CRLF、被拆开的字符、`quit`',
        },
        points: 2,
        hint: {
          en: 'The line splitter of lesson 6 does not change: a buffer per connection, a StringDecoder, one `\\r` dropped before the `\\n`; `quit` closes the connection after the replies to the lines before it, with no reply of its own (lesson 6, "One write is not one read").',
          zh: '第 6 课的分行代码不变：每个连接一个缓冲区，一个 StringDecoder，去掉 `\\n` 前的一个 `\\r`；`quit` 在它之前那些行的回复之后关闭连接，自己没有回复（第 6 课“一次写不等于一次读”）。',
        },
        clauses: ['11.S1', 'G8'],
      },
      {
        slug: 'server-last-line-at-eof',
        role: 'server',
        title: {
          en: 'answers the work and the unterminated last line a client sent before its FIN, then closes',
          zh: '客户端发 FIN 之前送来的计算请求和没有换行的最后一行都要回答，然后关闭',
        },
        points: 1,
        hint: {
          en: 'A FIN means the client sends no more, not that it stopped reading. Create the server with allowHalfOpen: true and end your side yourself once every line has its reply: by default Node ends it at once, before the work is done (lesson 11, "One line at a time").',
          zh: 'FIN 表示客户端不再发送，并不表示它不再读取。用 allowHalfOpen: true 创建服务器，等每一行都回复完再自己结束这一端：默认情况下 Node 会立刻结束它，那时计算还没做完（第 11 课“一次一行”）。',
        },
        clauses: ['11.S1', '11.S4'],
      },
      {
        slug: 'server-line-too-long',
        role: 'server',
        title: {
          en: 'answers the lines before a line of more than 65536 bytes, then `error: line too long` and closes',
          zh: '先回答超过 65536 字节的行之前的行，再回复 `error: line too long` 并关闭',
        },
        points: 1,
        hint: {
          en: 'The limit of lesson 6 stays, and the error is a reply like any other: it comes in its turn, after the replies to the lines before it (lesson 11, "One line at a time").',
          zh: '第 6 课的上限不变，而且这个错误和其他回复一样：按顺序在它前面那些行的回复之后发出（第 11 课“一次一行”）。',
        },
        clauses: ['11.S1', '11.S4'],
      },
      {
        slug: 'server-ping-during-work',
        role: 'server',
        title: {
          en: "answers another client's `ping` while a long `work` runs",
          zh: '一个长时间的 `work` 运行时，仍然回答另一个客户端的 `ping`',
        },
        points: 2,
        hint: {
          en: 'Hashing on the main thread stops the event loop: no other socket is read until it is over. Post the rounds to a worker thread (node:worker_threads) and write the reply when its message comes back (lesson 11, "When a handler computes").',
          zh: '在主线程上算哈希会让事件循环停下：算完之前别的套接字都读不到。把轮数交给工作线程（node:worker_threads），等它的消息回来再写回复（第 11 课“当处理函数在计算时”）。',
        },
        clauses: ['11.S2', 'G10'],
      },
      {
        slug: 'server-pool-of-one',
        role: 'server',
        title: {
          en: "with WORKERS=1, answers a second client's short work after the first client's long one",
          zh: '在 WORKERS=1 时，第二个客户端的短任务排在第一个客户端的长任务之后回答',
        },
        points: 2,
        hint: {
          en: 'Keep at most WORKERS threads and queue the work that finds them all busy, oldest first; never start a thread per request (lesson 11, "A pool of workers").',
          zh: '最多保留 WORKERS 个线程，线程都忙时把任务排队，先来的先做；不要每个请求开一个线程（第 11 课“工作线程池”）。',
        },
        clauses: ['11.S3'],
      },
      {
        slug: 'server-pool-of-two',
        role: 'server',
        title: {
          en: "with WORKERS=2, answers a second client's short work while the first client's long one runs",
          zh: '在 WORKERS=2 时，第一个客户端的长任务还在运行，第二个客户端的短任务就已得到回答',
        },
        points: 1,
        hint: {
          en: 'Read the pool size from WORKERS: with two threads a short job does not wait for a long one (lesson 11, "A pool of workers").',
          zh: '线程池的大小从 WORKERS 读取：有两个线程时，短任务不必等长任务（第 11 课“工作线程池”）。',
        },
        clauses: ['11.S3'],
      },
      {
        slug: 'server-pool-default',
        role: 'server',
        title: {
          en: 'without WORKERS, runs as many jobs at once as os.availableParallelism() says',
          zh: '没有 WORKERS 时，同时运行的任务数与 os.availableParallelism() 一致',
        },
        points: 1,
        hint: {
          en: 'Unset or empty WORKERS means Math.min(os.availableParallelism(), 64) threads: one per core the process may use (lesson 11, "A pool of workers").',
          zh: 'WORKERS 未设置或为空时，线程数是 Math.min(os.availableParallelism(), 64)：进程能用的每个核一个（第 11 课“工作线程池”）。',
        },
        clauses: ['11.S3'],
      },
      {
        slug: 'server-workers-setting',
        role: 'server',
        title: {
          en: 'exits 1 with one stderr line when WORKERS is not an integer from 1 to 64, and starts when it is empty',
          zh: 'WORKERS 不是 1 到 64 的整数时向 stderr 打印一行并以 1 退出，为空时正常启动',
        },
        points: 1,
        hint: {
          en: 'Check WORKERS before listening: digits only, from 1 to 64; otherwise print `WORKERS must be an integer from 1 to 64` to stderr and exit 1. Number() alone takes `1.5` and `0x10` (lesson 11, "A pool of workers").',
          zh: '监听之前检查 WORKERS：只能是数字，从 1 到 64；否则向 stderr 打印 `WORKERS must be an integer from 1 to 64` 并以 1 退出。只用 Number() 会接受 `1.5` 和 `0x10`（第 11 课“工作线程池”）。',
        },
        clauses: ['11.S3'],
      },
      {
        slug: 'server-one-line-at-a-time',
        role: 'server',
        title: {
          en: 'answers the lines of one connection in their order, a `ping` after a `work` included',
          zh: '按顺序回答同一连接上的各行，`work` 之后的 `ping` 也排在后面',
        },
        points: 2,
        hint: {
          en: 'Answer a connection\'s lines one at a time: keep its complete lines in a queue and take the next only once the reply to the previous one is written (lesson 11, "One line at a time").',
          zh: '一个连接的行要一行一行地回答：把完整的行放进队列，上一行的回复写出之后才取下一行（第 11 课“一次一行”）。',
        },
        clauses: ['11.S4'],
      },
      {
        slug: 'server-client-leaves',
        role: 'server',
        title: {
          en: 'drops the work of clients that left, running or waiting, and goes on serving the others',
          zh: '丢弃已离开的客户端的任务（无论在运行还是在排队），继续为其他客户端服务',
        },
        points: 2,
        hint: {
          en: "When a connection closes, take its waiting work out of the queue and drop the result of its running work; an AbortController per connection does both. A rejected promise that nobody catches ends the process (lesson 11, \"When a client leaves\").",
          zh: '连接关闭时，把它排队中的任务移出队列，丢弃它正在运行的任务的结果；每个连接一个 AbortController 就能做到这两件事。没人捕获的被拒绝的 Promise 会让进程退出（第 11 课“当客户端离开时”）。',
        },
        clauses: ['11.S5', 'G10'],
      },
      {
        slug: 'server-stops-on-sigterm',
        role: 'server',
        title: {
          en: 'closes every connection, ends its workers and exits 0 on SIGTERM, even while work runs',
          zh: '收到 SIGTERM 时关闭所有连接、结束工作线程并以 0 退出，即使任务正在运行',
        },
        points: 1,
        hint: {
          en: 'A worker thread, busy or idle, keeps the process alive like an open socket: on SIGTERM/SIGINT close the listener, destroy every socket and terminate() every worker (lesson 11, "Stopping the workers").',
          zh: '工作线程不管忙不忙，都会像打开的套接字一样让进程继续运行：收到 SIGTERM/SIGINT 时关闭监听、销毁每个套接字，并对每个工作线程调用 terminate()（第 11 课“停止工作线程”）。',
        },
        clauses: ['11.S6', 'G12'],
      },
    ],
  },
];

function completeLesson(info: LessonInfo): Lesson {
  const number = String(info.number).padStart(2, '0');
  return {
    ...info,
    dir: `${number}-${info.slug}`,
    defaultPort: 9000 + info.number,
    checks: info.checks.map((check) => ({ ...check, id: `${number}/${check.slug}`, lesson: info.number })),
  };
}

// Course order is lesson number order, wherever an entry stands above.
export const lessons: Lesson[] = lessonInfos.map(completeLesson).sort((a, b) => a.number - b.number);

/** Finds a lesson by number (`3`, `'03'`) or folder name (`03-connection-loop`). */
export function findLesson(key: string | number): Lesson | undefined {
  const text = String(key).trim();
  if (/^\d+$/.test(text)) return lessons.find((lesson) => lesson.number === Number(text));
  return lessons.find((lesson) => lesson.dir === text || lesson.slug === text);
}

export function findCheck(id: string): Check | undefined {
  return lessons.flatMap((lesson) => lesson.checks).find((check) => check.id === id);
}

export function chapterOf(lesson: Lesson): ChapterInfo {
  const chapter = chapters.find((c) => c.number === lesson.chapter);
  if (!chapter) throw new Error(`lesson ${lesson.dir} names chapter ${lesson.chapter}, which the catalogue lacks`);
  return chapter;
}
