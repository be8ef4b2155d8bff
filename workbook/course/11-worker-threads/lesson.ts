import type { LessonInfo } from '../../catalogue.ts';
import { givenPortCheck } from '../shared/check-facts.ts';

// The facts of lesson 11: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 11,
  slug: 'worker-threads',
  chapter: 7,
  title: { en: 'Worker threads', zh: '工作线程' },
  roles: ['server'],
  diagram: 'server-ping-during-work',
  clauses: ['11.S1', '11.S2', '11.S3', '11.S4', '11.S5', '11.S6', 'G3', 'G4', 'G5', 'G8', 'G10', 'G12'],
  checks: [
    givenPortCheck(11),
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
      clauses: ['11.S1', 'G4', 'G5', 'G8'],
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
};

export default lesson;
