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
  diagram?: string;
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
  // Lessons 4, 5 and 7 (the chats) are added here.
  // Lessons 6, 8 and 9 (framing and UDP) are added here.
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
