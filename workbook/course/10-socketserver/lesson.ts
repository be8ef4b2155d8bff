import type { LessonInfo } from '../../catalogue.ts';
import { givenPortCheck } from '../shared/check-facts.ts';

// The facts of lesson 10: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 10,
  slug: 'socketserver',
  chapter: 7,
  title: { en: 'A socketserver of your own', zh: '自己的 socketserver' },
  roles: ['server'],
  diagram: 'threading-sleep-delays-no-one',
  clauses: ['10.S1', '10.S2', '10.S3', '10.S4', '10.S5', '10.S6', 'G3', 'G4', 'G5', 'G8', 'G10', 'G12'],
  checks: [
    givenPortCheck(10, { slug: 'given-port', call: 'your server class' }),
    {
      slug: 'replies-to-lines',
      role: 'server',
      title: {
        en: 'answers `sleep <ms>` with `slept <ms>`, a sleep over 10000 ms with an error, and any other line with `Return your msg: <line>`',
        zh: '对 `sleep <毫秒>` 回复 `slept <毫秒>`，对超过 10000 毫秒的 sleep 回复错误，对其他行回复 `Return your msg: <行>`',
      },
      points: 2,
      hint: {
        en: 'Match the whole line against /^sleep ([0-9]+)$/: `sleep -1` and `sleep x` are ordinary lines. Reply `slept` with the digits as they came (`sleep 007` → `slept 007`); above 10000 reply the error and keep the connection open (lesson 10, "Sleeping without stopping the world").',
        zh: '用 /^sleep ([0-9]+)$/ 匹配整行：`sleep -1` 和 `sleep x` 是普通的行。回复 `slept` 时照原样带上数字（`sleep 007` → `slept 007`）；超过 10000 就回复错误，连接保持打开（第 10 课“睡眠而不让世界停下”）。',
      },
      clauses: ['10.S2'],
    },
    {
      slug: 'sleep-waits-its-time',
      role: 'server',
      title: {
        en: 'answers `sleep 1500` no sooner than 1500 ms later, and before twice that',
        zh: '对 `sleep 1500` 的回复不早于 1500 毫秒，也早于它的两倍',
      },
      points: 1,
      hint: {
        en: "Wait with a timer: `await setTimeout(ms)` from node:timers/promises. Not a shorter wait, not two waits in a row, and not a loop that watches the clock (lesson 10, \"Sleeping without stopping the world\").",
        zh: '用定时器等待：node:timers/promises 里的 `await setTimeout(ms)`。不要等得更短，不要连等两次，也不要写盯着时钟的循环（第 10 课“睡眠而不让世界停下”）。',
      },
      clauses: ['10.S2'],
    },
    {
      slug: 'lines-in-pieces',
      role: 'server',
      title: {
        en: 'answers a line cut into pieces once, several lines in one write each, characters and CRLF intact',
        zh: '被切成几块的一行只回复一次，一次写入的多行各回复一次，字符完整，CRLF 也处理好',
      },
      points: 2,
      hint: {
        en: 'readLine() is lesson 6\'s splitter behind a promise: a buffer and a StringDecoder per connection, a line at every `\\n`, one `\\r` before it dropped, and the lines after the first kept for the next call (lesson 10, "Reading lines on request").',
        zh: 'readLine() 就是包在 Promise 后面的第 6 课切分器：每个连接一个缓冲区和一个 StringDecoder，每个 `\\n` 是一行，去掉它前面的一个 `\\r`，第一行之后的行留给下一次调用（第 10 课“按需读行”）。',
      },
      clauses: ['10.S2', 'G8'],
    },
    {
      slug: 'last-line-at-eof',
      role: 'server',
      title: {
        en: 'answers every line, an unfinished `sleep` and a last line without `\\n` included, before it closes after the client\'s FIN',
        zh: '客户端发来 FIN 后，先回复每一行（包括还在睡眠的 `sleep` 和没有 `\\n` 的最后一行），再关闭连接',
      },
      points: 2,
      hint: {
        en: 'A FIN ends the client\'s input, not your replies: create the server with allowHalfOpen: true, let readLine() return the unterminated last line and then null, and end the connection only once handle() has returned (lesson 10, "Reading lines on request").',
        zh: 'FIN 结束的是客户端的输入，不是你的回复：创建服务器时用 allowHalfOpen: true，让 readLine() 先返回没有结束符的最后一行、再返回 null，等 handle() 返回后才结束连接（第 10 课“按需读行”）。',
      },
      clauses: ['10.S2'],
    },
    {
      slug: 'quit',
      role: 'server',
      title: {
        en: 'closes the connection without a reply on a `quit` line, and answers ` quit` like any line',
        zh: '收到 `quit` 行时不回复并关闭连接，而 ` quit` 像普通行一样回复',
      },
      points: 1,
      hint: {
        en: 'In handle(), return when the line is exactly `quit`: the server closes the connection after finish(). Compare the whole line, not a trimmed one (lesson 10, "The handler: setup, handle, finish").',
        zh: '在 handle() 里，行恰好是 `quit` 时就返回：服务器会在 finish() 之后关闭连接。比较整行，不要先去空白（第 10 课“处理器：setup、handle、finish”）。',
      },
      clauses: ['10.S2'],
    },
    {
      slug: 'line-limit',
      role: 'server',
      title: {
        en: 'answers a line of 65536 bytes, and closes with `error: line too long` on a longer one',
        zh: '回复 65536 字节的一行，更长的一行则回复 `error: line too long` 并关闭',
      },
      points: 1,
      hint: {
        en: 'Count bytes (Buffer.byteLength), not characters, and not the line end. readLine() throws LineTooLongError; the handler catches it, writes the error line and returns (lesson 10, "Reading lines on request").',
        zh: '数字节（Buffer.byteLength），不数字符，也不算行尾。readLine() 抛出 LineTooLongError；处理器捕获它，写出错误行然后返回（第 10 课“按需读行”）。',
      },
      clauses: ['10.S2'],
    },
    {
      slug: 'endless-line',
      role: 'server',
      title: {
        en: 'gives up on a line that never ends, instead of keeping megabytes of it',
        zh: '放弃一条永不结束的行，而不是把好几 MB 都留在内存里',
      },
      points: 1,
      hint: {
        en: 'Check the unfinished line\'s size on every chunk, not only at a `\\n`: an endless line has none. Past 65537 bytes, readLine() throws (lesson 10, "Reading lines on request").',
        zh: '每收到一块就检查未完成的行有多大，而不是只在遇到 `\\n` 时检查：永不结束的行根本没有 `\\n`。超过 65537 字节时 readLine() 就抛出异常（第 10 课“按需读行”）。',
      },
      clauses: ['10.S2'],
    },
    {
      slug: 'replies-in-order',
      role: 'server',
      title: {
        en: 'answers the lines of one connection in order: a line that arrives during a `sleep` after `slept`',
        zh: '按顺序回复同一连接上的行：睡眠期间到达的行在 `slept` 之后回复',
      },
      points: 2,
      hint: {
        en: 'Handle one line at a time: `await` the answer before you read the next line. Starting a reply without waiting for the one before lets the quick ones overtake (lesson 10, "The handler: setup, handle, finish").',
        zh: '一次处理一行：先 `await` 这一行的回复，再读下一行。不等前一个回复就开始下一个，快的回复就会抢到前面（第 10 课“处理器：setup、handle、finish”）。',
      },
      clauses: ['10.S3'],
    },
    {
      slug: 'threading-by-default',
      role: 'server',
      title: {
        en: 'serves every client at once when MODE is unset or empty, and logs each as it connects',
        zh: 'MODE 未设置或为空时同时服务所有客户端，并在每个客户端连上时记录它',
      },
      points: 1,
      hint: {
        en: 'Read MODE with `process.env.MODE || \'threading\'`: `??` keeps an empty string. Print `connected from <ip>:<port>` in setup() (lesson 10, "Choosing the server with MODE").',
        zh: '用 `process.env.MODE || \'threading\'` 读 MODE：`??` 会留下空字符串。在 setup() 里打印 `connected from <ip>:<port>`（第 10 课“用 MODE 选择服务器”）。',
      },
      clauses: ['10.S1', 'G4', 'G5'],
    },
    {
      slug: 'unknown-mode',
      role: 'server',
      title: {
        en: 'refuses an unknown MODE with one line on stderr and exit code 1',
        zh: '遇到未知的 MODE 时在 stderr 打印一行并以 1 退出',
      },
      points: 1,
      hint: {
        en: 'Before listening, check MODE: anything but `single` or `threading` gets `unknown MODE: <value> (use single or threading)` on stderr and process.exit(1) (lesson 10, "Choosing the server with MODE").',
        zh: '监听之前检查 MODE：除了 `single` 和 `threading` 以外的值，都在 stderr 打印 `unknown MODE: <值> (use single or threading)` 并 process.exit(1)（第 10 课“用 MODE 选择服务器”）。',
      },
      clauses: ['10.S1'],
    },
    {
      slug: 'threading-sleep-delays-no-one',
      role: 'server',
      title: {
        en: "in `threading` mode, answers other clients while one client's `sleep 10000` runs",
        zh: '在 `threading` 模式下，一个客户端的 `sleep 10000` 进行时照样回复其他客户端',
      },
      points: 2,
      hint: {
        en: 'ThreadingTCPServer starts a handler for every connection at once, and the sleep must be a timer: a loop that waits for the clock to pass stops the event loop, and every client with it (lesson 10, "All at once: ThreadingTCPServer").',
        zh: 'ThreadingTCPServer 为每个连接立即启动一个处理器，而睡眠必须是定时器：等时钟走完的循环会让事件循环停下，所有客户端都跟着停下（第 10 课“同时服务：ThreadingTCPServer”）。',
      },
      clauses: ['10.S5'],
    },
    {
      slug: 'single-one-at-a-time',
      role: 'server',
      title: {
        en: 'in `single` mode, neither answers nor logs a second client while it serves the first',
        zh: '在 `single` 模式下，服务第一个客户端时既不回复也不记录第二个客户端',
      },
      points: 2,
      hint: {
        en: 'TCPServer serves one client at a time: new connections wait in a queue, paused (pauseOnConnect), and the next handler starts only when the one before has finished (lesson 10, "One at a time: TCPServer").',
        zh: 'TCPServer 一次只服务一个客户端：新连接暂停着（pauseOnConnect）在队列里等待，前一个处理器结束后才启动下一个（第 10 课“一次一个：TCPServer”）。',
      },
      clauses: ['10.S4', 'G5'],
    },
    {
      slug: 'single-serves-next',
      role: 'server',
      title: {
        en: 'in `single` mode, serves the next client when the first leaves or resets, answering what it sent while it waited',
        zh: '在 `single` 模式下，第一个客户端离开或重置后服务下一个，并回复它等待时发来的内容',
      },
      points: 2,
      hint: {
        en: 'When a handler finishes (the client sent FIN, or reset), take the next socket from the queue and resume it: its lines are still in the kernel\'s buffers (lesson 10, "One at a time: TCPServer").',
        zh: '一个处理器结束后（客户端发来 FIN 或重置了连接），从队列里取出下一个套接字并 resume：它的行还在内核的缓冲区里（第 10 课“一次一个：TCPServer”）。',
      },
      clauses: ['10.S4'],
    },
    {
      slug: 'single-next-after-sleep',
      role: 'server',
      title: {
        en: 'in `single` mode, serves the next client once a sleep ends whose client has left',
        zh: '在 `single` 模式下，客户端已经离开的 sleep 结束后，接着服务下一个客户端',
      },
      points: 1,
      hint: {
        en: 'The reply to a client that left goes nowhere: write() must skip a destroyed socket, every socket needs an \'error\' listener, and readLine() must then return null so that the handler ends (lesson 10, "When a client vanishes").',
        zh: '给已经离开的客户端的回复无处可去：write() 要跳过已销毁的套接字，每个套接字都要有 \'error\' 监听函数，之后 readLine() 要返回 null，让处理器结束（第 10 课“客户端突然消失”）。',
      },
      clauses: ['10.S4', 'G10'],
    },
    {
      slug: 'survives-reset',
      role: 'server',
      title: {
        en: 'goes on serving other clients after one resets the connection in the middle of a line',
        zh: '一个客户端在一行中途重置连接后，继续服务其他客户端',
      },
      points: 1,
      hint: {
        en: "Give every socket an 'error' listener in the framework, and let a reset end that connection's input: readLine() returns null (lesson 10, \"When a client vanishes\").",
        zh: "在框架里给每个套接字加上 'error' 监听函数，让重置结束那个连接的输入：readLine() 返回 null（第 10 课“客户端突然消失”）。",
      },
      clauses: ['G10'],
    },
    {
      slug: 'stops-on-sigterm',
      role: 'server',
      title: {
        en: 'closes every connection and exits 0 on SIGTERM, even while a `sleep` runs',
        zh: '收到 SIGTERM 时关闭所有连接并以 0 退出，即使有 `sleep` 正在进行',
      },
      points: 1,
      hint: {
        en: 'shutdown() closes the listener and destroys every open socket; then exit with process.exit(0): a pending sleep is a timer that would keep Node running for up to 10 s (lesson 10, "Stopping the server: shutdown").',
        zh: 'shutdown() 关闭监听并销毁每个打开的套接字；然后用 process.exit(0) 退出：还没结束的 sleep 是一个定时器，会让 Node 再运行最多 10 秒（第 10 课“停止服务器：shutdown”）。',
      },
      clauses: ['10.S6', 'G12'],
    },
    {
      slug: 'single-stops-on-sigterm',
      role: 'server',
      title: {
        en: 'in `single` mode, closes the served and the waiting connections and exits 0 on SIGTERM',
        zh: '在 `single` 模式下，收到 SIGTERM 时关闭正在服务的和正在等待的连接，并以 0 退出',
      },
      points: 1,
      hint: {
        en: 'Keep every socket, waiting ones included, in a Set from the moment it is accepted: shutdown() destroys them all (lesson 10, "Stopping the server: shutdown").',
        zh: '每个套接字从被接受的那一刻起就放进一个 Set，等待中的也一样：shutdown() 把它们全部销毁（第 10 课“停止服务器：shutdown”）。',
      },
      clauses: ['10.S6', 'G12'],
    },
  ],
};

export default lesson;
