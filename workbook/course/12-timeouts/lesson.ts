import type { LessonInfo } from '../../catalogue.ts';
import { givenPortCheck, logsClientCheck } from '../shared/check-facts.ts';

// The facts of lesson 12: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 12,
  slug: 'timeouts',
  chapter: 8,
  title: { en: 'Time limits', zh: '时间限制' },
  roles: ['server', 'client'],
  diagram: 'server-idle-bye',
  clauses: ['12.S1', '12.S2', '12.S3', '12.C1', '12.C2', '12.C3', '12.C4', '12.B1', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12'],
  checks: [
    givenPortCheck(12),
    logsClientCheck(),
    {
      slug: 'server-replies-to-lines',
      role: 'server',
      title: {
        en: 'replies `Return your msg: <line>` to every line, as in lesson 6',
        zh: '像第 6 课一样，对每一行回复 `Return your msg: <行>`',
      },
      points: 1,
      hint: {
        en: 'Start from your lesson 6 server: the line splitting does not change, only the idle timer is new (lesson 12, "From lesson 6").',
        zh: '从你第 6 课的服务器开始：按行拆分的部分不变，新加的只有空闲计时器（第 12 课“从第 6 课出发”）。',
      },
      clauses: ['12.S1'],
    },
    {
      slug: 'server-line-in-pieces',
      role: 'server',
      title: {
        en: 'replies once to a line that arrives one byte at a time',
        zh: '对逐字节到达的一行只回复一次',
      },
      points: 1,
      hint: {
        en: "Keep each connection's unfinished line in a buffer and reply only when a `\\n` completes it, as in lesson 6 (lesson 6, \"One write is not one read\").",
        zh: '像第 6 课那样，为每个连接保存未完成的行，只有 `\\n` 把它补完时才回复（第 6 课“一次写不等于一次读”）。',
      },
      clauses: ['12.S1'],
    },
    {
      slug: 'server-split-characters',
      role: 'server',
      title: {
        en: 'keeps Chinese text and emoji intact when their bytes are split across writes',
        zh: '中文和 emoji 的字节被拆到多次写入时保持完整',
      },
      points: 1,
      hint: {
        en: 'Decode with one StringDecoder per connection, as in lesson 6 (lesson 6, "Characters split across chunks").',
        zh: '像第 6 课那样，每个连接用一个 StringDecoder 解码（第 6 课“被拆开的字符”）。',
      },
      clauses: ['12.S1', 'G8'],
    },
    {
      slug: 'server-quit',
      role: 'server',
      title: {
        en: 'closes the connection without a reply on a `quit` line',
        zh: '读到 `quit` 行时不回复并关闭连接',
      },
      points: 1,
      hint: {
        en: 'Compare the whole line (its `\\r` dropped) with `quit` and end the connection without a reply, as in lesson 6 (lesson 6, "Leaving with quit").',
        zh: '把整行（去掉 `\\r`）与 `quit` 比较，相同就不回复、结束连接，和第 6 课一样（第 6 课“用 quit 离开”）。',
      },
      clauses: ['12.S1'],
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
        en: "On 'end', answer what is left in the buffer and the decoder, as in lesson 6 (lesson 6, \"CRLF and the last line\").",
        zh: "在 'end' 时回复缓冲区和解码器里剩下的内容，和第 6 课一样（第 6 课“CRLF 与最后一行”）。",
      },
      clauses: ['12.S1'],
    },
    {
      slug: 'server-line-too-long',
      role: 'server',
      title: {
        en: 'answers `error: line too long` and closes on a line of 65537 bytes',
        zh: '遇到 65537 字节的一行时回复 `error: line too long` 并关闭',
      },
      points: 1,
      hint: {
        en: 'Measure lines in bytes (Buffer.byteLength) and keep the 65536-byte limit of lesson 6 (lesson 6, "A limit on line length").',
        zh: '按字节（Buffer.byteLength）计算行长，保留第 6 课 65536 字节的上限（第 6 课“行长度的上限”）。',
      },
      clauses: ['12.S1'],
    },
    {
      slug: 'server-idle-bye',
      role: 'server',
      title: {
        en: 'says `bye: idle for <ms> ms` and ends a silent connection after IDLE_TIMEOUT_MS, never early and never twice as late',
        zh: '连接沉默 IDLE_TIMEOUT_MS 后发送 `bye: idle for <ms> ms` 并结束它，不早，也不晚到两倍',
      },
      points: 2,
      hint: {
        en: "Start one timer per connection when it is accepted; when it fires, write the bye line and call socket.end(). socket.setTimeout() only emits 'timeout': the socket stays open until you end it (lesson 12, \"The idle limit\").",
        zh: "每个连接在被接受时启动一个计时器；计时器到点时写出 bye 行并调用 socket.end()。socket.setTimeout() 只会发出 'timeout' 事件：你不结束它，套接字就一直开着（第 12 课“空闲限制”）。",
      },
      clauses: ['12.S2', '12.S3'],
    },
    {
      slug: 'server-idle-restarts-on-bytes',
      role: 'server',
      title: {
        en: 'keeps a connection open while a line arrives in pieces slower than the limit allows for the whole line',
        zh: '一行分成多块慢慢到达、整行耗时超过限制时，连接仍保持打开',
      },
      points: 2,
      hint: {
        en: "Restart the idle timer on every 'data' chunk (timer.refresh()), not only on complete lines: half a line is the client speaking too (lesson 12, \"Every byte counts\").",
        zh: "每个 'data' 块都要重启空闲计时器（timer.refresh()），而不只是完整的行：半行也是客户端在说话（第 12 课“每个字节都算数”）。",
      },
      clauses: ['12.S2'],
    },
    {
      slug: 'server-idle-per-connection',
      role: 'server',
      title: {
        en: 'ends the silent client only, while another one keeps talking',
        zh: '只结束沉默的客户端，另一个客户端照常交谈',
      },
      points: 1,
      hint: {
        en: 'Each connection needs its own timer, made in the connection handler: one timer for the whole server is kept alive by any client and ends them all (lesson 12, "The idle limit").',
        zh: '每个连接都要有自己的计时器，在连接处理函数里创建：整个服务器共用一个计时器，任何客户端都能让它续命，到点时又会把所有人都结束（第 12 课“空闲限制”）。',
      },
      clauses: ['12.S2', 'G10'],
    },
    {
      slug: 'server-rejects-bad-limits',
      role: 'server',
      title: {
        en: 'refuses an IDLE_TIMEOUT_MS that is not an integer from 1 to 2147483647',
        zh: '拒绝不是 1 到 2147483647 之间整数的 IDLE_TIMEOUT_MS',
      },
      points: 1,
      hint: {
        en: 'Check the text before you use it: digits only, from 1 to 2147483647. A longer Node timer fires after 1 ms. Otherwise print `IDLE_TIMEOUT_MS must be an integer from 1 to 2147483647 ms` to stderr and exit 1 (lesson 12, "Reading a limit").',
        zh: '使用之前先检查文本：只能是数字，范围 1 到 2147483647。超过这个值的 Node 计时器会在 1 毫秒后触发。否则向 stderr 打印 `IDLE_TIMEOUT_MS must be an integer from 1 to 2147483647 ms` 并以 1 退出（第 12 课“读取限制值”）。',
      },
      clauses: ['12.B1'],
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
        en: "Handle 'error' on every socket (a reset is ECONNRESET), and clear that connection's timer when it closes (lesson 6, \"When a client vanishes\").",
        zh: "在每个套接字上处理 'error'（重置就是 ECONNRESET），连接关闭时清掉它的计时器（第 6 课“客户端突然消失”）。",
      },
      clauses: ['G10'],
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
        en: 'On SIGTERM/SIGINT close the listener, destroy every open socket and exit 0: a pending idle timer would otherwise keep Node running (lesson 6, "Stopping the server").',
        zh: '收到 SIGTERM/SIGINT 时关闭监听、销毁所有打开的套接字并以 0 退出：否则还在等待的空闲计时器会让 Node 一直运行（第 6 课“停止服务器”）。',
      },
      clauses: ['G12'],
    },
    {
      slug: 'client-sends-lines',
      role: 'client',
      title: {
        en: 'sends each input line with `\\n` and prints each reply, as in lesson 6',
        zh: '像第 6 课一样，发送每行输入（带 `\\n`）并打印每条回复',
      },
      points: 1,
      hint: {
        en: 'Start from your lesson 6 client: lines go out untrimmed with `\\n`, replies are read as lines (lesson 12, "From lesson 6").',
        zh: '从你第 6 课的客户端开始：每行不去空白、加 `\\n` 发出，回复按行读取（第 12 课“从第 6 课出发”）。',
      },
      clauses: ['12.C1', 'G6', 'G8'],
    },
    {
      slug: 'client-reply-in-pieces',
      role: 'client',
      title: {
        en: 'prints a reply that arrives in pieces as one line',
        zh: '把分块到达的回复作为一行打印',
      },
      points: 1,
      hint: {
        en: 'Read the socket as lines with readline.createInterface({ input: socket }), as in lesson 6 (lesson 6, "The client reads lines").',
        zh: '像第 6 课那样，用 readline.createInterface({ input: socket }) 按行读取套接字（第 6 课“客户端按行读”）。',
      },
      clauses: ['12.C1'],
    },
    {
      slug: 'client-quit',
      role: 'client',
      title: {
        en: 'sends `quit` and exits 0 when the server closes, without waiting for a reply',
        zh: '发送 `quit`，服务器关闭时以 0 退出，不等待回复',
      },
      points: 1,
      hint: {
        en: 'Send `quit\\n`, stop reading stdin and start no reply timer for it: the server answers `quit` by closing (lesson 12, "A limit on each reply").',
        zh: '发送 `quit\\n`，停止读 stdin，不要为它启动回复计时器：服务器对 `quit` 的回答就是关闭连接（第 12 课“每条回复的时限”）。',
      },
      clauses: ['12.C1', '12.C3'],
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
        en: 'A line whose trimmed text is `exit` is for the client: end the socket, stop reading stdin and exit 0 once the server has closed too (lesson 6, "Leaving: exit, quit and end of input").',
        zh: '去掉空白后是 `exit` 的行是给客户端的：结束套接字，停止读 stdin，等服务器也关闭后以 0 退出（第 6 课“离开：exit、quit 与输入结束”）。',
      },
      clauses: ['12.C1', 'G11'],
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
        en: 'At the end of stdin, end the socket but keep reading: the last reply may still be on its way. Exit 0 once the server has closed (lesson 6, "Leaving: exit, quit and end of input").',
        zh: 'stdin 结束时结束套接字，但继续读：最后一条回复可能还在路上。服务器关闭后以 0 退出（第 6 课“离开：exit、quit 与输入结束”）。',
      },
      clauses: ['12.C1', 'G11'],
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
        en: "Watch the socket's 'close' (and 'error', for a reset): if you did not decide to leave, print one line to stderr, stop reading stdin and exit 1 (lesson 6, \"When the server leaves first\").",
        zh: "一直关注套接字的 'close'（重置时还有 'error'）：如果不是你决定离开，就向 stderr 打印一行，停止读 stdin，以 1 退出（第 6 课“服务器先离开时”）。",
      },
      clauses: ['12.C1', 'G7'],
    },
    {
      slug: 'client-prints-bye',
      role: 'client',
      title: {
        en: "prints the server's `bye: …` line like a reply, then says in one line that the server closed and exits 1",
        zh: '像回复一样打印服务器的 `bye: …` 行，然后用一行说明服务器已关闭并以 1 退出',
      },
      points: 1,
      hint: {
        en: 'A server may speak first: print every line that arrives, even when no line of yours is waiting for it. The close that follows is the server leaving first (lesson 12, "A limit on each reply").',
        zh: '服务器也可能先开口：到达的每一行都要打印，即使你没有在等它。随后的关闭就是服务器先离开（第 12 课“每条回复的时限”）。',
      },
      clauses: ['12.C1'],
    },
    {
      slug: 'client-refused-at-once',
      role: 'client',
      title: {
        en: 'fails at once with one line naming the address when the connection is refused, long before its connect limit',
        zh: '连接被拒绝时立即失败，用一行说出地址，远早于连接时限',
      },
      points: 1,
      hint: {
        en: "A refusal is an answer (RST): the 'error' event comes at once. Report it right away with one stderr line and exit 1; don't wait for the connect timer or try again (lesson 12, \"Why a connect can hang\").",
        zh: "拒绝也是一种回答（RST）：'error' 事件立刻就来。马上用一行 stderr 报告并以 1 退出；不要等连接计时器，也不要重试（第 12 课“连接为什么会卡住”）。",
      },
      clauses: ['12.C2', 'G9'],
    },
    {
      slug: 'client-connect-timeout',
      role: 'client',
      title: {
        en: 'gives up on a connect that gets no answer after CONNECT_TIMEOUT_MS with `cannot connect to <host>:<port>: timed out after <ms> ms`',
        zh: '连接得不到回答时，在 CONNECT_TIMEOUT_MS 后以 `cannot connect to <host>:<port>: timed out after <ms> ms` 放弃',
      },
      points: 2,
      hint: {
        en: "A SYN nobody answers leaves connect() pending for minutes. Wait for 'connect' with a limit: once(socket, 'connect', { signal: AbortSignal.timeout(ms) }); on the abort destroy the socket, print the line and exit 1 (lesson 12, \"A limit on the connect\").",
        zh: "没人回应的 SYN 会让 connect() 挂上好几分钟。等待 'connect' 时加上时限：once(socket, 'connect', { signal: AbortSignal.timeout(ms) })；中止时销毁套接字，打印那一行并以 1 退出（第 12 课“给连接加时限”）。",
      },
      clauses: ['12.C2', '12.C4', 'G9'],
    },
    {
      slug: 'client-connect-limit-over',
      role: 'client',
      title: {
        en: 'keeps a session going long after CONNECT_TIMEOUT_MS once it is connected',
        zh: '连上之后，会话持续到远超 CONNECT_TIMEOUT_MS 也照常进行',
      },
      points: 1,
      hint: {
        en: 'The connect limit ends when the connection is up: clear its timer (or let once() drop its signal). A timer left running cuts a good session off (lesson 12, "A limit on the connect").',
        zh: '连接一建立，连接时限就结束了：清掉它的计时器（或让 once() 放开它的 signal）。留着计时器继续跑，会把好好的会话切断（第 12 课“给连接加时限”）。',
      },
      clauses: ['12.C2'],
    },
    {
      slug: 'client-reply-timeout',
      role: 'client',
      title: {
        en: 'says `no reply within <ms> ms`, ends the connection and exits 1 when a reply is REPLY_TIMEOUT_MS late, never early and never twice as late',
        zh: '回复迟到 REPLY_TIMEOUT_MS 时打印 `no reply within <ms> ms`、结束连接并以 1 退出，不早，也不晚到两倍',
      },
      points: 2,
      hint: {
        en: 'Start a timer when you send a line and clear it when its reply line arrives. When it fires: one stderr line, socket.end(), stop reading stdin, print nothing that comes later, exit 1 (lesson 12, "A limit on each reply").',
        zh: '发出一行时启动计时器，它的回复行到达时清掉。计时器到点时：一行 stderr、socket.end()、停止读 stdin、之后到达的内容一概不打印、以 1 退出（第 12 课“每条回复的时限”）。',
      },
      clauses: ['12.C3', '12.C4', 'G11'],
    },
    {
      slug: 'client-reply-timer-per-line',
      role: 'client',
      title: {
        en: 'times each line it sends: a reply that trickles in without its `\\n`, or one owed for a second line, still runs out',
        zh: '为发出的每一行单独计时：没有 `\\n` 的回复一点点到达，或者第二行欠着的回复，照样会超时',
      },
      points: 2,
      hint: {
        en: "Keep one timer per line sent, in order, and clear the oldest only when a whole reply line arrives. An idle timer (socket.setTimeout) is kept alive by any byte, and one shared timer cleared by the first reply forgets the second line (lesson 12, \"A limit on each reply\").",
        zh: '为每个发出的行按顺序各留一个计时器，只有完整的回复行到达时才清掉最早的那个。空闲计时器（socket.setTimeout）会被任何字节续命；被第一条回复清掉的共用计时器会忘了第二行（第 12 课“每条回复的时限”）。',
      },
      clauses: ['12.C3'],
    },
    {
      slug: 'client-rejects-bad-limits',
      role: 'client',
      title: {
        en: 'refuses a CONNECT_TIMEOUT_MS or REPLY_TIMEOUT_MS that is not an integer from 1 to 2147483647',
        zh: '拒绝不是 1 到 2147483647 之间整数的 CONNECT_TIMEOUT_MS 或 REPLY_TIMEOUT_MS',
      },
      points: 1,
      hint: {
        en: 'Check each limit before connecting: digits only, from 1 to 2147483647; otherwise print `<NAME> must be an integer from 1 to 2147483647 ms` to stderr and exit 1 (lesson 12, "Reading a limit").',
        zh: '连接之前检查每个限制值：只能是数字，范围 1 到 2147483647；否则向 stderr 打印 `<名字> must be an integer from 1 to 2147483647 ms` 并以 1 退出（第 12 课“读取限制值”）。',
      },
      clauses: ['12.B1'],
    },
  ],
};

export default lesson;
