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
    this.add('data', from, showBytes(bytes), to);
  }
}
