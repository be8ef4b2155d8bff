import type { BrokenFixture } from '../broken-program.ts';

const hashOnPool = 'await pool.hash(rounds, left)';

const fixtures: BrokenFixture[] = [
  {
    name: 'takes-work-0',
    role: 'server',
    mistake: '[11.S1] checks only the upper limit, so `work 0` is worked on',
    breaks: ['server-replies'],
    edits: [['if (rounds < 1 || rounds > maxRounds)', 'if (rounds > maxRounds)']],
  },
  {
    name: 'decodes-each-chunk',
    role: 'server',
    mistake: '[11.S1] decodes every chunk on its own, so a character split between chunks becomes �',
    breaks: ['server-line-rules'],
    edits: [['    const text = decoder.write(chunk);', "    const text = chunk.toString('utf8');"]],
  },
  {
    name: 'ends-at-fin',
    role: 'server',
    mistake: "[11.S1] keeps Node's default allowHalfOpen: false, so a client's FIN ends the connection before its work is answered",
    breaks: ['server-last-line-at-eof'],
    edits: [['net.createServer({ allowHalfOpen: true }, (socket)', 'net.createServer((socket)']],
  },
  {
    name: 'rounds-on-main-thread',
    role: 'server',
    mistake: '[11.S2] computes the rounds on the main thread, so every client waits while one works',
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
    mistake: '[11.S3] ignores WORKERS and starts a thread for every `work`, so no job ever waits its turn',
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
    mistake: '[11.S3] reads WORKERS with Number() alone, so `1.5` and `0x10` are taken',
    breaks: ['server-workers-setting'],
    edits: [['const size = /^[0-9]+$/.test(value) ? Number(value) : NaN;', 'const size = Number(value);']],
  },
  {
    name: 'work-answered-when-done',
    role: 'server',
    mistake: "[11.S4] answers a `work` whenever it is done and goes on with the connection's next line meanwhile",
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
    mistake: '[11.S5] forgets that the work of a client who left is rejected: nobody catches the rejection, and it crashes the server',
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
    mistake: '[11.S5] leaves the work of a client who left in the queue, so the pool spends its time on it before the others',
    breaks: ['server-client-leaves'],
    edits: [['        if (index >= 0) this.waiting.splice(index, 1);\n', '']],
  },
  {
    name: 'workers-keep-process-alive',
    role: 'server',
    mistake: '[11.S6] closes the listener and the connections on SIGTERM but not the workers, which keep the process alive',
    breaks: ['server-stops-on-sigterm'],
    edits: [['    void pool.close();\n', '']],
  },
];

export default fixtures;
