import { checkTextChars } from './check-text.ts';

/** Below this, a check's text says too little to be worth keeping shorter still. */
const fewestChars = 200;

/**
 * Platforms cap the size of what a grader hands them (PrairieLearn's
 * results.json, a GitHub step output). `render` draws the whole file with each
 * check's text cut to at most the characters it is given; this finds the
 * longest cut, halving from the usual one, whose rendering fits in `maxBytes`
 * of UTF-8. A submission whose every check failed loudly keeps a little of
 * each verdict rather than all of some.
 */
export function fitBytes(render: (maxChars: number) => string, maxBytes: number): string {
  let maxChars = checkTextChars;
  let text = render(maxChars);
  while (Buffer.byteLength(text) > maxBytes && maxChars > fewestChars) {
    maxChars = Math.max(fewestChars, Math.floor(maxChars / 2));
    text = render(maxChars);
  }
  return text;
}
