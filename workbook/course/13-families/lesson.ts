import type { LessonInfo } from '../../catalogue.ts';
import { clientRefusedCheck } from '../shared/check-facts.ts';

// The facts of lesson 13: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 13,
  slug: 'families',
  chapter: 8,
  title: { en: 'IPv6 and Unix sockets', zh: 'IPv6 与 Unix 套接字' },
  roles: ['server', 'client'],
  diagram: 'server-dual-stack',
  clauses: ['13.S1', '13.S2', '13.S3', '13.S4', '13.S5', '13.S6', '13.C1', '13.C2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12'],
  checks: [
    {
      slug: 'server-line-echo',
      role: 'server',
      title: {
        en: 'answers lines over IPv4 as in lesson 6, to two clients at once, however the lines are cut',
        zh: '像第 6 课一样通过 IPv4 回答每一行，同时服务两个客户端，不论行被怎样切开',
      },
      points: 2,
      hint: {
        en: 'The echo itself is lesson 6\'s: a buffer and a StringDecoder per connection, one reply per `\\n`, a `\\r` before it dropped. Print `listening on 127.0.0.1:<port>` and `connected from <ip>:<port>` (lesson 13, "Address families").',
        zh: '回声本身就是第 6 课的：每个连接一个缓冲区和一个 StringDecoder，每个 `\\n` 一条回复，去掉它前面的 `\\r`。打印 `listening on 127.0.0.1:<port>` 和 `connected from <ip>:<port>`（第 13 课“地址族”）。',
      },
      clauses: ['13.S1', 'G4', 'G5', 'G8'],
    },
    {
      slug: 'server-quit-eof-and-limit',
      role: 'server',
      title: {
        en: 'closes on `quit`, answers a last line at EOF, and refuses a line longer than 65536 bytes',
        zh: '收到 `quit` 时关闭，输入结束时回答最后一行，拒绝超过 65536 字节的行',
      },
      points: 1,
      hint: {
        en: 'Lesson 6\'s rules, unchanged: `quit` closes with no reply; at the client\'s FIN, answer what is left of the line; a line of more than 65536 bytes gets `error: line too long` and a close (lesson 6, "A limit on line length").',
        zh: '第 6 课的规则不变：`quit` 不回复直接关闭；客户端发来 FIN 时回答剩下的半行；超过 65536 字节的行得到 `error: line too long` 然后关闭（第 6 课“行长度的上限”）。',
      },
      clauses: ['13.S1'],
    },
    {
      slug: 'server-ipv6-loopback',
      role: 'server',
      title: {
        en: 'listens on ::1 and writes IPv6 addresses in brackets in its ready and log lines',
        zh: '在 ::1 上监听，就绪行和日志行里的 IPv6 地址写在方括号中',
      },
      points: 2,
      hint: {
        en: 'Node gives IPv6 addresses bare (`::1`); write them as `[::1]:<port>`, or nobody can tell the port from the address. net.isIPv6() tells which addresses need brackets (lesson 13, "IPv6 addresses in brackets").',
        zh: 'Node 给出的 IPv6 地址不带括号（`::1`）；要写成 `[::1]:<port>`，否则没人分得清哪里是地址、哪里是端口。用 net.isIPv6() 判断哪些地址要加括号（第 13 课“方括号里的 IPv6 地址”）。',
      },
      clauses: ['13.S2', 'G3', 'G4', 'G5'],
    },
    {
      slug: 'server-dual-stack',
      role: 'server',
      title: {
        en: 'on `::` serves IPv6 and IPv4 clients, and logs an IPv4 client as [::ffff:127.0.0.1]',
        zh: '在 `::` 上同时服务 IPv6 和 IPv4 客户端，并把 IPv4 客户端记为 [::ffff:127.0.0.1]',
      },
      points: 2,
      hint: {
        en: 'Listen on HOST as given: on `::` Linux also accepts IPv4 clients, and socket.remoteAddress shows them as `::ffff:127.0.0.1`, an IPv6 address: in brackets too (lesson 13, "Dual stack and IPv4-mapped addresses").',
        zh: '按 HOST 原样监听：在 `::` 上 Linux 也接受 IPv4 客户端，socket.remoteAddress 把它们显示为 `::ffff:127.0.0.1`，这是 IPv6 地址，也要加方括号（第 13 课“双栈与 IPv4 映射地址”）。',
      },
      clauses: ['13.S2', 'G5'],
    },
    {
      slug: 'server-address-in-use',
      role: 'server',
      title: {
        en: 'says `address already in use: <host>:<port>` in one line when the port is taken',
        zh: '端口已被占用时用一行说明 `address already in use: <host>:<port>`',
      },
      points: 1,
      hint: {
        en: 'Listen for the server\'s \'error\' event: EADDRINUSE means another listener has the address. Print one stderr line and exit 1; without a listener Node prints a stack trace (lesson 13, "Address already in use").',
        zh: '监听 server 的 \'error\' 事件：EADDRINUSE 表示另一个监听者占着这个地址。向 stderr 打印一行并以 1 退出；没有监听函数时 Node 会打印调用栈（第 13 课“地址已被占用”）。',
      },
      clauses: ['13.S3', 'G3', 'G9'],
    },
    {
      slug: 'server-ipv6-address-in-use',
      role: 'server',
      title: {
        en: 'writes an IPv6 host in brackets when its address is taken',
        zh: '地址被占用时把 IPv6 主机写在方括号里',
      },
      points: 1,
      hint: {
        en: 'The address in the message is HOST and PORT as given, an IPv6 host in brackets: `address already in use: [::1]:<port>` (lesson 13, "Address already in use").',
        zh: '消息里的地址就是给定的 HOST 和 PORT，IPv6 主机加方括号：`address already in use: [::1]:<port>`（第 13 课“地址已被占用”）。',
      },
      clauses: ['13.S3', 'G3'],
    },
    {
      slug: 'server-unix-socket',
      role: 'server',
      title: {
        en: 'with SOCKET_PATH listens on that Unix socket, logs `connected from unix` and answers lines',
        zh: '设置 SOCKET_PATH 时在该 Unix 套接字上监听，打印 `connected from unix` 并回答每一行',
      },
      points: 2,
      hint: {
        en: 'server.listen(SOCKET_PATH) makes an AF_UNIX socket; print `listening on unix:<path>`. Its peers have no address (remoteAddress is undefined): log `connected from unix` (lesson 13, "A Unix socket is a file").',
        zh: 'server.listen(SOCKET_PATH) 创建 AF_UNIX 套接字；打印 `listening on unix:<path>`。它的对端没有地址（remoteAddress 是 undefined）：打印 `connected from unix`（第 13 课“Unix 套接字是一个文件”）。',
      },
      clauses: ['13.S4', '13.S1'],
    },
    {
      slug: 'server-removes-leftover-socket',
      role: 'server',
      title: {
        en: 'removes a dead server\'s leftover socket file and listens',
        zh: '删除已死服务器留下的套接字文件，然后监听',
      },
      points: 2,
      hint: {
        en: 'A socket file nobody listens on makes listen() fail with EADDRINUSE. If lstat says it is a socket and a connection to it is refused, unlink it first (lesson 13, "Leftover socket files").',
        zh: '没人监听的套接字文件会让 listen() 以 EADDRINUSE 失败。如果 lstat 说它是套接字，并且连接它被拒绝，就先把它删掉（第 13 课“遗留的套接字文件”）。',
      },
      clauses: ['13.S5'],
    },
    {
      slug: 'server-keeps-other-files',
      role: 'server',
      title: {
        en: 'refuses to listen on a path that is not a socket, and leaves the file alone',
        zh: '路径上不是套接字时拒绝监听，并且不碰那个文件',
      },
      points: 2,
      hint: {
        en: 'A connect to a regular file is refused too, so "refused" alone does not mean a leftover socket. Look first with lstat(): not a socket, print `cannot listen on <path>: not a socket` and exit 1 (lesson 13, "Leftover socket files").',
        zh: '连接一个普通文件也会被拒绝，所以只凭“被拒绝”不能断定是遗留的套接字。先用 lstat() 看：不是套接字，就打印 `cannot listen on <path>: not a socket` 并以 1 退出（第 13 课“遗留的套接字文件”）。',
      },
      clauses: ['13.S5'],
    },
    {
      slug: 'server-unix-in-use',
      role: 'server',
      title: {
        en: 'says `address already in use: <path>` when a server listens on the path, and leaves that server\'s file',
        zh: '路径上已有服务器监听时说明 `address already in use: <path>`，并保留那个服务器的文件',
      },
      points: 2,
      hint: {
        en: 'A socket that accepts a connection belongs to a live server: never remove it. Print `address already in use: <path>` and exit 1 (lesson 13, "Leftover socket files").',
        zh: '能接受连接的套接字属于一个活着的服务器：绝不能删。打印 `address already in use: <path>` 并以 1 退出（第 13 课“遗留的套接字文件”）。',
      },
      clauses: ['13.S5'],
    },
    {
      slug: 'server-removes-socket-on-exit',
      role: 'server',
      title: {
        en: 'removes its socket file when it stops on SIGINT',
        zh: '收到 SIGINT 停止时删除自己的套接字文件',
      },
      points: 1,
      hint: {
        en: 'process.exit() leaves the socket file behind: call server.close() first, which removes it, then exit 0 (lesson 13, "Cleaning up on exit").',
        zh: 'process.exit() 会把套接字文件留下：先调用 server.close()，它会删除文件，然后以 0 退出（第 13 课“退出时清理”）。',
      },
      clauses: ['13.S6', 'G12'],
    },
    {
      slug: 'server-survives-reset',
      role: 'server',
      title: {
        en: 'goes on serving others when one client resets the connection',
        zh: '一个客户端重置连接时继续服务其他客户端',
      },
      points: 1,
      hint: {
        en: 'Handle \'error\' on every socket (a reset is ECONNRESET): it ends that conversation, not the server (lesson 6, "When a client vanishes").',
        zh: '在每个套接字上处理 \'error\'（重置就是 ECONNRESET）：它结束的是那一段对话，而不是服务器（第 6 课“客户端突然消失”）。',
      },
      clauses: ['13.S1', 'G10'],
    },
    {
      slug: 'server-stops-on-sigterm',
      role: 'server',
      title: {
        en: 'stops with exit code 0 on SIGTERM, closing every connection',
        zh: '收到 SIGTERM 时关闭所有连接并以退出码 0 停止',
      },
      points: 1,
      hint: {
        en: 'On SIGTERM/SIGINT close the listener, destroy every open socket and exit 0 (lesson 13, "Cleaning up on exit").',
        zh: '收到 SIGTERM/SIGINT 时关闭监听、销毁每个打开的套接字并以 0 退出（第 13 课“退出时清理”）。',
      },
      clauses: ['G12'],
    },
    {
      slug: 'client-line-echo',
      role: 'client',
      title: {
        en: 'sends each line and prints each reply as a line, however the reply is cut',
        zh: '发送每一行，并把每条回复按行打印，不论回复被怎样切开',
      },
      points: 2,
      hint: {
        en: 'Lesson 6\'s client: every typed line goes out as `<line>\\n`, `quit` included; replies are read with readline over the socket (lesson 6, "The client reads lines").',
        zh: '第 6 课的客户端：每个输入行以 `<line>\\n` 发出，`quit` 也一样；回复用套接字上的 readline 读取（第 6 课“客户端按行读”）。',
      },
      clauses: ['13.C1', 'G6', 'G7', 'G8'],
    },
    {
      slug: 'client-ipv6',
      role: 'client',
      title: {
        en: 'connects to an IPv6 HOST such as ::1',
        zh: '连接 ::1 这样的 IPv6 HOST',
      },
      points: 1,
      hint: {
        en: 'net.connect({ host: HOST, port: PORT }) takes an IPv6 address as it is, without brackets (lesson 13, "The client picks the family").',
        zh: 'net.connect({ host: HOST, port: PORT }) 直接接受 IPv6 地址，不加方括号（第 13 课“客户端选择地址族”）。',
      },
      clauses: ['13.C1', 'G3'],
    },
    {
      slug: 'client-ipv6-refused',
      role: 'client',
      title: {
        en: 'names an IPv6 address in brackets when the connection is refused',
        zh: '连接被拒绝时把 IPv6 地址写在方括号里',
      },
      points: 1,
      hint: {
        en: 'The message names the address as `[::1]:<port>`: brackets around an IPv6 host, as in the ready line; one stderr line, exit 1 (lesson 13, "IPv6 addresses in brackets").',
        zh: '消息里的地址写成 `[::1]:<port>`：IPv6 主机加方括号，和就绪行一样；stderr 一行，以 1 退出（第 13 课“方括号里的 IPv6 地址”）。',
      },
      clauses: ['13.C1', 'G9'],
    },
    {
      slug: 'client-unix',
      role: 'client',
      title: {
        en: 'with SOCKET_PATH connects to that Unix socket and talks lines',
        zh: '设置 SOCKET_PATH 时连接该 Unix 套接字并按行通信',
      },
      points: 2,
      hint: {
        en: 'With SOCKET_PATH set, connect with net.connect({ path: SOCKET_PATH }); everything after the connect is unchanged (lesson 13, "The client picks the family").',
        zh: '设置了 SOCKET_PATH 时用 net.connect({ path: SOCKET_PATH }) 连接；连接之后的一切都不变（第 13 课“客户端选择地址族”）。',
      },
      clauses: ['13.C2'],
    },
    {
      slug: 'client-unix-missing',
      role: 'client',
      title: {
        en: 'says `cannot connect to unix:<path>: no such file` when the socket file is missing',
        zh: '套接字文件不存在时说明 `cannot connect to unix:<path>: no such file`',
      },
      points: 1,
      hint: {
        en: 'A missing path fails with ENOENT: print `cannot connect to unix:<path>: no such file` to stderr and exit 1 (lesson 13, "The client picks the family").',
        zh: '路径不存在时错误是 ENOENT：向 stderr 打印 `cannot connect to unix:<path>: no such file` 并以 1 退出（第 13 课“客户端选择地址族”）。',
      },
      clauses: ['13.C2', 'G9'],
    },
    {
      slug: 'client-unix-refused',
      role: 'client',
      title: {
        en: 'says `cannot connect to unix:<path>: connection refused` when nobody listens on the socket file',
        zh: '套接字文件上没人监听时说明 `cannot connect to unix:<path>: connection refused`',
      },
      points: 1,
      hint: {
        en: 'A socket file with no server behind it refuses the connection (ECONNREFUSED), like a closed port: print `cannot connect to unix:<path>: connection refused` and exit 1 (lesson 13, "Leftover socket files").',
        zh: '背后没有服务器的套接字文件会拒绝连接（ECONNREFUSED），就像关闭的端口：打印 `cannot connect to unix:<path>: connection refused` 并以 1 退出（第 13 课“遗留的套接字文件”）。',
      },
      clauses: ['13.C2', 'G9'],
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
        en: 'Compare the trimmed line with `exit` before sending; on a match stop reading stdin and end the connection (lesson 6, "Leaving: exit, quit and end of input").',
        zh: '发送前把去掉空白的行和 `exit` 比较；相同就停止读 stdin 并结束连接（第 6 课“离开：exit、quit 与输入结束”）。',
      },
      clauses: ['13.C1', 'G11'],
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
        en: 'At the end of input send FIN with socket.end() but go on reading: the last reply is still on its way (lesson 6, "Leaving: exit, quit and end of input").',
        zh: '输入结束时用 socket.end() 发送 FIN，但继续读：最后一条回复还在路上（第 6 课“离开：exit、quit 与输入结束”）。',
      },
      clauses: ['13.C1', 'G11'],
    },
    {
      slug: 'client-server-closed-first',
      role: 'client',
      title: {
        en: 'says in one stderr line that the server left and exits 1',
        zh: '服务器先离开时在 stderr 说一行并以 1 退出',
      },
      points: 1,
      hint: {
        en: 'Watch the socket\'s \'close\' (and \'error\', for a reset) all the time: if you did not decide to leave, print one line to stderr, stop reading stdin and exit 1 (lesson 6, "When the server leaves first").',
        zh: '一直关注套接字的 \'close\'（重置时还有 \'error\'）：如果不是你决定离开，就向 stderr 打印一行，停止读 stdin，以 1 退出（第 6 课“服务器先离开时”）。',
      },
      clauses: ['13.C1', 'G7', 'G9'],
    },
    clientRefusedCheck({ clauses: ['13.C1'] }),
  ],
};

export default lesson;
