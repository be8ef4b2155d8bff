import type { BrokenFixture } from '../broken-program.ts';
import { listensOnAnyPort, logsOwnAddress, printsPortZero } from '../shared/mistakes.ts';

const hashOnPool = 'await pool.hash(rounds, left)';

const fixtures: BrokenFixture[] = [
  listensOnAnyPort(11),
  printsPortZero([
    'server-replies',
    'server-line-rules',
    'server-last-line-at-eof',
    'server-line-too-long',
    'server-ping-during-work',
    'server-pool-of-one',
    'server-pool-of-two',
    'server-pool-default',
    'server-workers-setting',
    'server-one-line-at-a-time',
    'server-client-leaves',
    'server-stops-on-sigterm',
  ]),
  logsOwnAddress(['server-replies']),
  {
    name: 'takes-work-0',
    role: 'server',
    clause: '11.S1',
    mistake: {
      en: 'checks only the upper limit, so `work 0` is worked on',
      zh: '只检查上限，于是 `work 0` 也被计算',
    },
    breaks: ['server-replies'],
    edits: [['if (rounds < 1 || rounds > maxRounds)', 'if (rounds > maxRounds)']],
  },
  {
    name: 'decodes-each-chunk',
    role: 'server',
    clause: 'G8',
    mistake: {
      en: 'decodes every chunk on its own, so a character split between chunks becomes �',
      zh: '每个数据块单独解码，于是被拆在两块之间的字符变成了 �',
    },
    breaks: ['server-line-rules'],
    edits: [['    const text = decoder.write(chunk);', "    const text = chunk.toString('utf8');"]],
  },
  {
    name: 'ends-at-fin',
    role: 'server',
    clause: '11.S1',
    mistake: {
      en: "keeps Node's default allowHalfOpen: false, so a client's FIN ends the connection before its work is answered",
      zh: '沿用 Node 默认的 allowHalfOpen: false，于是客户端的 FIN 在它的工作得到回答之前就结束了连接',
    },
    breaks: ['server-last-line-at-eof'],
    edits: [['net.createServer({ allowHalfOpen: true }, (socket)', 'net.createServer((socket)']],
  },
  {
    name: 'rounds-on-main-thread',
    role: 'server',
    clause: '11.S2',
    mistake: {
      en: 'computes the rounds on the main thread, so every client waits while one works',
      zh: '在主线程上计算，于是一个客户端计算时所有客户端都在等',
    },
    breaks: ['server-ping-during-work', 'server-pool-of-two', 'server-pool-default', 'server-client-leaves', 'server-stops-on-sigterm'],
    edits: [
      ["import net from 'node:net';", "import { createHash } from 'node:crypto';\nimport net from 'node:net';"],
      [
        'const pool = new WorkerPool(poolSize());\n',
        "const pool = new WorkerPool(poolSize());\n\nfunction hashHere(rounds: number): string {\n  let hash = createHash('sha256').update('socket', 'utf8').digest();\n  for (let round = 2; round <= rounds; round++) hash = createHash('sha256').update(hash).digest();\n  return hash.toString('hex');\n}\n",
      ],
      [hashOnPool, 'hashHere(rounds)'],
    ],
  },
  {
    name: 'thread-per-request',
    role: 'server',
    clause: '11.S3',
    mistake: {
      en: 'ignores WORKERS and starts a thread for every `work`, so no job ever waits its turn',
      zh: '忽略 WORKERS，为每个 `work` 启动一个线程，于是没有任务需要排队',
    },
    breaks: ['server-pool-of-one'],
    edits: [
      [
        '      this.waiting.push(job);\n      this.startJobs();\n',
        "      const worker = new Worker(new URL('./worker.mjs', import.meta.url));\n      this.workers.push(worker);\n      worker.once('message', (hash: string) => {\n        job.resolve(hash);\n        void worker.terminate();\n      });\n      worker.postMessage(rounds);\n",
      ],
    ],
  },
  {
    name: 'workers-read-with-number',
    role: 'server',
    clause: '11.S3',
    mistake: {
      en: 'reads WORKERS with Number() alone, so `1.5` and `0x10` are taken',
      zh: '只用 Number() 读 WORKERS，于是 `1.5` 和 `0x10` 也被接受',
    },
    breaks: ['server-workers-setting'],
    edits: [['const size = /^[0-9]+$/.test(value) ? Number(value) : NaN;', 'const size = Number(value);']],
  },
  {
    name: 'work-answered-when-done',
    role: 'server',
    clause: '11.S4',
    mistake: {
      en: "answers a `work` whenever it is done and goes on with the connection's next line meanwhile",
      zh: '`work` 什么时候算完就什么时候回答，同时继续处理这个连接的下一行',
    },
    breaks: ['server-last-line-at-eof', 'server-line-too-long', 'server-one-line-at-a-time'],
    edits: [
      [
        '      let answered: { reply: string; thenHangUp: boolean };\n',
        "      if (/^work /.test(lines[0]!)) {\n        void answer(lines.shift()!, connection.signal).then((late) => socket.write(late.reply), () => {});\n        continue;\n      }\n      let answered: { reply: string; thenHangUp: boolean };\n",
      ],
    ],
  },
  {
    name: 'crashes-when-client-left',
    role: 'server',
    clause: '11.S5',
    mistake: {
      en: 'forgets that the work of a client who left is rejected: nobody catches the rejection, and it crashes the server',
      zh: '忘了已离开客户端的工作会被拒绝：没人捕获这个拒绝，于是服务器崩溃',
    },
    breaks: ['server-client-leaves', 'server-stops-on-sigterm'],
    edits: [
      [
        '      let answered: { reply: string; thenHangUp: boolean };\n      try {\n        answered = await answer(lines.shift()!, connection.signal);\n      } catch (error) {\n        if (connection.signal.aborted) return; // the client left while its work waited or ran\n        throw error;\n      }\n',
        '      const answered = await answer(lines.shift()!, connection.signal);\n',
      ],
    ],
  },
  {
    name: 'keeps-waiting-work',
    role: 'server',
    clause: '11.S5',
    mistake: {
      en: 'leaves the work of a client who left in the queue, so the pool spends its time on it before the others',
      zh: '把已离开客户端的工作留在队列里，于是线程池先把时间花在它上面，其他人只能等',
    },
    breaks: ['server-client-leaves'],
    edits: [['        if (index >= 0) this.waiting.splice(index, 1);\n', '']],
  },
  {
    name: 'workers-keep-process-alive',
    role: 'server',
    clause: '11.S6',
    mistake: {
      en: 'closes the listener and the connections on SIGTERM but not the workers, which keep the process alive',
      zh: '收到 SIGTERM 时关闭了监听器和连接，却没有结束工作线程，它们让进程一直活着',
    },
    breaks: ['server-stops-on-sigterm'],
    edits: [['    void pool.close();\n', '']],
  },
];

export default fixtures;
