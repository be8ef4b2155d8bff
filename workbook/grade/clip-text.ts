/**
 * Shortens `text` to at most `max` characters by cutting out its middle, so a
 * program that prints megabytes cannot blow up a report; the start and the end
 * usually say the most.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = Math.max(0, max - 40);
  const head = Math.ceil(keep / 2);
  const tail = keep - head;
  return `${text.slice(0, head)} … (${text.length - keep} characters cut) … ${tail ? text.slice(-tail) : ''}`;
}

/** The first line of `text`, printable and shortened to `max` characters: a reason that fits in a table. */
export function firstLine(text: string, max = 120): string {
  const line = printable(text.split('\n', 1)[0]!.trim());
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/**
 * `text` with control characters written out as `\xNN`: what students name
 * their folders or print can never move the cursor or recolour a terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
