import type { BrokenFixture } from '../broken-program.ts';

// The solution's idle timer and the client's two limits, as quoted by the edits below.
const idleTimer = "  const idle = setTimeout(() => hangUp(`bye: idle for ${idleMs} ms\\n`), idleMs);\n  socket.on('data', () => {\n    if (!finished) idle.refresh();\n  });\n";
const connectLimit = "  await once(socket, 'connect', { signal: AbortSignal.timeout(connectMs) });";
const replyTimer = '  waitingForReply.push(setTimeout(giveUp, replyMs));';
const limitTest = '  if (!/^\\d+$/.test(text) || ms < 1 || ms > longestTimerMs) {';

const fixtures: BrokenFixture[] = [
  // Lesson 6, kept.
  {
    name: 'trims-lines',
    role: 'server',
    mistake: '[12.S1] trims every line, so the spaces a client sent are lost',
    breaks: ['server-replies-to-lines'],
    edits: [["  const text = line.endsWith('\\r') ? line.slice(0, -1) : line;", '  const text = line.trim();']],
  },
  {
    name: 'chunk-is-a-line',
    role: 'server',
    mistake: "[12.S1] takes each 'data' chunk for one line",
    breaks: ['server-line-in-pieces', 'server-split-characters', 'server-quit', 'server-last-line-at-eof', 'server-line-too-long', 'server-idle-restarts-on-bytes'],
    edits: [["    for (let end = text.indexOf('\\n'); end >= 0; end = text.indexOf('\\n', start)) {", "    for (let end = text.length - 1; end >= start; end = -1) {"]],
  },
  {
    name: 'decodes-each-chunk',
    role: 'server',
    mistake: '[12.S1] decodes every chunk on its own, so a character split between chunks becomes �',
    breaks: ['server-split-characters'],
    edits: [['    const text = decoder.write(chunk);', "    const text = chunk.toString('utf8');"]],
  },
  {
    name: 'ignores-quit',
    role: 'server',
    mistake: '[12.S1] answers `quit` like any other line',
    breaks: ['server-quit'],
    edits: [["  if (text === 'quit') return { reply: '', thenHangUp: true };\n", '']],
  },
  {
    name: 'forgets-last-line',
    role: 'server',
    mistake: '[12.S1] drops an unterminated last line when the client half-closes',
    breaks: ['server-last-line-at-eof'],
    edits: [["    if (last !== '') socket.write(answer(last).reply);\n", '']],
  },
  {
    name: 'limit-counts-characters',
    role: 'server',
    mistake: '[12.S1] measures a line in characters (line.length) instead of bytes',
    breaks: ['server-line-too-long'],
    edits: [['if (Buffer.byteLength(text) > maxLineBytes)', 'if (text.length > maxLineBytes)']],
  },

  // The idle limit.
  {
    name: 'timeout-only-logs',
    role: 'server',
    mistake: "[12.S2] uses socket.setTimeout() and only logs in its 'timeout' handler, as if the event closed the socket",
    breaks: ['server-idle-bye', 'server-idle-restarts-on-bytes', 'server-idle-per-connection'],
    edits: [
      [
        idleTimer,
        "  const idle: NodeJS.Timeout | undefined = undefined;\n  socket.setTimeout(idleMs);\n  socket.on('timeout', () => console.log(`idle for ${idleMs} ms`));\n",
      ],
    ],
  },
  {
    name: 'piece-does-not-restart',
    role: 'server',
    mistake: '[12.S2] restarts the idle timer on complete lines only, so a line that arrives slowly in pieces is cut off',
    breaks: ['server-idle-restarts-on-bytes'],
    edits: [
      [idleTimer, "  const idle = setTimeout(() => hangUp(`bye: idle for ${idleMs} ms\\n`), idleMs);\n"],
      ['      unfinished = \'\';\n', "      unfinished = '';\n      idle.refresh();\n"],
    ],
  },
  {
    name: 'one-timer-for-all',
    role: 'server',
    mistake: '[12.S2] keeps one idle timer for the whole server: any client keeps it alive, and when it fires every client is told bye',
    breaks: ['server-idle-per-connection'],
    edits: [
      [
        'const open = new Set<net.Socket>();\n',
        "const open = new Set<net.Socket>();\nconst serverIdle = setTimeout(() => {\n  for (const socket of open) socket.end(`bye: idle for ${idleMs} ms\\n`);\n}, idleMs).unref();\n",
      ],
      [idleTimer, "  const idle = serverIdle.refresh().ref();\n  socket.on('data', () => idle.refresh());\n"],
      ['    clearTimeout(idle);\n    socket.end(lastWords);', '    socket.end(lastWords);'],
      ['    clearTimeout(idle);\n    open.delete(socket);', '    open.delete(socket);'],
      ['    finished = true;\n    clearTimeout(idle);\n    const last', '    finished = true;\n    const last'],
    ],
  },
  {
    name: 'idle-timer-early',
    role: 'server',
    mistake: '[12.S3] fires the idle timer at half the limit, to be on the safe side',
    breaks: ['server-idle-bye'],
    edits: [['`bye: idle for ${idleMs} ms\\n`), idleMs);', '`bye: idle for ${idleMs} ms\\n`), idleMs / 2);']],
  },
  {
    name: 'idle-wait-doubled',
    role: 'server',
    mistake: "[12.S3] only warns at the first 'timeout' and ends the connection at the second, so a silent client waits twice the limit",
    breaks: ['server-idle-bye'],
    edits: [
      [
        idleTimer,
        "  const idle: NodeJS.Timeout | undefined = undefined;\n  let warned = false;\n  socket.setTimeout(idleMs);\n  socket.on('timeout', () => {\n    if (warned) return hangUp(`bye: idle for ${idleMs} ms\\n`);\n    warned = true;\n    console.log(`idle for ${idleMs} ms: one more chance`);\n    socket.setTimeout(idleMs);\n  });\n  socket.on('data', () => {\n    warned = false;\n  });\n",
      ],
    ],
  },
  {
    name: 'takes-any-number',
    role: 'server',
    mistake: '[12.B1] takes any number as a limit: 2147483648 ms makes a timer that fires after 1 ms, 0 and 2.5 go through',
    breaks: ['server-rejects-bad-limits'],
    edits: [[limitTest, '  if (Number.isNaN(ms)) {']],
  },
  {
    name: 'crashes-on-reset',
    role: 'server',
    mistake: "[G10] has no 'error' handler on the socket, so one client's reset takes the server down",
    breaks: ['server-survives-reset'],
    edits: [["  socket.on('error', (error) => {", "  socket.on('no-such-event', (error: Error) => {"]],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    mistake: '[G12] has no signal handlers, so SIGTERM kills it',
    breaks: ['server-stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },

  // The client: lesson 6, kept.
  {
    name: 'client-trims-lines',
    role: 'client',
    mistake: '[12.C1] trims each line before sending it, as the client of lesson 2 did',
    breaks: ['client-sends-lines'],
    edits: [['  socket.write(`${line}\\n`);', '  socket.write(`${line.trim()}\\n`);']],
  },
  {
    name: 'client-prints-chunks',
    role: 'client',
    mistake: "[12.C1] prints each 'data' chunk as a reply instead of reading lines, so every piece of a reply counts as the reply",
    breaks: ['client-reply-in-pieces', 'client-reply-timer-per-line'],
    edits: [["replies.on('line', (reply) => {", "socket.on('data', (chunk) => {\n  const reply = chunk.toString('utf8').replace(/\\n$/, '');"]],
  },
  {
    name: 'client-quit-like-exit',
    role: 'client',
    mistake: '[12.C1] leaves on `quit` without sending it to the server',
    breaks: ['client-quit'],
    edits: [["  if (line.trim() === 'exit') return leave();", "  if (line.trim() === 'exit' || line.trim() === 'quit') return leave();"]],
  },
  {
    name: 'client-never-ends',
    role: 'client',
    mistake: '[G11] stops reading input but never closes the connection, neither when leaving nor when giving up',
    breaks: ['client-exit', 'client-ends-at-eof', 'client-connect-limit-over', 'client-reply-timeout'],
    edits: [['  socket.end();\n  setTimeout(() => socket.destroy(), 2000).unref();\n', '']],
  },
  {
    name: 'client-ignores-server-close',
    role: 'client',
    mistake: '[12.C1] does not watch the connection, so it keeps waiting for input after the server left',
    breaks: ['client-server-closed-first', 'client-prints-bye'],
    edits: [["socket.on('close', () => {", "socket.on('no-such-event', () => {"]],
  },
  {
    name: 'client-prints-only-awaited-replies',
    role: 'client',
    mistake: "[12.C1] prints a line only when one of its lines waits for a reply, so the server's bye is lost",
    breaks: ['client-prints-bye'],
    edits: [['  if (gaveUp) return;', '  if (gaveUp || waitingForReply.length === 0) return;']],
  },

  // The connect limit.
  {
    name: 'client-no-connect-limit',
    role: 'client',
    mistake: '[12.C2] waits for the connection with no limit, so a SYN nobody answers keeps it waiting for minutes',
    breaks: ['client-connect-timeout'],
    edits: [[connectLimit, "  await once(socket, 'connect');"]],
  },
  {
    name: 'client-connect-timer-left-running',
    role: 'client',
    mistake: '[12.C2] starts a connect timer and never clears it, so it cuts off the session once the limit has passed, and keeps the program alive until then',
    breaks: ['client-connect-limit-over', 'client-quit', 'client-exit', 'client-ends-at-eof', 'client-server-closed-first', 'client-prints-bye', 'client-reply-timeout'],
    edits: [
      [
        connectLimit,
        "  setTimeout(() => {\n    console.error(`cannot connect to ${HOST}:${PORT}: timed out after ${connectMs} ms`);\n    process.exit(1);\n  }, connectMs);\n  await once(socket, 'connect');",
      ],
    ],
  },
  {
    name: 'client-retries-refused',
    role: 'client',
    mistake: '[12.C2] tries a refused connect again and again until the connect limit runs out',
    breaks: ['client-refused-at-once'],
    edits: [
      [
        "const socket = net.connect({ host: HOST, port: PORT });\ntry {\n" + connectLimit + '\n} catch (error) {\n  socket.destroy();\n',
        "let socket = net.connect({ host: HOST, port: PORT });\nconst deadline = AbortSignal.timeout(connectMs);\nfor (;;) {\n  try {\n    await once(socket, 'connect', { signal: deadline });\n    break;\n  } catch (error) {\n    socket.destroy();\n    if ((error as Error).name !== 'AbortError') {\n      await new Promise((resolve) => setTimeout(resolve, 100));\n      socket = net.connect({ host: HOST, port: PORT });\n      continue;\n    }\n",
      ],
      ['  process.exit(1);\n}\n// #endregion connect', '  process.exit(1);\n  }\n}\n// #endregion connect'],
    ],
  },
  {
    name: 'client-connect-timer-early',
    role: 'client',
    mistake: '[12.C4] gives up on the connect at half its limit',
    breaks: ['client-connect-timeout'],
    edits: [['AbortSignal.timeout(connectMs)', 'AbortSignal.timeout(Math.floor(connectMs / 2))']],
  },
  {
    name: 'client-connect-wait-doubled',
    role: 'client',
    mistake: '[12.C4] waits twice the connect limit, once for the connect and once more for good measure',
    breaks: ['client-connect-timeout'],
    edits: [
      [
        connectLimit,
        "  await once(socket, 'connect', { signal: AbortSignal.timeout(connectMs) }).catch((error: Error) => {\n    if (error.name !== 'AbortError') throw error;\n    return once(socket, 'connect', { signal: AbortSignal.timeout(connectMs) });\n  });",
      ],
    ],
  },

  // The reply limit.
  {
    name: 'client-idle-timer-for-replies',
    role: 'client',
    mistake: '[12.C3] times replies with socket.setTimeout(), which any byte restarts, so a reply that trickles in never runs out',
    breaks: ['client-reply-timer-per-line'],
    edits: [
      [
        'function expectReply(): void {\n' + replyTimer + '\n}\n\nfunction replyArrived(): void {\n  clearTimeout(waitingForReply.shift());\n}\n\nfunction clearReplyTimers(): void {\n  for (const timer of waitingForReply.splice(0)) clearTimeout(timer);\n}\n',
        "let awaited = 0;\nsocket.setTimeout(replyMs);\nsocket.on('timeout', () => {\n  if (awaited > 0) giveUp();\n});\n\nfunction expectReply(): void {\n  awaited += 1;\n}\n\nfunction replyArrived(): void {\n  awaited -= 1;\n}\n\nfunction clearReplyTimers(): void {\n  awaited = 0;\n  socket.setTimeout(0);\n}\n",
      ],
    ],
  },
  {
    name: 'client-any-reply-clears-all',
    role: 'client',
    mistake: '[12.C3] clears every reply timer when any reply arrives, so a second line sent at once is never timed',
    breaks: ['client-reply-timer-per-line'],
    edits: [['  clearTimeout(waitingForReply.shift());', '  clearReplyTimers();']],
  },
  {
    name: 'client-prints-late-reply',
    role: 'client',
    mistake: '[12.C3] still prints a reply that arrives after it gave up on it',
    breaks: ['client-reply-timeout'],
    edits: [['  if (gaveUp) return;\n', '']],
  },
  {
    name: 'client-gives-up-but-stays',
    role: 'client',
    mistake: '[12.C3] says there was no reply but keeps the connection open',
    breaks: ['client-reply-timeout'],
    edits: [['  process.exitCode = 1;\n  leave();\n', '  process.exitCode = 1;\n']],
  },
  {
    name: 'client-reply-timer-early',
    role: 'client',
    mistake: '[12.C4] gives up on a reply at half its limit',
    breaks: ['client-reply-timeout'],
    edits: [[replyTimer, '  waitingForReply.push(setTimeout(giveUp, replyMs / 2));']],
  },
  {
    name: 'client-reply-wait-doubled',
    role: 'client',
    mistake: '[12.C4] waits out the reply limit twice: its first timer only starts a second one',
    breaks: ['client-reply-timeout'],
    edits: [[replyTimer, '  waitingForReply.push(setTimeout(() => setTimeout(giveUp, replyMs), replyMs));']],
  },
  {
    name: 'client-takes-any-number',
    role: 'client',
    mistake: '[12.B1] takes any number as a limit, 0 and 2147483648 included',
    breaks: ['client-rejects-bad-limits'],
    edits: [[limitTest, '  if (Number.isNaN(ms)) {']],
  },
];

export default fixtures;
