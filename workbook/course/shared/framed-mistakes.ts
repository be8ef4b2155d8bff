import type { BrokenFixture } from '../broken-program.ts';
import { clientRefusalStackTrace, saysServerLeftOnStdout } from './mistakes.ts';

// Mistakes lessons 6 and 8 share, made in the code their solutions have in
// common: how the servers survive and stop (lesson 12's server too, which is
// lesson 6's with time limits), how the clients leave and notice that the
// server left.
export const framedServerFixtures: BrokenFixture[] = [
  {
    name: 'crashes-on-reset',
    role: 'server',
    clause: 'G10',
    mistake: {
      en: "has no 'error' handler on the socket, so one client's reset takes the server down",
      zh: "套接字上没有 'error' 处理函数，一个客户端重置连接就让整个服务器崩溃",
    },
    breaks: ['server-survives-reset'],
    edits: [["  socket.on('error', (error) => {", "  socket.on('no-such-event', (error: Error) => {"]],
  },
  {
    name: 'dies-of-sigterm',
    role: 'server',
    clause: 'G12',
    mistake: {
      en: 'has no signal handlers, so SIGTERM kills it',
      zh: '没有信号处理函数，于是被 SIGTERM 直接杀死',
    },
    breaks: ['server-stops-on-sigterm'],
    edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) {", 'for (const signal of [] as NodeJS.Signals[]) {']],
  },
];

/**
 * The clients' shared mistakes, with the lesson's own rules they break:
 * `leaving` (lesson 6: `exit` and the end of input end the client, [06.C2])
 * and `serverLeft` (the server leaving first, [06.C4]); lesson 8 takes both
 * over from lesson 6 as [08.C2].
 */
export function framedClientFixtures(clauses: { leaving: string; serverLeft: string }): BrokenFixture[] {
  return [
    {
      name: 'client-never-ends',
      role: 'client',
      clause: 'G11',
      mistake: {
        en: 'stops reading input but never closes the connection',
        zh: '不再读输入，却从不关闭连接',
      },
      breaks: ['client-exit', 'client-ends-at-eof'],
      edits: [['  socket.end();\n  setTimeout(() => socket.destroy(), 2000).unref();\n', '']],
    },
    {
      name: 'client-ignores-server-close',
      role: 'client',
      clause: clauses.serverLeft,
      mistake: {
        en: 'does not watch the connection, so it keeps waiting for input after the server left',
        zh: '不关注连接的状态，服务器离开后还在等输入',
      },
      breaks: ['client-server-closed-first'],
      edits: [["socket.on('close', () => {", "socket.on('no-such-event', () => {"]],
    },
    {
      name: 'client-exit-untrimmed',
      role: 'client',
      clause: clauses.leaving,
      mistake: {
        en: 'compares the untrimmed line with `exit`, so `  exit  ` is sent as a message',
        zh: '拿没有去掉首尾空白的行和 `exit` 比较，于是 `  exit  ` 被当作消息发了出去',
      },
      breaks: ['client-exit'],
      edits: [["  if (line.trim() === 'exit') return leave();", "  if (line === 'exit') return leave();"]],
    },
    clientRefusalStackTrace,
    saysServerLeftOnStdout('  console.error(`${HOST}:${PORT}: ${failure'),
  ];
}
