// How to see a failing check's conversation again by hand, derived from its
// transcript and the lesson's facts rather than written per check: an `nc`
// line that sends exactly what the check's client sent, when one line can;
// otherwise `npm run lesson N -- --play`, saying why.
//
// No Node.js imports: the site renders a sample failure in the browser.

import { findLesson, type Check, type Language, type Role } from '../catalogue.ts';
import type { TranscriptEvent } from '../harness/transcript.ts';
import { shellBytes } from './shell.ts';

/** Where the learner's programs are, as the commands should name them. */
export interface ProgramPlace {
  /** The folder holding the lesson folders, as a path from the workbook's folder. */
  lessonsDir: string;
  /** Added to `npm run lesson N -- --play` when the checks ran another tree than `lessons/` (`--dir …`). */
  playOptions: string[];
}

export const learnersPlace: ProgramPlace = { lessonsDir: 'lessons', playOptions: [] };

/** Why one `nc` line cannot replay the conversation. */
export type PlayReason = { why: 'clients' | 'writes' | 'datagrams'; count: number } | { why: 'empty-datagram' | 'too-long' | 'reset' };

export type Replay =
  /**
   * Start the server, then run `nc` in a second terminal. `send`: the nc line
   * sends what the check's client sent; `type`: the check typed into the
   * server too, so the learner types into both; `interrupt`: the learner
   * types what the client sent, then stops the server as the check did.
   */
  | { kind: 'nc'; server: string; nc: string; then: 'send' | 'type' | 'interrupt'; signal?: string }
  | { kind: 'play'; role: Role; command: string; reason?: PlayReason };

/** The longest `nc` line printed; past it, the conversation is replayed with `--play`. */
const maxLineChars = 160;

/** The address a server started by hand listens on (HOST and PORT unset). */
const host = '127.0.0.1';

/** What a replay is derived from: a transcript's events, or a recording of them without times. */
export type ReplayEvent = Pick<TranscriptEvent, 'kind' | 'from' | 'detail' | 'sent' | 'unlisted'>;

/** How to replay `check`'s conversation, as it shows in `events`; undefined for a check of no lesson in the catalogue. */
export function planReplay(check: Check, events: ReplayEvent[], place: ProgramPlace = learnersPlace): Replay | undefined {
  const lesson = findLesson(check.lesson);
  if (!lesson) return undefined;
  const play = (role: Role, reason?: PlayReason): Replay => {
    const command = ['npm run lesson', String(lesson.number), '--', '--play', ...(role === 'client' ? ['client'] : []), ...place.playOptions].join(' ');
    return reason ? { kind: 'play', role, command, reason } : { kind: 'play', role, command };
  };
  if (check.role === 'client') return play('client');

  const seen = readConversation(events);
  if (seen.unlisted) return play('server', { why: 'too-long' });
  if (seen.clients > 1) return play('server', { why: 'clients', count: seen.clients });
  // A server started again is a second conversation.
  if (seen.starts > 1) return play('server');
  if (seen.reset) return play('server', { why: 'reset' });

  const nc = (options: string[]) => ['nc', ...options, host, String(lesson.defaultPort)].join(' ');
  // Without -N, OpenBSD nc keeps its side open after its input ends, as a client that sent no FIN did.
  const talk = nc(seen.udp ? ['-u'] : seen.halfClosed ? ['-N'] : []);
  const server = `npx tsx ${place.lessonsDir}/${lesson.dir}/server.ts`;
  if (seen.typed) return { kind: 'nc', server, nc: talk, then: 'type' };
  if (seen.signal) return { kind: 'nc', server, nc: talk, then: 'interrupt', signal: seen.signal };
  if (seen.writes.length === 0) return play('server');
  if (seen.writes.length > 1) return play('server', { why: seen.udp ? 'datagrams' : 'writes', count: seen.writes.length });

  const bytes = seen.writes[0]!.sent?.bytes;
  if (!bytes) return play('server', { why: 'too-long' });
  if (seen.udp && bytes.every((piece) => ('text' in piece ? piece.text : piece.hex) === '')) return play('server', { why: 'empty-datagram' });
  // A UDP nc waits a second for replies after its input ends, then exits.
  const receiver = nc(seen.udp ? ['-u', '-w1'] : seen.halfClosed ? ['-N'] : []);
  const input = shellBytes(bytes, { maxChars: maxLineChars - receiver.length - ' | '.length, oneWrite: seen.udp });
  if (!input) return play('server', { why: 'too-long' });
  return { kind: 'nc', server, nc: `${input} | ${receiver}`, then: 'send' };
}

/** What a replay depends on: who took part, and what the check's one client (if one) and the check itself did. */
function readConversation(events: ReplayEvent[]) {
  const clients = new Set(events.filter(isReferenceAct).map((event) => event.from));
  const [client] = clients;
  const by = (kind: ReplayEvent['kind']) => events.filter((event) => event.kind === kind && client !== undefined && event.from === client);
  const writes = by('data');
  return {
    clients: clients.size,
    writes,
    udp: writes[0]?.sent?.protocol === 'udp',
    halfClosed: by('end').length > 0,
    reset: by('reset').length > 0,
    starts: events.filter((event) => event.kind === 'start').length,
    typed: events.some((event) => event.kind === 'stdin'),
    signal: events.find((event) => event.kind === 'signal')?.detail,
    unlisted: events.some((event) => event.unlisted),
  };
}

/** Something only a reference client does: it connected, or it sent bytes (a UDP client never connects). */
function isReferenceAct(event: ReplayEvent): boolean {
  return !event.from.startsWith('your ') && (event.kind === 'connect' || event.sent !== undefined);
}

const words = {
  en: {
    label: 'by hand',
    nc: "start your server, then replay the check's client in a second terminal:",
    type: 'start your server and connect to it from a second terminal, then type into both as the check did:',
    interrupt: (signal: string) =>
      `start your server and connect to it from a second terminal, type what the check's client sent, then stop the server with Ctrl-C (the check sent ${signal}; a server stops on either):`,
    playServer: 'play it with a reference client:',
    playClient: 'run your client against a reference server:',
    reasons: {
      clients: (count: number) => `${count} clients took part, and one nc line plays only one`,
      writes: (count: number) => `the check's client sent its bytes in ${count} writes, and nc would send them at once`,
      datagrams: (count: number) => `the check sent ${count} datagrams, and one nc line sends only one`,
      'empty-datagram': 'the check sent an empty datagram, which nc cannot send',
      'too-long': 'the bytes the check sent do not fit on one line',
      reset: 'the check reset the connection (RST), which nc cannot do',
    },
    join: (reason: string, then: string) => `${reason}; ${then}`,
  },
  zh: {
    label: '手动重现',
    nc: '启动你的服务器，再在另一个终端里重放检查的客户端：',
    type: '启动你的服务器，在另一个终端里连上它，然后像检查那样在两边打字：',
    interrupt: (signal: string) =>
      `启动你的服务器，在另一个终端里连上它，输入检查的客户端发过的内容，然后按 Ctrl-C 停止服务器（检查发的是 ${signal}；两者都应让服务器停止）：`,
    playServer: '用参考客户端试一试：',
    playClient: '让你的客户端连参考服务器试一试：',
    reasons: {
      clients: (count: number) => `有 ${count} 个客户端参与，一行 nc 只能扮演其中一个`,
      writes: (count: number) => `检查的客户端分 ${count} 次写出字节，而 nc 会一次发出`,
      datagrams: (count: number) => `检查发了 ${count} 个数据报，而一行 nc 只发一个`,
      'empty-datagram': '检查发了一个空数据报，nc 发不了',
      'too-long': '检查发出的字节一行写不下',
      reset: '检查重置了连接（RST），nc 做不到',
    },
    join: (reason: string, then: string) => `${reason}；${then}`,
  },
} satisfies Record<Language, unknown>;

/** The replay as text: what to do, then each command on a line of its own, ready to paste. */
export function describeReplay(replay: Replay, language: Language): { label: string; sentence: string; commands: string[] } {
  const say = words[language];
  if (replay.kind === 'nc') {
    const sentence = replay.then === 'send' ? say.nc : replay.then === 'type' ? say.type : say.interrupt(replay.signal ?? 'SIGTERM');
    return { label: say.label, sentence, commands: [replay.server, replay.nc] };
  }
  const then = replay.role === 'client' ? say.playClient : say.playServer;
  return { label: say.label, sentence: replay.reason ? say.join(reasonText(replay.reason, language), then) : then, commands: [replay.command] };
}

function reasonText(reason: PlayReason, language: Language): string {
  const reasons = words[language].reasons;
  return 'count' in reason ? reasons[reason.why](reason.count) : reasons[reason.why];
}
