import type { LessonInfo } from '../../catalogue.ts';
import { givenPortCheck } from '../shared/check-facts.ts';

// The facts of lesson 9: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 9,
  slug: 'udp-echo',
  chapter: 6,
  title: { en: 'The UDP echo', zh: 'UDP 回声' },
  roles: ['server', 'client'],
  diagram: 'client-retries',
  clauses: ['09.S1', '09.S2', '09.C1', '09.C2', '09.C3', 'G3', 'G4', 'G6', 'G7', 'G8', 'G12'],
  checks: [
    givenPortCheck(9, { call: 'socket.bind()' }),
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
      clauses: ['09.S1', 'G8'],
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
      clauses: ['09.S1'],
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
      clauses: ['09.S1'],
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
      clauses: ['09.S1'],
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
      clauses: ['09.S1'],
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
      clauses: ['09.S2', 'G4', 'G8'],
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
      clauses: ['09.S1', 'G12'],
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
      clauses: ['09.C1', 'G3', 'G6', 'G7', 'G8'],
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
      clauses: ['09.C1'],
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
      clauses: ['09.C1', 'G8'],
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
      clauses: ['09.C2'],
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
      clauses: ['09.C2', 'G7'],
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
      clauses: ['09.C3'],
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
      clauses: ['09.C3'],
    },
  ],
};

export default lesson;
