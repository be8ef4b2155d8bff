import { showBytes } from './bytes.ts';

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

  add(kind: EventKind, from: string, detail: string, to?: string): void {
    const at = Math.round(performance.now() - this.startedAt);
    const event: TranscriptEvent = to === undefined ? { at, kind, from, detail } : { at, kind, from, to, detail };
    if (this.onEvent) return this.onEvent(event);
    if (this.events.length >= maxEvents) {
      this.dropped += 1;
      return;
    }
    this.events.push(event);
  }

  data(from: string, to: string, bytes: Uint8Array | string): void {
    if (this.summarizing) {
      this.summarizing.chunks += 1;
      this.summarizing.bytes += typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
      return;
    }
    this.add('data', from, showBytes(bytes), to);
  }

  private summarizing: { chunks: number; bytes: number } | undefined;

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
      this.add('note', 'check', `${what}: ${counts.chunks} chunks, ${counts.bytes} bytes in all (not listed one by one)`);
    }
  }
}
