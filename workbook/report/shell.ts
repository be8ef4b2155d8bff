// Pieces of shell command lines that the workbook prints for people to paste:
// quoted words, and commands that write exact bytes to their stdout
// (`printf 'hel' | nc -N 127.0.0.1 9006`). The latter are meant for any POSIX
// shell (sh, bash, zsh) on Linux and macOS: only printf's octal escapes,
// `head -c`, `tr` and `yes`.
//
// No Node.js imports: the site renders a sample failure in the browser.

import { timesOf, type BytePiece } from '../harness/exact-bytes.ts';

/** `word` as one shell word: as it is when that is safe, else in single quotes. */
export function shellQuote(word: string): string {
  return /^[\w./:=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A command writing exactly `pieces`: one `printf`, or for long runs of one
 * character a command that makes them (`head -c 65537 /dev/zero | tr '\0' x`),
 * several of them grouped in `{ …; }`. Undefined when it would be longer than
 * `maxChars`, or with `oneWrite` when a single `printf` cannot do it (a
 * datagram must leave in one write).
 */
export function shellBytes(pieces: BytePiece[], options: { maxChars: number; oneWrite?: boolean }): string | undefined {
  const commands: string[] = [];
  let format = '';
  for (const piece of pieces) {
    const made = timesOf(piece) > 1 && !options.oneWrite ? repeatCommand(piece) : undefined;
    if (made) {
      if (format) commands.push(printfCommand(format));
      format = '';
      commands.push(made);
      continue;
    }
    const once = printfFormat(piece);
    // Checked before repeating: a run of 65537 is never spelled out.
    if (format.length + once.length * timesOf(piece) > options.maxChars) return undefined;
    format += once.repeat(timesOf(piece));
  }
  if (format || commands.length === 0) commands.push(printfCommand(format));
  if (options.oneWrite && commands.length > 1) return undefined;
  const command = commands.length === 1 ? commands[0]! : `{ ${commands.join('; ')}; }`;
  return command.length > options.maxChars ? undefined : command;
}

function printfCommand(format: string): string {
  // A format starting with `-` would be taken for an option.
  return `printf '${format.startsWith('-') ? `\\055${format.slice(1)}` : format}'`;
}

/** The piece once, as a printf format in single quotes: printable text as it is, everything else escaped. */
function printfFormat(piece: BytePiece): string {
  if ('hex' in piece) return octalEscapes(bytesOfHex(piece.hex));
  let format = '';
  for (const character of piece.text) {
    if (character === '\n') format += '\\n';
    else if (character === '\r') format += '\\r';
    else if (character === '\t') format += '\\t';
    else if (character === '\\') format += '\\\\';
    else if (character === '%') format += '%%';
    // A quote cannot appear inside single quotes.
    else if (character === "'" || isControl(character)) format += octalEscapes(new TextEncoder().encode(character));
    else format += character;
  }
  return format;
}

/** A command that writes the piece's unit `times` times, or undefined when the unit has no such command. */
function repeatCommand(piece: BytePiece): string | undefined {
  const unit = 'hex' in piece ? bytesOfHex(piece.hex) : new TextEncoder().encode(piece.text);
  const times = timesOf(piece);
  if (unit.length === 1) {
    const byte = unit[0]!;
    return byte === 0 ? `head -c ${times} /dev/zero` : `head -c ${times} /dev/zero | tr '\\0' ${trCharacter(byte)}`;
  }
  // `yes` writes its argument and a newline; tr takes the newlines out again.
  if ('text' in piece && !/[\p{Cc}'\\]/u.test(piece.text) && !piece.text.startsWith('-')) {
    return `yes '${piece.text}' | head -n ${times} | tr -d '\\n'`;
  }
  return undefined;
}

/** The second operand of `tr '\0' …`: a letter or digit as it is, anything else as an octal escape. */
function trCharacter(byte: number): string {
  return /[A-Za-z0-9]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `'${octalEscapes([byte])}'`;
}

function isControl(character: string): boolean {
  return /\p{Cc}/u.test(character);
}

/** Three digits each, so that a digit after an escape is never read as part of it. */
function octalEscapes(bytes: Iterable<number>): string {
  return Array.from(bytes, (byte) => `\\${byte.toString(8).padStart(3, '0')}`).join('');
}

function bytesOfHex(hex: string): number[] {
  return Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}
