import type { LessonInfo } from '../../catalogue.ts';
import { givenPortCheck } from '../shared/check-facts.ts';

// The facts of lesson 3: its title, its programs and every check's id, title,
// points, hint and the contract clauses it observes. The runner, the site, the
// grader and the tests read them through the catalogue.
const lesson: LessonInfo = {
  number: 3,
  slug: 'connection-loop',
  chapter: 3,
  title: { en: 'The connection loop', zh: '连接循环' },
  roles: ['server'],
  diagram: 'waiting-client-answered-later',
  clauses: ['03.S1', '03.S2', '03.S3', '03.S4', 'G3', 'G4', 'G5', 'G8', 'G10', 'G12'],
  checks: [
    givenPortCheck(3, { slug: 'given-port' }),
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
      clauses: ['03.S4', 'G8'],
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
      clauses: ['03.S1'],
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
      clauses: ['03.S2'],
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
      clauses: ['03.S3'],
    },
    {
      slug: 'logs-client-when-served',
      role: 'server',
      title: {
        en: "logs each client's address when its turn comes, not when it connects",
        zh: '轮到某个客户端时才打印它的地址，而不是它一连上就打印',
      },
      points: 1,
      hint: {
        en: "Print `connected from <ip>:<port>` (the client's socket.remoteAddress and remotePort) where you start serving a connection, in serveNext(), not where you put it in the queue (lesson 3, \"One at a time: the waiting room\").",
        zh: '在开始服务一个连接的地方（serveNext() 里）打印 `connected from <ip>:<port>`（客户端的 socket.remoteAddress 和 remotePort），而不是在把它放进队列的地方（第 3 课“一次一个：等候室”）。',
      },
      clauses: ['03.S2', 'G4', 'G5'],
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
      clauses: ['03.S1', '03.S3'],
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
      clauses: ['03.S3', 'G10'],
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
      clauses: ['03.S4', 'G12'],
    },
  ],
};

export default lesson;
