import type { LessonInfo } from '../../catalogue.ts';
import { clientRefusedCheck, givenPortCheck, logsClientCheck } from '../shared/check-facts.ts';

// The facts of lesson 8: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 8,
  slug: 'length-prefix',
  chapter: 5,
  title: { en: 'Length-prefixed frames', zh: '长度前缀帧' },
  roles: ['server', 'client'],
  diagram: 'server-frame-in-pieces',
  clauses: ['08.S1', '08.S2', '08.C1', '08.C2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12'],
  checks: [
    givenPortCheck(8),
    logsClientCheck(),
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
      clauses: ['08.S1', 'G8'],
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
      clauses: ['08.S1'],
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
      clauses: ['08.S1'],
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
      clauses: ['08.S1'],
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
      clauses: ['08.S1', '08.S2'],
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
      clauses: ['08.S2', 'G10'],
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
      clauses: ['08.S1', 'G10'],
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
        en: 'Keep the open sockets in a Set; on SIGTERM/SIGINT close the listener, destroy every socket and exit 0 (lesson 8, "Stopping the server").',
        zh: '把打开的套接字放进一个 Set；收到 SIGTERM/SIGINT 时关闭监听，销毁每个套接字，然后以 0 退出（第 8 课“停止服务器”）。',
      },
      clauses: ['G12'],
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
      clauses: ['08.C1', 'G6', 'G7', 'G8'],
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
      clauses: ['08.C1'],
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
      clauses: ['08.C1', 'G8'],
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
      clauses: ['08.C2', 'G11'],
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
      clauses: ['08.C2', 'G11'],
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
      clauses: ['08.C2', 'G7'],
    },
    clientRefusedCheck(),
  ],
};

export default lesson;
