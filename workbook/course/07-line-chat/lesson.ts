import type { LessonInfo } from '../../catalogue.ts';
import { givenPortCheck, keepsRunningAtEofCheck, logsEveryClientCheck, stopsOnQuitCommandCheck } from '../shared/check-facts.ts';

// The facts of lesson 7: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 7,
  slug: 'line-chat',
  chapter: 5,
  title: { en: 'The chat room over lines', zh: '按行聊天的聊天室' },
  roles: ['server'],
  diagram: 'line-in-pieces',
  clauses: ['07.S1', '07.S2', '07.S3', 'G3', 'G4', 'G5', 'G8', 'G10', 'G12'],
  checks: [
    givenPortCheck(7, { slug: 'given-port' }),
    logsEveryClientCheck(['G4', 'G5']),
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
      clauses: ['07.S1', 'G8'],
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
      clauses: ['07.S1'],
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
      clauses: ['07.S1'],
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
      clauses: ['07.S2'],
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
      clauses: ['07.S2', 'G8'],
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
      clauses: ['07.S2'],
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
      clauses: ['07.S1'],
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
      clauses: ['07.S2'],
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
      clauses: ['07.S2'],
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
      clauses: ['07.S1'],
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
      clauses: ['07.S3', 'G10'],
    },
    stopsOnQuitCommandCheck(['07.S3']),
    keepsRunningAtEofCheck(['07.S3']),
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
      clauses: ['07.S3', 'G12'],
    },
  ],
};

export default lesson;
