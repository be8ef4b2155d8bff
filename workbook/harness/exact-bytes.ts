// The exact bytes a reference peer sent, kept in the transcript so that a
// failing check can say how to send them again by hand. A transcript shows
// bytes for reading (elided, escaped); this keeps them for replaying, small
// enough to travel in a grade report: long runs of one character are counted,
// not spelled out, and a payload that stays large anyway is not kept.

/**
 * A stretch of bytes: UTF-8 text (control characters included) or, where the
 * bytes are not UTF-8, hex; repeated `times` times (once when absent).
 */
export type BytePiece = { text: string; times?: number } | { hex: string; times?: number };

/** Runs shorter than this many bytes stay spelled out. */
const minRunBytes = 32;

/** Pieces holding more characters than this are not kept: no one line could show them. */
const maxKeptChars = 1024;

/**
 * `data` (UTF-8 if a string) sent `times` times in a row, as pieces: runs of
 * one repeated character are counted, the rest is text or hex. Undefined when
 * even that is too long to keep.
 */
export function keepExactly(data: Uint8Array | string, times = 1): BytePiece[] | undefined {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let pieces = compact(bytes);
  if (!pieces) return undefined;
  if (times > 1) pieces = pieces.length === 1 ? [{ ...pieces[0]!, times: timesOf(pieces[0]!) * times }] : [{ ...spelledOut(bytes), times }];
  const kept = pieces.reduce((sum, piece) => sum + ('text' in piece ? piece.text.length : piece.hex.length), 0);
  return kept > maxKeptChars ? undefined : pieces;
}

/** How many times in a row the piece's bytes come. */
export function timesOf(piece: BytePiece): number {
  return piece.times ?? 1;
}

/** Undefined as soon as the bytes spelled out are past what could be kept: a megabyte is never turned into text. */
function compact(bytes: Uint8Array): BytePiece[] | undefined {
  const pieces: BytePiece[] = [];
  let literal = { start: 0, end: 0 };
  let spelledBytes = 0;
  const flushLiteral = () => {
    pieces.push(...spellOut(bytes.subarray(literal.start, literal.end)));
  };
  let at = 0;
  while (at < bytes.length) {
    const size = utf8Length(bytes, at) || 1;
    let repeats = 1;
    while (sameBytes(bytes, at, at + repeats * size, size)) repeats += 1;
    if (repeats > 1 && repeats * size >= minRunBytes) {
      flushLiteral();
      pieces.push({ ...spelledOut(bytes.subarray(at, at + size)), times: repeats });
      at += repeats * size;
      literal = { start: at, end: at };
    } else {
      at += size;
      literal.end = at;
      spelledBytes += size;
      // A character takes at most four bytes: past this, more than maxKeptChars would be spelled out.
      if (spelledBytes > 4 * maxKeptChars) return undefined;
    }
  }
  flushLiteral();
  return pieces.length ? pieces : [{ text: '' }];
}

/** One piece for bytes that are all text or all not. */
function spelledOut(bytes: Uint8Array): BytePiece {
  const pieces = spellOut(bytes);
  return pieces.length === 1 ? pieces[0]! : { hex: hexOf(bytes) };
}

/** Stretches of UTF-8 text as text, the bytes between them as hex. */
function spellOut(bytes: Uint8Array): BytePiece[] {
  const pieces: BytePiece[] = [];
  let at = 0;
  while (at < bytes.length) {
    const start = at;
    const isText = utf8Length(bytes, at) > 0;
    while (at < bytes.length && utf8Length(bytes, at) > 0 === isText) at += utf8Length(bytes, at) || 1;
    const stretch = bytes.subarray(start, at);
    pieces.push(isText ? { text: new TextDecoder().decode(stretch) } : { hex: hexOf(stretch) });
  }
  return pieces;
}

function sameBytes(bytes: Uint8Array, unit: number, at: number, size: number): boolean {
  if (at + size > bytes.length) return false;
  for (let i = 0; i < size; i++) if (bytes[unit + i] !== bytes[at + i]) return false;
  return true;
}

function hexOf(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The length of the well-formed UTF-8 character at `at`, or 0 when none starts there. */
export function utf8Length(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  if (lead < 0x80) return 1;
  // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
  const [size, low, high] =
    lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf]
    : lead === 0xed ? [3, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
    : lead === 0xf0 ? [4, 0x90, 0xbf]
    : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
    : lead === 0xf4 ? [4, 0x80, 0x8f]
    : [0, 0, 0];
  if (size === 0 || at + size > bytes.length) return 0;
  if (bytes[at + 1]! < low || bytes[at + 1]! > high) return 0;
  for (let i = 2; i < size; i++) if (bytes[at + i]! < 0x80 || bytes[at + i]! > 0xbf) return 0;
  return size;
}
