import { styleText } from 'node:util';

type Style = Parameters<typeof styleText>[0];

/** Whether output to `stream` should carry colours: a terminal, unless NO_COLOR; or FORCE_COLOR. */
export function wantsColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  if (process.env.NO_COLOR) return false;
  return Boolean(stream.isTTY);
}

export type Paint = (style: Style, text: string) => string;

/** A painter that styles text only when colours are wanted, so callers never check. */
export function painter(color: boolean): Paint {
  return color ? (style, text) => styleText(style, text) : (_style, text) => text;
}
