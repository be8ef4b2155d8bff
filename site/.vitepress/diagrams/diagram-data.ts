// A lesson's conversation diagram as data: the transcript of one check, run
// against the reference solution, with everything that changes from run to run
// (times, pids, ports, clock readings) replaced by stable values.
//
// No Node.js imports here: the site's theme renders this data in the browser.

import type { Language } from '../../../workbook/catalogue.ts';
import type { EventKind, SentBytes, TranscriptEvent } from '../../../workbook/harness/transcript.ts';

export interface DiagramEvent {
  /** Milliseconds since the check started; kept only where a page shows times. */
  at?: number;
  kind: EventKind;
  from: string;
  to?: string;
  detail: string;
  /** Shown instead of the usual words for the kind: the concept diagrams name single segments (SYN, ACK). */
  label?: string;
  /** Kept where a page shows how to replay the conversation by hand (the sample failure). */
  sent?: SentBytes;
}

export interface DiagramData {
  /** `01-single-echo` */
  lesson: string;
  /** The check whose conversation this is (the catalogue's `diagram`). */
  check: string;
  /** How to bring this file up to date; it is generated, not edited. */
  regenerate: string;
  events: DiagramEvent[];
}

/**
 * A failing check as the runner prints it, for the getting-started page: a
 * known-broken program (one of a lesson's classic mistakes, `workbook/course/NN-slug/mistakes.ts`) run against one check.
 */
export interface SampleFailure {
  lesson: string;
  check: string;
  fixture: string;
  regenerate: string;
  message: string;
  expected?: string;
  actual?: string;
  events: DiagramEvent[];
}

export const regenerateCommand = 'npm run docs:diagrams';

/** First client port shown: ephemeral ports become 50001, 50002, … in order of appearance. */
const firstClientPort = 50001;
/** Chat lines carry the local time; every diagram shows this one. */
const shownTime = '2025/01/01 12:00:00';

const address = /((?:\d{1,3}\.){3}\d{1,3}|\[[0-9a-fA-F:.]+\]|::1):(\d{1,5})\b/g;
const portWord = /\bport (\d{1,5})\b/g;
const clockReading = /\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}/g;

/**
 * Turns a recorded transcript into diagram events: drops times and pids, shows
 * listening ports as the lesson's default port and client ports as 50001, …,
 * fixes clock readings, and leaves out the harness killing a program that was
 * still running when the check ended (that is cleanup, not conversation).
 */
export function normaliseTranscript(
  events: TranscriptEvent[],
  defaultPort: number,
  options: { keepTimes?: boolean; keepSentBytes?: boolean } = {},
): DiagramEvent[] {
  const ports = new Map<string, number>();
  for (const event of events) {
    const listening = /^(?:listening on|bound to) .+:(\d+)\b/.exec(event.detail);
    if (listening && (event.kind === 'stdout' || event.kind === 'listen') && !ports.has(listening[1]!)) {
      ports.set(listening[1]!, defaultPort + ports.size * 100);
    }
  }
  let nextClientPort = firstClientPort;
  const showPort = (port: string): string => {
    if (!ports.has(port)) ports.set(port, nextClientPort++);
    return String(ports.get(port));
  };
  const normaliseText = (text: string): string =>
    text
      .replace(clockReading, shownTime)
      .replace(address, (_, host: string, port: string) => `${host}:${showPort(port)}`)
      .replace(portWord, (_, port: string) => `port ${showPort(port)}`);

  return events
    .filter((event) => !(event.kind === 'exit' && /killed by SIGKILL/.test(event.detail)))
    .map((event) => {
      const detail = event.kind === 'start' ? 'started' : normaliseText(event.detail);
      const at = options.keepTimes ? { at: event.at } : {};
      const sent = options.keepSentBytes && event.sent ? { sent: event.sent } : {};
      return event.to === undefined
        ? { ...at, kind: event.kind, from: event.from, detail, ...sent }
        : { ...at, kind: event.kind, from: event.from, to: event.to, detail, ...sent };
    });
}

/** Who acted: the learner's programs are `your …`; everything else is the check and its reference peers. */
export function isLearnerProgram(name: string): boolean {
  return name.startsWith('your ');
}

/**
 * An event the check itself caused and recorded at the moment it acted
 * (started a program, typed, signalled, sent, closed, connected). Events
 * between two of these are the programs' reactions, recorded as they arrive.
 */
function isCheckAction(event: DiagramEvent): boolean {
  if (event.kind === 'start' || event.kind === 'stdin' || event.kind === 'signal' || event.kind === 'listen') return true;
  return !isLearnerProgram(event.from) && event.kind !== 'note';
}

/**
 * What two recordings of the same check must share to count as the same
 * conversation. Two real runs differ in ways that say nothing about the code:
 * a program's log lines travel through a pipe and land anywhere among the
 * socket events, so each program's output is compared as its own sequence;
 * reactions on different connections between two actions of the check may
 * arrive in either order, so they are compared in a fixed order; and TCP may
 * deliver one write as several chunks or several as one, so consecutive chunks
 * in one direction are joined. A UDP client sends a datagram again whenever
 * its answer is slow, so how many copies go out depends on the machine's
 * speed: see `withoutRetries`.
 */
export function canonicalForm(events: DiagramEvent[]): string {
  const output = new Map<string, string[]>();
  const conversation: DiagramEvent[][] = [[]];
  for (const event of withoutRetries(events)) {
    if (event.kind === 'stdout' || event.kind === 'stderr') {
      const key = `${event.from} ${event.kind}`;
      output.set(key, [...(output.get(key) ?? []), event.detail]);
    } else if (isCheckAction(event)) {
      conversation.push([event], []);
    } else {
      conversation.at(-1)!.push(event);
    }
  }
  const ordered = conversation.flatMap((run) => joinChunks([...run].sort((a, b) => sideOf(a).localeCompare(sideOf(b)))));
  return [
    ...ordered.map((event) => `${event.kind} ${sideOf(event)}: ${event.detail}`),
    ...[...output.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([key, lines]) => lines.map((line) => `${key}: ${line}`)),
  ].join('\n');
}

/**
 * Leaves out every datagram that repeats the one before it in the same
 * direction (a retry), and what the receiving peer noted about it if that is
 * what it noted before ("does not answer").
 */
function withoutRetries(events: DiagramEvent[]): DiagramEvent[] {
  const lastDatagram = new Map<string, string>();
  const lastNote = new Map<string, string>();
  const kept: DiagramEvent[] = [];
  let retryTo: string | undefined;
  for (const event of events) {
    const isDatagram = event.kind === 'data' && event.detail.startsWith('datagram ');
    if (isDatagram && lastDatagram.get(sideOf(event)) === event.detail) {
      retryTo = event.to;
      continue;
    }
    if (event.kind === 'note' && event.from === retryTo && lastNote.get(event.from) === event.detail) continue;
    retryTo = undefined;
    if (isDatagram) lastDatagram.set(sideOf(event), event.detail);
    if (event.kind === 'note') lastNote.set(event.from, event.detail);
    kept.push(event);
  }
  return kept;
}

function sideOf(event: DiagramEvent): string {
  return event.to === undefined ? event.from : `${event.from} → ${event.to}`;
}

/** Joins consecutive data events in the same direction, as if they had arrived as one chunk. */
function joinChunks(events: DiagramEvent[]): DiagramEvent[] {
  const joined: DiagramEvent[] = [];
  for (const event of events) {
    const last = joined.at(-1);
    if (last && last.kind === 'data' && event.kind === 'data' && sideOf(last) === sideOf(event)) {
      joined[joined.length - 1] = { ...last, detail: joinShownBytes(last.detail, event.detail) };
    } else {
      joined.push(event.kind === 'data' ? { ...event, detail: joinShownBytes(event.detail) } : event);
    }
  }
  return joined;
}

/**
 * `"ab"` and `"cd" (2 bytes)` make `"abcd"`: quoted text loses its byte count
 * (which depends on the chunking); anything else is kept side by side.
 */
function joinShownBytes(...shown: string[]): string {
  const texts = shown.map((one) => {
    const match = /^("(?:[^"\\]|\\.)*")(?: \(\d+ bytes\))?$/.exec(one);
    return match ? (JSON.parse(match[1]!) as string) : undefined;
  });
  return texts.every((text) => text !== undefined) ? JSON.stringify(texts.join('')) : shown.join(' + ');
}

/**
 * A concept page's diagram (site/diagrams/concepts/<name>.json). TCP's single
 * segments (SYN, ACK, FIN) never reach a Node program, so these are drawn by
 * hand rather than recorded, in both languages; `about` says so.
 */
export interface ConceptDiagramData {
  about: string;
  title: Record<Language, string>;
  /** The lifelines, by the short names the events use. */
  participants: Record<string, Record<Language, string>>;
  events: { kind: EventKind; from: string; to?: string; label: Record<Language, string> }[];
}

/** A concept diagram's events in one language, ready for layoutDiagram(). */
export function conceptEvents(data: ConceptDiagramData, language: Language): DiagramEvent[] {
  const name = (key: string): string => {
    const participant = data.participants[key];
    if (!participant) throw new Error(`a concept diagram names "${key}", which is not among its participants`);
    return participant[language];
  };
  return data.events.map((event) => ({
    kind: event.kind,
    from: name(event.from),
    ...(event.to === undefined ? {} : { to: name(event.to) }),
    detail: event.label.en,
    label: event.label[language],
  }));
}
