/** How a chunk of bytes is shown in a transcript. */

const maxShown = 160;

/**
 * Shows bytes as a quoted string when they are valid UTF-8 text (with \n, \r, \t
 * escaped), otherwise as hex; long payloads lose their middle.
 */
export function showBytes(data: Uint8Array | string): string {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
  if (bytes.length === 0) return '"" (0 bytes)';
  const text = decodeStrictly(bytes);
  const shown = text === undefined ? showHex(bytes) : showText(text);
  return bytes.length > 24 || text === undefined || text.length !== bytes.length ? `${shown} (${bytes.length} bytes)` : shown;
}

function decodeStrictly(bytes: Buffer): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

function showText(text: string): string {
  const escaped = JSON.stringify(elide([...text], maxShown).join('')).slice(1, -1);
  return `"${escaped}"`;
}

function showHex(bytes: Buffer): string {
  // Only the bytes that will be shown: a megabyte turned into strings costs a second.
  const max = maxShown / 3;
  const end = Math.ceil(max / 2);
  const shown = bytes.length <= max ? bytes : Buffer.concat([bytes.subarray(0, end), bytes.subarray(bytes.length - end)]);
  const hex = [...shown].map((b) => b.toString(16).padStart(2, '0'));
  return `hex ${elide(hex, max).join(' ')}`;
}

function elide(items: string[], max: number): string[] {
  if (items.length <= max) return items;
  const keep = Math.floor(max / 2);
  return [...items.slice(0, keep), '…', ...items.slice(items.length - keep)];
}
