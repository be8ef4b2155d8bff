import { findLesson } from '../../catalogue.ts';
import type { BrokenFixture } from '../broken-program.ts';

// Lesson 10's mistakes live in two files: the framework (`file: 'framework.ts'`)
// and the line server built on it (the default, `server.ts`).

/** Every server check but the ones named: for a mistake no conversation gets past. */
function everyCheckBut(...kept: string[]): string[] {
  return findLesson('socketserver')!.checks.map((check) => check.slug).filter((slug) => !kept.includes(slug));
}

const fixtures: BrokenFixture[] = [
  // [10.S1] MODE
  {
    name: 'unknown-mode-runs-threading',
    role: 'server',
    mistake: '[10.S1] runs the threading server for a MODE it does not know',
    breaks: ['unknown-mode'],
    edits: [['const ServerClass = serverClasses[MODE];', 'const ServerClass = serverClasses[MODE] ?? ThreadingTCPServer;']],
  },
  {
    name: 'empty-mode-unknown',
    role: 'server',
    mistake: "[10.S1] reads MODE with `??`, so an empty MODE is refused as unknown",
    breaks: ['threading-by-default'],
    edits: [["const MODE = process.env.MODE || 'threading';", "const MODE = process.env.MODE ?? 'threading';"]],
  },

  // [10.S2] the lines and the sleep command
  {
    name: 'sleep-takes-any-word',
    role: 'server',
    mistake: '[10.S2] takes `sleep x` for a sleep command and answers `slept x`',
    breaks: ['replies-to-lines'],
    edits: [['/^sleep ([0-9]+)$/', '/^sleep (\\S+)$/']],
  },
  {
    name: 'slept-normalised',
    role: 'server',
    mistake: '[10.S2] answers `sleep 007` with `slept 7`: the number, not the digits received',
    breaks: ['replies-to-lines'],
    edits: [['return `slept ${digits}\\n`;', 'return `slept ${ms}\\n`;']],
  },
  {
    name: 'sleeps-half',
    role: 'server',
    mistake: '[10.S2] sleeps half the time it was asked to',
    breaks: ['sleep-waits-its-time'],
    edits: [['  await sleep(ms);', '  await sleep(ms / 2);']],
  },
  {
    name: 'sleeps-twice',
    role: 'server',
    mistake: '[10.S2] sleeps twice in a row, twice the time it was asked to',
    breaks: ['sleep-waits-its-time'],
    edits: [['  await sleep(ms);', '  await sleep(ms);\n  await sleep(ms);']],
  },
  {
    name: 'decodes-chunk-by-chunk',
    role: 'server',
    file: 'framework.ts',
    mistake: '[10.S2] decodes each chunk on its own, so a character cut between chunks turns into �',
    breaks: ['lines-in-pieces', 'line-limit'],
    edits: [['this.add(this.decoder.write(chunk))', "this.add(chunk.toString('utf8'))"]],
  },
  {
    name: 'keeps-carriage-return',
    role: 'server',
    file: 'framework.ts',
    mistake: '[10.S2] keeps the `\\r` of a `\\r\\n` line end in the line',
    breaks: ['lines-in-pieces', 'line-limit'],
    edits: [["const text = line.endsWith('\\r') ? line.slice(0, -1) : line;", 'const text = line;']],
  },
  {
    name: 'forgets-last-line',
    role: 'server',
    file: 'framework.ts',
    mistake: '[10.S2] drops a last line that has no `\\n` when the client ends the connection',
    breaks: ['last-line-at-eof'],
    edits: [["    if (last !== '' && !this.tooLong) this.complete(last);\n", '']],
  },
  {
    name: 'closes-at-fin',
    role: 'server',
    file: 'framework.ts',
    mistake: "[10.S2] lets Node close the connection at the client's FIN, before the replies still due",
    breaks: ['last-line-at-eof'],
    edits: [['{ pauseOnConnect: true, allowHalfOpen: true }', '{ pauseOnConnect: true, allowHalfOpen: false }']],
  },
  {
    name: 'quit-trimmed',
    role: 'server',
    mistake: '[10.S2] trims the line before comparing it with `quit`, so ` quit` closes too',
    breaks: ['quit'],
    edits: [["if (line === null || line === 'quit') return;", "if (line === null || line.trim() === 'quit') return;"]],
  },
  {
    name: 'limit-in-characters',
    role: 'server',
    file: 'framework.ts',
    mistake: '[10.S2] measures a complete line in characters, not bytes',
    breaks: ['line-limit'],
    edits: [['if (Buffer.byteLength(text) > maxLineBytes) this.tooLong = true;', 'if (text.length > maxLineBytes) this.tooLong = true;']],
  },
  {
    name: 'limit-only-at-newline',
    role: 'server',
    file: 'framework.ts',
    mistake: '[10.S2] measures a line only when its `\\n` comes, so a line without one grows for ever',
    breaks: ['endless-line'],
    edits: [['      if (this.unfinishedBytes > maxLineBytes + 1) this.tooLong = true;\n', '']],
  },

  // [10.S3] order on one connection
  {
    name: 'answers-without-waiting',
    role: 'server',
    mistake: '[10.S3] starts the answer to each line without waiting for the one before, so quick replies overtake a sleep',
    breaks: ['replies-in-order', 'last-line-at-eof'],
    edits: [['      await this.write(await answer(line));', '      void answer(line).then((reply) => this.write(reply));']],
  },

  // [10.S4] single: one at a time
  {
    name: 'single-serves-everyone',
    role: 'server',
    file: 'framework.ts',
    mistake: '[10.S4] single mode serves everyone at once: TCPServer starts every handler as it comes',
    breaks: ['single-one-at-a-time'],
    edits: [['    this.waiting.push(socket);\n    void this.serveWaiting();', '    void this.finishRequest(socket);']],
  },
  {
    name: 'drops-waiting-bytes',
    role: 'server',
    file: 'framework.ts',
    mistake: '[10.S4] lets waiting connections flow with nobody reading, so what a client says before its turn is lost',
    breaks: ['single-serves-next', 'single-next-after-sleep'],
    edits: [['      this.open.add(socket);\n', '      this.open.add(socket);\n      socket.resume();\n']],
  },
  {
    name: 'serves-newest-first',
    role: 'server',
    file: 'framework.ts',
    mistake: '[10.S4] serves the newest waiting client first instead of the oldest',
    breaks: ['single-serves-next'],
    edits: [['for (let socket = this.waiting.shift(); socket; socket = this.waiting.shift())', 'for (let socket = this.waiting.pop(); socket; socket = this.waiting.pop())']],
  },

  // [10.S5] threading: a sleep delays no one
  {
    name: 'sleep-busy-waits',
    role: 'server',
    mistake: '[10.S5] sleeps in a loop that watches the clock, which stops the event loop and every client with it',
    breaks: ['threading-sleep-delays-no-one', 'stops-on-sigterm', 'single-stops-on-sigterm'],
    edits: [['  await sleep(ms);', '  const until = Date.now() + ms;\n  while (Date.now() < until) {\n    // waiting\n  }\n  await sleep(0);']],
  },

  // [10.S6] stopping
  {
    name: 'shutdown-closes-only-the-listener',
    role: 'server',
    file: 'framework.ts',
    mistake: '[10.S6] shutdown() closes only the listener and waits for the connections to end by themselves',
    breaks: ['stops-on-sigterm', 'single-stops-on-sigterm'],
    edits: [['    for (const socket of this.open) socket.destroy();\n    return closed;', '    return closed;']],
  },
  {
    name: 'waits-for-pending-sleep',
    role: 'server',
    mistake: '[10.S6] shuts down and waits for Node to exit by itself, which a pending sleep puts off for seconds',
    breaks: ['stops-on-sigterm', 'single-stops-on-sigterm'],
    edits: [['    void server.shutdown().then(() => process.exit(0));', '    void server.shutdown();']],
  },

  // General clauses
  {
    name: 'ready-line-port-zero',
    role: 'server',
    mistake: '[G4] prints the port it was given (0) in its ready line instead of the one it got',
    breaks: everyCheckBut('unknown-mode'),
    edits: [['console.log(`listening on ${address}:${port}`);', 'console.log(`listening on ${address}:${PORT}`);']],
  },
  {
    name: 'logs-own-address',
    role: 'server',
    file: 'framework.ts',
    mistake: "[G5] logs the server's own address as the client's",
    breaks: ['threading-by-default', 'single-one-at-a-time', 'single-serves-next'],
    edits: [['this.clientAddress = { host: request.remoteAddress ?? \'\', port: request.remotePort ?? 0 };', "this.clientAddress = { host: request.localAddress ?? '', port: request.localPort ?? 0 };"]],
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    file: 'framework.ts',
    mistake: "[G10] has no 'error' listener on its sockets, so a client's reset takes the server down",
    breaks: ['survives-reset', 'single-serves-next', 'single-next-after-sleep'],
    edits: [["      socket.on('error', () => {});\n", '']],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    mistake: '[G12] has no signal handlers, so SIGTERM kills it',
    breaks: ['stops-on-sigterm', 'single-stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },
];

export default fixtures;
