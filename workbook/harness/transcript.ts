import { showBytes } from './bytes.ts';
import { keepExactly, type BytePiece } from './exact-bytes.ts';

export type EventKind =
  | 'start' // a program was spawned
  | 'stdout' // a line the program printed
  | 'stderr'
  | 'stdin' // what the check typed into the program
  | 'listen' // a reference server is listening
  | 'connect'
  | 'data' // bytes on the wire, `from` → `to`
  | 'end' // FIN: `from` half-closed its side
  | 'reset' // RST
  | 'close'
  | 'signal' // the check sent a signal to a program
  | 'exit'
  | 'note';

export interface TranscriptEvent {
  /** Milliseconds since the check started. */
  at: number;
  kind: EventKind;
  from: string;
  to?: string;
  detail: string;
  /** On data a reference peer sent: what it was, exactly, so that a failure can say how to send it again by hand. */
  sent?: SentBytes;
  /** On a note that stands for data counted rather than listed (see summarizeData). */
  unlisted?: true;
}

export interface SentBytes {
  protocol: 'tcp' | 'udp';
  /** Absent when the bytes were too many to keep. */
  bytes?: BytePiece[];
}

/** Past this many events a transcript keeps counting but stops storing. */
const maxEvents = 500;

/** The conversation of one check as it happened, for the learner to read. */
export class Transcript {
  readonly events: TranscriptEvent[] = [];
  dropped = 0;
  private readonly startedAt = performance.now();

  /** `onEvent` sees every event as it happens (`--play` prints them live); a live transcript keeps none. */
  constructor(private readonly onEvent?: (event: TranscriptEvent) => void) {}

  add(kind: EventKind, from: string, detail: string, to?: string, extra: Pick<TranscriptEvent, 'sent' | 'unlisted'> = {}): void {
    const at = Math.round(performance.now() - this.startedAt);
    const event: TranscriptEvent = to === undefined ? { at, kind, from, detail, ...extra } : { at, kind, from, to, detail, ...extra };
    if (this.onEvent) return this.onEvent(event);
    if (this.events.length >= maxEvents) {
      this.dropped += 1;
      return;
    }
    this.events.push(event);
  }

  data(from: string, to: string, bytes: Uint8Array | string): void {
    if (this.countWhileSummarizing(bytes)) return;
    this.add('data', from, showBytes(bytes), to);
  }

  /**
   * A reference peer sent `bytes` (`times` times in a row): shown like any
   * data, and kept exactly. `shown` replaces the usual way of showing bytes.
   */
  sent(from: string, to: string, bytes: Uint8Array | string, how: { protocol: SentBytes['protocol']; times?: number; shown?: string }): void {
    if (this.countWhileSummarizing(bytes, how.times)) return;
    const kept = keepExactly(bytes, how.times);
    this.add('data', from, how.shown ?? showBytes(bytes), to, { sent: kept ? { protocol: how.protocol, bytes: kept } : { protocol: how.protocol } });
  }

  private summarizing: { chunks: number; bytes: number } | undefined;

  /** While summarizing, counts the bytes instead of listing them; says whether it did. */
  private countWhileSummarizing(bytes: Uint8Array | string, times = 1): boolean {
    if (!this.summarizing) return false;
    this.summarizing.chunks += times;
    this.summarizing.bytes += (typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length) * times;
    return true;
  }

  /**
   * Runs `step` while counting the bytes on the wire instead of listing each
   * chunk, then adds one note: for steps that move megabytes, whose chunks
   * would bury the rest of the conversation.
   */
  async summarizeData<T>(what: string, step: () => Promise<T>): Promise<T> {
    if (this.summarizing) return step();
    const counts = { chunks: 0, bytes: 0 };
    this.summarizing = counts;
    try {
      return await step();
    } finally {
      this.summarizing = undefined;
      this.add('note', 'check', `${what}: ${counts.chunks} chunks, ${counts.bytes} bytes in all (not listed one by one)`, undefined, { unlisted: true });
    }
  }
}
