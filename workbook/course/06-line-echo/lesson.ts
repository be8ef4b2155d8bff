import type { LessonInfo } from '../../catalogue.ts';
import { clientRefusedCheck, givenPortCheck, logsClientCheck } from '../shared/check-facts.ts';

// The facts of lesson 6: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 6,
  slug: 'line-echo',
  chapter: 5,
  title: { en: 'The line echo', zh: '按行回声' },
  roles: ['server', 'client'],
  diagram: 'server-line-in-pieces',
  clauses: ['06.S1', '06.S2', '06.S3', '06.S4', '06.S5', '06.S6', '06.C1', '06.C2', '06.C3', '06.C4', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12'],
  checks: [
    givenPortCheck(6),
    logsClientCheck(),
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
      clauses: ['06.S1', 'G8'],
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
      clauses: ['06.S2'],
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
      clauses: ['06.S2'],
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
      clauses: ['06.S3', 'G8'],
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
      clauses: ['06.S1'],
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
      clauses: ['06.S5'],
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
      clauses: ['06.S4'],
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
      clauses: ['06.S1'],
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
      clauses: ['06.S6'],
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
      clauses: ['06.S6'],
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
      clauses: ['06.S6'],
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
        en: 'Keep the open sockets in a Set; on SIGTERM/SIGINT close the listener, destroy every socket and exit 0 (lesson 6, "Stopping the server").',
        zh: '把打开的套接字放进一个 Set；收到 SIGTERM/SIGINT 时关闭监听，销毁每个套接字，然后以 0 退出（第 6 课“停止服务器”）。',
      },
      clauses: ['G12'],
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
      clauses: ['06.C1', 'G6', 'G7', 'G8'],
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
      clauses: ['06.C1'],
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
      clauses: ['06.C3'],
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
      clauses: ['06.C3', 'G8'],
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
      clauses: ['06.C1'],
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
      clauses: ['06.C2', 'G11'],
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
      clauses: ['06.C2', 'G11'],
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
      clauses: ['06.C4', 'G7'],
    },
    clientRefusedCheck(),
  ],
};

export default lesson;
