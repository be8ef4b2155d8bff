import type { BrokenFixture } from '../broken-program.ts';
import { framedServerFixtures } from '../shared/framed-mistakes.ts';
import { clientReadsKeyboardAsLatin1, listensOnAnyPort, logsOwnAddress, printsPortZero, saysServerLeftOnStdout } from '../shared/mistakes.ts';

// The solution's idle timer and the client's two limits, as quoted by the edits below.
const idleTimer = "  const idle = setTimeout(() => hangUp(`bye: idle for ${idleMs} ms\\n`), idleMs);\n  socket.on('data', () => {\n    if (!finished) idle.refresh();\n  });\n";
const connectLimit = "  await once(socket, 'connect', { signal: AbortSignal.timeout(connectMs) });";
const replyTimer = '  waitingForReply.push(setTimeout(giveUp, replyMs));';
const limitTest = '  if (!/^\\d+$/.test(text) || ms < 1 || ms > longestTimerMs) {';

const fixtures: BrokenFixture[] = [
  listensOnAnyPort(12),
  printsPortZero([
    'server-logs-client',
    'server-replies-to-lines',
    'server-line-in-pieces',
    'server-split-characters',
    'server-quit',
    'server-last-line-at-eof',
    'server-line-too-long',
    'server-idle-bye',
    'server-idle-restarts-on-bytes',
    'server-idle-per-connection',
    'server-rejects-bad-limits',
    'server-survives-reset',
    'server-stops-on-sigterm',
  ]),
  logsOwnAddress(),
  clientReadsKeyboardAsLatin1(['client-sends-lines']),
  saysServerLeftOnStdout("  console.error(`${HOST}:${PORT}: ${failure ? describe(failure) : 'the server closed the connection'}`);", [
    'client-server-closed-first',
    'client-prints-bye',
  ]),
  // Lesson 6, kept.
  {
    name: 'trims-lines',
    role: 'server',
    clause: '12.S1',
    mistake: {
      en: 'trims every line, so the spaces a client sent are lost',
      zh: '去掉每行首尾的空白，于是客户端发来的空格丢了',
    },
    breaks: ['server-replies-to-lines', 'server-quit'],
    edits: [["  const text = line.endsWith('\\r') ? line.slice(0, -1) : line;", '  const text = line.trim();']],
  },
  {
    name: 'chunk-is-a-line',
    role: 'server',
    clause: '12.S1',
    mistake: {
      en: "takes each 'data' chunk for one line",
      zh: "把每个 'data' 数据块当作一行",
    },
    breaks: ['server-line-in-pieces', 'server-split-characters', 'server-quit', 'server-last-line-at-eof', 'server-line-too-long', 'server-idle-restarts-on-bytes'],
    edits: [["    for (let end = text.indexOf('\\n'); end >= 0; end = text.indexOf('\\n', start)) {", "    for (let end = text.length - 1; end >= start; end = -1) {"]],
  },
  {
    name: 'decodes-each-chunk',
    role: 'server',
    clause: '12.S1',
    mistake: {
      en: 'decodes every chunk on its own, so a character split between chunks becomes �',
      zh: '每个数据块单独解码，于是被拆在两块之间的字符变成了 �',
    },
    breaks: ['server-split-characters'],
    edits: [['    const text = decoder.write(chunk);', "    const text = chunk.toString('utf8');"]],
  },
  {
    name: 'ignores-quit',
    role: 'server',
    clause: '12.S1',
    mistake: {
      en: 'answers `quit` like any other line',
      zh: '像对待其他行一样回答 `quit`',
    },
    breaks: ['server-quit'],
    edits: [["  if (text === 'quit') return { reply: '', thenHangUp: true };\n", '']],
  },
  {
    name: 'forgets-last-line',
    role: 'server',
    clause: '12.S1',
    mistake: {
      en: 'drops an unterminated last line when the client half-closes',
      zh: '客户端半关闭时，丢掉了没有结束的最后一行',
    },
    breaks: ['server-last-line-at-eof'],
    edits: [["    if (last !== '') socket.write(answer(last).reply);\n", '']],
  },
  {
    name: 'limit-counts-characters',
    role: 'server',
    clause: '12.S1',
    mistake: {
      en: 'measures a line in characters (line.length) instead of bytes',
      zh: '按字符（line.length）而不是按字节计算一行的长度',
    },
    breaks: ['server-line-too-long'],
    edits: [['if (Buffer.byteLength(text) > maxLineBytes)', 'if (text.length > maxLineBytes)']],
  },

  // The idle limit.
  {
    name: 'timeout-only-logs',
    role: 'server',
    clause: '12.S2',
    mistake: {
      en: "uses socket.setTimeout() and only logs in its 'timeout' handler, as if the event closed the socket",
      zh: "用了 socket.setTimeout()，却只在 'timeout' 处理函数里打印日志，好像这个事件会关闭套接字",
    },
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
    clause: '12.S2',
    mistake: {
      en: 'restarts the idle timer on complete lines only, so a line that arrives slowly in pieces is cut off',
      zh: '只在收到完整的行时重启空闲计时器，于是一行慢慢分段到达时被切断',
    },
    breaks: ['server-idle-restarts-on-bytes'],
    edits: [
      [idleTimer, "  const idle = setTimeout(() => hangUp(`bye: idle for ${idleMs} ms\\n`), idleMs);\n"],
      ['      unfinished = \'\';\n', "      unfinished = '';\n      idle.refresh();\n"],
    ],
  },
  {
    name: 'one-timer-for-all',
    role: 'server',
    clause: '12.S2',
    mistake: {
      en: 'keeps one idle timer for the whole server: any client keeps it alive, and when it fires every client is told bye',
      zh: '整个服务器只有一个空闲计时器：任何客户端都能让它续命，它一触发就对每个客户端说 bye',
    },
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
    clause: '12.S3',
    mistake: {
      en: 'fires the idle timer at half the limit, to be on the safe side',
      zh: '为了保险，空闲计时器在限制的一半时就触发',
    },
    breaks: ['server-idle-bye'],
    edits: [['`bye: idle for ${idleMs} ms\\n`), idleMs);', '`bye: idle for ${idleMs} ms\\n`), idleMs / 2);']],
  },
  {
    name: 'idle-wait-doubled',
    role: 'server',
    clause: '12.S3',
    mistake: {
      en: "only warns at the first 'timeout' and ends the connection at the second, so a silent client waits twice the limit",
      zh: "第一次 'timeout' 只是警告，第二次才结束连接，于是沉默的客户端要等两倍的限制",
    },
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
    clause: '12.B1',
    mistake: {
      en: 'takes any number as a limit: 2147483648 ms makes a timer that fires after 1 ms, 0 and 2.5 go through',
      zh: '任何数字都接受为限制：2147483648 毫秒会变成 1 毫秒后就触发的定时器，0 和 2.5 也能通过',
    },
    breaks: ['server-rejects-bad-limits'],
    edits: [[limitTest, '  if (Number.isNaN(ms)) {']],
  },
  ...framedServerFixtures,

  // The client: lesson 6, kept.
  {
    name: 'client-trims-lines',
    role: 'client',
    clause: '12.C1',
    mistake: {
      en: 'trims each line before sending it, as the client of lesson 2 did',
      zh: '像第 2 课的客户端那样，发送前去掉每行首尾的空白',
    },
    breaks: ['client-sends-lines'],
    edits: [['  socket.write(`${line}\\n`);', '  socket.write(`${line.trim()}\\n`);']],
  },
  {
    name: 'client-prints-chunks',
    role: 'client',
    clause: '12.C1',
    mistake: {
      en: "prints each 'data' chunk as a reply instead of reading lines, so every piece of a reply counts as the reply",
      zh: "把每个 'data' 数据块当作回复打印，而不是按行读，于是回复的每一段都被当成了回复",
    },
    breaks: ['client-reply-in-pieces', 'client-reply-timer-per-line'],
    edits: [["replies.on('line', (reply) => {", "socket.on('data', (chunk) => {\n  const reply = chunk.toString('utf8').replace(/\\n$/, '');"]],
  },
  {
    name: 'client-quit-like-exit',
    role: 'client',
    clause: '12.C1',
    mistake: {
      en: 'leaves on `quit` without sending it to the server',
      zh: '遇到 `quit` 就离开，却没有把它发给服务器',
    },
    breaks: ['client-quit'],
    edits: [["  if (line.trim() === 'exit') return leave();", "  if (line.trim() === 'exit' || line.trim() === 'quit') return leave();"]],
  },
  {
    name: 'client-never-ends',
    role: 'client',
    clause: 'G11',
    mistake: {
      en: 'stops reading input but never closes the connection, neither when leaving nor when giving up',
      zh: '不再读输入，却从不关闭连接，离开时不关，放弃时也不关',
    },
    breaks: ['client-exit', 'client-ends-at-eof', 'client-connect-limit-over', 'client-reply-timeout'],
    edits: [['  socket.end();\n  setTimeout(() => socket.destroy(), 2000).unref();\n', '']],
  },
  {
    name: 'client-ignores-server-close',
    role: 'client',
    clause: '12.C1',
    mistake: {
      en: 'does not watch the connection, so it keeps waiting for input after the server left',
      zh: '不关注连接，于是服务器离开后它还在等输入',
    },
    breaks: ['client-server-closed-first', 'client-prints-bye'],
    edits: [["socket.on('close', () => {", "socket.on('no-such-event', () => {"]],
  },
  {
    name: 'client-prints-only-awaited-replies',
    role: 'client',
    clause: '12.C1',
    mistake: {
      en: "prints a line only when one of its lines waits for a reply, so the server's bye is lost",
      zh: '只有在某一行等待回复时才打印收到的行，于是服务器的 bye 丢了',
    },
    breaks: ['client-prints-bye'],
    edits: [['  if (gaveUp) return;', '  if (gaveUp || waitingForReply.length === 0) return;']],
  },

  // The connect limit.
  {
    name: 'client-no-connect-limit',
    role: 'client',
    clause: '12.C2',
    mistake: {
      en: 'waits for the connection with no limit, so a SYN nobody answers keeps it waiting for minutes',
      zh: '等待连接没有时间限制，于是一个没人回应的 SYN 让它一等就是几分钟',
    },
    breaks: ['client-connect-timeout'],
    edits: [[connectLimit, "  await once(socket, 'connect');"]],
  },
  {
    name: 'client-connect-timer-left-running',
    role: 'client',
    clause: '12.C2',
    mistake: {
      en: 'starts a connect timer and never clears it, so it cuts off the session once the limit has passed, and keeps the program alive until then',
      zh: '启动了连接计时器却从不清除，于是限制一到就切断会话，在那之前还让程序一直活着',
    },
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
    clause: '12.C2',
    mistake: {
      en: 'tries a refused connect again and again until the connect limit runs out',
      zh: '连接被拒绝后一次又一次重试，直到连接限制用完',
    },
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
    clause: '12.C4',
    mistake: {
      en: 'gives up on the connect at half its limit',
      zh: '连接等到限制的一半就放弃了',
    },
    breaks: ['client-connect-timeout'],
    edits: [['AbortSignal.timeout(connectMs)', 'AbortSignal.timeout(Math.floor(connectMs / 2))']],
  },
  {
    name: 'client-connect-wait-doubled',
    role: 'client',
    clause: '12.C4',
    mistake: {
      en: 'waits twice the connect limit, once for the connect and once more for good measure',
      zh: '等了两倍的连接限制：一次等连接，再多等一次以防万一',
    },
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
    clause: '12.C3',
    mistake: {
      en: 'times replies with socket.setTimeout(), which any byte restarts, so a reply that trickles in never runs out',
      zh: '用 socket.setTimeout() 给回复计时，而任何一个字节都会让它重新开始，于是一点一点到达的回复永远不会超时',
    },
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
    clause: '12.C3',
    mistake: {
      en: 'clears every reply timer when any reply arrives, so a second line sent at once is never timed',
      zh: '任何一条回复到达时就清除所有回复计时器，于是同时发出的第二行永远不会被计时',
    },
    breaks: ['client-reply-timer-per-line'],
    edits: [['  clearTimeout(waitingForReply.shift());', '  clearReplyTimers();']],
  },
  {
    name: 'client-prints-late-reply',
    role: 'client',
    clause: '12.C3',
    mistake: {
      en: 'still prints a reply that arrives after it gave up on it',
      zh: '已经放弃等待的回复到达后，还是把它打印出来',
    },
    breaks: ['client-reply-timeout'],
    edits: [['  if (gaveUp) return;\n', '']],
  },
  {
    name: 'client-gives-up-but-stays',
    role: 'client',
    clause: '12.C3',
    mistake: {
      en: 'says there was no reply but keeps the connection open',
      zh: '说没有收到回复，却让连接一直开着',
    },
    breaks: ['client-reply-timeout'],
    edits: [['  process.exitCode = 1;\n  leave();\n', '  process.exitCode = 1;\n']],
  },
  {
    name: 'client-reply-timer-early',
    role: 'client',
    clause: '12.C4',
    mistake: {
      en: 'gives up on a reply at half its limit',
      zh: '回复等到限制的一半就放弃了',
    },
    breaks: ['client-reply-timeout'],
    edits: [[replyTimer, '  waitingForReply.push(setTimeout(giveUp, replyMs / 2));']],
  },
  {
    name: 'client-reply-wait-doubled',
    role: 'client',
    clause: '12.C4',
    mistake: {
      en: 'waits out the reply limit twice: its first timer only starts a second one',
      zh: '把回复限制等了两遍：第一个计时器只是启动了第二个',
    },
    breaks: ['client-reply-timeout'],
    edits: [[replyTimer, '  waitingForReply.push(setTimeout(() => setTimeout(giveUp, replyMs), replyMs));']],
  },
  {
    name: 'client-takes-any-number',
    role: 'client',
    clause: '12.B1',
    mistake: {
      en: 'takes any number as a limit, 0 and 2147483648 included',
      zh: '任何数字都接受为限制，包括 0 和 2147483648',
    },
    breaks: ['client-rejects-bad-limits'],
    edits: [[limitTest, '  if (Number.isNaN(ms)) {']],
  },
];

export default fixtures;
