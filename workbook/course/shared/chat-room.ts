import { showBytes } from '../../harness/bytes.ts';
import type { CheckContext, RunningServer } from '../../harness/check-context.ts';
import { CheckFailure } from '../../harness/failure.ts';
import type { SendOptions, PeerConnection } from '../../harness/tcp-peer.ts';
import { cutInside } from './framed.ts';
import { expectConnectionLogged } from './steps.ts';

// Check steps shared by the two chat rooms: lesson 5 (a message is a chunk)
// and lesson 7 (a message is a line). Both broadcast every message as
// `YYYY/MM/DD HH:MM:SS <ip>:<port>\n<text>\n` to everyone, the sender included.

/**
 * The time zone the room runs in. A fixed zone that is not UTC means "local
 * time" is the same for the check and the server on any machine, and a server
 * that stamps UTC by mistake is caught.
 */
export const roomTimeZone = 'Asia/Shanghai';

/** Starts the learner's room server in `roomTimeZone`. */
export function startRoom(t: CheckContext): Promise<RunningServer> {
  return t.startServer({ env: { TZ: roomTimeZone } });
}

/**
 * Connects reference clients one by one and waits for the server's
 * `connected from` line for each: a message sent before the server has taken
 * a client in would rightly miss that client.
 */
export async function joinRoom<Names extends string[]>(
  t: CheckContext,
  server: RunningServer,
  names: [...Names],
): Promise<{ [K in keyof Names]: PeerConnection }> {
  const members: PeerConnection[] = [];
  for (const name of names) {
    const logged = countConnectionLogs(server) + 1;
    const member = await t.connect(server, `reference client ${name}`);
    addresses.set(member, addressOf(member));
    members.push(member);
    let seen = 0;
    await server.process.waitForLine(
      (line) => (isConnectionLog(line) && ++seen >= logged ? true : undefined),
      `\`connected from <ip>:<port>\` for reference client ${name}`,
    );
  }
  return members as { [K in keyof Names]: PeerConnection };
}

function isConnectionLog(line: string): boolean {
  return line.startsWith('connected from ');
}

function countConnectionLogs(server: RunningServer): number {
  return server.process.stdoutLines.filter(isConnectionLog).length;
}

/** A message one member sent: who, its text as the room should show it, and when. */
export interface SentMessage {
  from: PeerConnection;
  text: string;
  /** Date.now() just before it was sent. */
  sentAt: number;
  /** Check the stamp against the clock; otherwise only its shape. */
  exactTime?: boolean;
}

// Each member's address, noted when it joins: a closed socket forgets its own.
const addresses = new WeakMap<PeerConnection, string>();

/** The member's address as the server sees it: `<ip>:<port>`. */
export function addressOf(member: PeerConnection): string {
  return addresses.get(member) ?? `${member.localAddress}:${member.localPort}`;
}

export interface SayOptions extends SendOptions {
  /** The bytes to send; by default each text followed by `\n`, in one write. */
  wire?: string;
  /** Check each broadcast's time against the clock, not only its shape. */
  exactTime?: boolean;
}

/**
 * `from` sends `text` and every one of `listeners` must receive its broadcast
 * as its next two lines. A member that speaks is a listener only in checks
 * about the sender's own copy: elsewhere its copies are left unread, so that
 * each check fails for its own reason only.
 */
export function say(from: PeerConnection, text: string, listeners: PeerConnection[], options: SayOptions = {}): Promise<void> {
  return sayLines(from, [text], listeners, options);
}

/**
 * `from` says `first`, then `second` cut inside a character, the cut known to
 * reach the room apart (see "A cut the peer is known to have read" in
 * framed.ts): its first bytes go with `first`, the rest once `listeners`
 * have heard `first`.
 */
export async function sayAcrossCut(from: PeerConnection, first: string, second: string, listeners: PeerConnection[]): Promise<void> {
  const line = Buffer.from(`${second}\n`);
  const at = cutInside(line);
  const firstSentAt = Date.now();
  await from.send(Buffer.concat([Buffer.from(`${first}\n`), line.subarray(0, at)]));
  await Promise.all(listeners.map((listener) => expectBroadcast(listener, { from, text: first, sentAt: firstSentAt })));
  const secondSentAt = Date.now();
  await from.send(line.subarray(at));
  await Promise.all(listeners.map((listener) => expectBroadcast(listener, { from, text: second, sentAt: secondSentAt })));
}

/** Like `say`, for several messages in one wire: every listener receives their broadcasts in order. */
export async function sayLines(from: PeerConnection, texts: string[], listeners: PeerConnection[], options: SayOptions = {}): Promise<void> {
  const { wire = texts.map((text) => `${text}\n`).join(''), exactTime, ...sendOptions } = options;
  const sentAt = Date.now();
  await from.send(wire, sendOptions);
  await Promise.all(
    listeners.map(async (listener) => {
      for (const text of texts) await expectBroadcast(listener, { from, text, sentAt, exactTime });
    }),
  );
}

/** Three members take turns; each must hear every message exactly once, its own included. */
export async function expectEveryoneHearsEveryone(t: CheckContext, server: RunningServer, options: SayOptions = {}): Promise<void> {
  const everyone = await joinRoom(t, server, ['A', 'B', 'C']);
  const [a, b, c] = everyone;
  await say(a, 'A speaks first', everyone, options);
  await say(b, 'B 回答', everyone, options);
  await say(c, 'C joins in 🎉', everyone, options);
  // One more round shows whether anyone got C's message twice.
  await say(a, 'A again', everyone, options);
}

/** Reads the next broadcast at `member` and fails unless it is `sent`, stamped and addressed right. */
export async function expectBroadcast(member: PeerConnection, sent: SentMessage): Promise<void> {
  const what = `the broadcast of ${JSON.stringify(sent.text)} from ${sent.from.name}`;
  const expected = `${stamp(sent.sentAt)} ${addressOf(sent.from)}\n${sent.text}\n`;
  const header = await member.readLine(what);
  if (!isHeaderOf(header, sent)) {
    throw new CheckFailure(`${member.peerName} sent ${member.name} a different line where ${what} should start`, {
      expected: `${showBytes(expected)} (${sent.exactTime ? 'the time may be a second later' : 'at any time'})`,
      actual: showBytes(`${header}\n`),
    });
  }
  const text = await member.readLine(what);
  if (text !== sent.text) {
    throw new CheckFailure(`${member.peerName} sent ${member.name} a different message than ${JSON.stringify(sent.text)}`, {
      expected: showBytes(expected),
      actual: showBytes(`${header}\n${text}\n`),
    });
  }
}

/** A broadcast as a member received it. */
export interface Received {
  address: string;
  text: string;
}

/** Reads the next broadcast at `member`, whoever sent it; its header must have the room's shape. */
export async function readBroadcast(member: PeerConnection): Promise<Received> {
  const header = await member.readLine('the next broadcast');
  const match = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} (\S+:\d+)$/.exec(header);
  if (!match) {
    throw new CheckFailure(`${member.peerName} sent ${member.name} a line that does not start a broadcast`, {
      expected: '"YYYY/MM/DD HH:MM:SS <ip>:<port>\\n"',
      actual: showBytes(`${header}\n`),
    });
  }
  return { address: match[1]!, text: await member.readLine('the text of the broadcast') };
}

/**
 * Several members send at once; every member must then receive all of their
 * messages (each sender's in the order it sent them), and every member in the
 * same order as the others.
 */
export async function expectSameOrder(everyone: PeerConnection[], sends: { from: PeerConnection; wire: string; texts: string[] }[]): Promise<void> {
  const count = sends.reduce((sum, send) => sum + send.texts.length, 0);
  await Promise.all(sends.map((send) => send.from.send(send.wire)));
  const seen = await Promise.all(
    everyone.map(async (member) => {
      const received: Received[] = [];
      while (received.length < count) received.push(await readBroadcast(member));
      return received;
    }),
  );
  const show = (received: Received[]) => received.map((r) => `${r.address} ${JSON.stringify(r.text)}`).join('\n');
  for (const [index, received] of seen.entries()) {
    for (const send of sends) {
      const fromSender = received.filter((r) => r.address === addressOf(send.from)).map((r) => r.text);
      if (fromSender.join('\n') !== send.texts.join('\n')) {
        throw new CheckFailure(`${everyone[index]!.name} did not get the messages of ${send.from.name} exactly once each, in the order they were sent`, {
          expected: send.texts.map((text) => `${addressOf(send.from)} ${JSON.stringify(text)}`).join('\n'),
          actual: show(received),
        });
      }
    }
    if (show(received) !== show(seen[0]!)) {
      throw new CheckFailure(`${everyone[index]!.name} got the same messages as ${everyone[0]!.name} in a different order`, {
        expected: show(seen[0]!),
        actual: show(received),
      });
    }
  }
}

/**
 * `rounds` times, every member sends its lines (`linesOf`) in one write, all
 * at the same moment; every member must see all of them in the same order.
 */
export async function expectSameOrderRounds(
  everyone: PeerConnection[],
  rounds: number,
  linesOf: (member: string, round: number) => string[],
): Promise<void> {
  for (let round = 1; round <= rounds; round++) {
    await expectSameOrder(
      everyone,
      everyone.map((from) => {
        const texts = linesOf(from.name.replace('reference client ', ''), round);
        return { from, wire: texts.map((text) => `${text}\n`).join(''), texts };
      }),
    );
  }
}

/** One client leaves (FIN), one resets (RST), one comes in: the room goes on for the rest. */
export async function expectLeavingSurvived(t: CheckContext, server: RunningServer): Promise<void> {
  const [a, b, c, listener] = await joinRoom(t, server, ['A', 'B', 'C', 'L']);
  b.end();
  await b.expectClose();
  c.reset();
  await say(a, 'B left and C reset', [listener]);
  const [e] = await joinRoom(t, server, ['E']);
  await say(a, 'E came in', [listener, e]);
  server.process.expectNoStackTrace();
}

/** Two clients come in; the room logs each with its own address, in turn. */
export async function expectEveryClientLogged(t: CheckContext): Promise<void> {
  const server = await startRoom(t);
  for (const [index, name] of ['A', 'B'].entries()) {
    await expectConnectionLogged(server, await t.connect(server, `reference client ${name}`), index + 1);
  }
}

/** `quit` typed on the room's own stdin closes every connection, and it exits 0. */
export async function expectStopsOnQuitCommand(t: CheckContext): Promise<void> {
  const server = await startRoom(t);
  await expectStoppedRoom(t, server, () => server.process.type('quit\n'));
}

/** The end of the room's own stdin is not `quit`: members talk on, and new ones come in. */
export async function expectKeepsRunningAtEof(t: CheckContext): Promise<void> {
  const server = await startRoom(t);
  const [a, listener] = await joinRoom(t, server, ['A', 'L']);
  await server.process.closeStdinAndWait();
  // The server sees its end of input before this message, and before B comes in.
  await say(a, 'A after the end of input', [listener]);
  const [b] = await joinRoom(t, server, ['B']);
  await say(b, 'B after the end of input', [listener]);
}

/** `stop` (a command or a signal) closes every member's connection and the server exits 0. */
export async function expectStoppedRoom(t: CheckContext, server: RunningServer, stop: () => void): Promise<void> {
  const everyone = await joinRoom(t, server, ['A', 'L']);
  await say(everyone[0], 'before the room closes', [everyone[1]]);
  stop();
  await server.process.expectExit(0);
  for (const member of everyone) await member.expectClose({ anyData: true });
}

/** True if `header` is `<time> <address>` for `sent`; with `exactTime`, the time anywhere from its sending to now. */
function isHeaderOf(header: string, sent: SentMessage): boolean {
  const address = addressOf(sent.from);
  if (!header.endsWith(` ${address}`)) return false;
  const time = header.slice(0, -address.length - 1);
  if (!sent.exactTime) return /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/.test(time);
  // The server stamps the message some time after it left: allow every second
  // from the sending until now, so a second boundary in between is no failure.
  for (let second = Math.floor(sent.sentAt / 1000); second <= Math.floor(Date.now() / 1000); second++) {
    if (time === stamp(second * 1000)) return true;
  }
  return false;
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: roomTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY/MM/DD HH:MM:SS` in the room's time zone. */
export function stamp(ms: number): string {
  const part = Object.fromEntries(clock.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${part.year}/${part.month}/${part.day} ${part.hour}:${part.minute}:${part.second}`;
}
