import { StringDecoder } from 'node:string_decoder';
import { CheckFailure } from '../harness/failure.ts';
import { Changes, showDuration } from '../harness/wait-for.ts';

/**
 * What a running program prints on `stream`, collected from the moment this
 * is called, and waits for a text in it. One listener stays for the whole
 * run: with listeners that come and go, whatever is printed while none is
 * attached is lost to them (another reader keeps the stream flowing), and a
 * busy machine makes that window wide.
 */
export function printedText(stream: NodeJS.ReadableStream, waitLimitMs: number) {
  const decoder = new StringDecoder('utf8');
  const changes = new Changes();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += decoder.write(chunk);
    changes.notify();
  });
  return {
    /** Everything printed so far. */
    get text() {
      return text;
    },
    /** Resolves once `expected` has been printed `times` times in all; fails after the wait limit. */
    printed(expected: string, times = 1): Promise<true> {
      return changes.waitFor(
        () => (text.split(expected).length - 1 >= times ? true : undefined),
        waitLimitMs,
        () => new CheckFailure(`"${expected}" was not printed ${times === 1 ? '' : `${times} times `}within ${showDuration(waitLimitMs)}`, { actual: text }),
      );
    },
  };
}
