import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { keepExactly } from '../../workbook/harness/exact-bytes.ts';
import { shellBytes, shellQuote } from '../../workbook/report/shell.ts';
import { hasTool } from '../support/optional-tool.ts';

const roomy = { maxChars: 200 };

/** The command for `bytes`, which must exist. */
function commandFor(bytes: string | Uint8Array, options: { maxChars: number; oneWrite?: boolean } = roomy): string {
  const command = shellBytes(keepExactly(bytes)!, options);
  if (command === undefined) throw new Error(`no command for ${JSON.stringify(bytes)}`);
  return command;
}

// Learners paste these into bash, zsh or sh: each shell here runs every command.
const shells = ['sh', 'bash', 'zsh'].filter(hasTool);

const payloads: [string, string | Uint8Array][] = [
  ['plain text', 'hel'],
  ['line ends', 'one\ntwo\r\nthree\t'],
  ['quotes, percent signs and backslashes', `it's 100% done \\ "really" %s %d\\n`],
  ['Chinese text and emoji', '你好，socket！🎉'],
  ['a leading dash', '-n -e hello'],
  ['control bytes and digits right after them', '\0\u00011\u0007\u001b[0m\u007f9'],
  ['bytes that are not UTF-8', Uint8Array.of(0, 0, 0, 5, 0x68, 0xff, 0xfe, 0x80, 0x0a)],
  ['a long run of one ASCII character', 'x'.repeat(65537)],
  ['a long run of NUL bytes', new Uint8Array(40_000)],
  ['a long run of a byte that is not UTF-8', new Uint8Array(5000).fill(0xff)],
  ['a long run of a Chinese character between lines', `first\n${'你'.repeat(21845)}x\r\n`],
  ['a long run of quotes', `say ${"'".repeat(100)} end`],
];

describe.runIf(shells.length)('shellBytes writes exactly the bytes', () => {
  for (const shell of shells) {
    test.for(payloads)(`in ${shell}: %s`, ([, payload]) => {
      const written = execFileSync(shell, ['-c', commandFor(payload)], { maxBuffer: 1024 * 1024 });
      expect(Buffer.compare(written, Buffer.from(payload))).toBe(0);
    });
  }
});

describe('shellBytes', () => {
  test('writes short text with one printf, escaping what printf or the quotes would change', () => {
    expect(commandFor('hel')).toBe("printf 'hel'");
    expect(commandFor("it's 100% \\ done\n")).toBe("printf 'it\\047s 100%% \\\\ done\\n'");
    expect(commandFor('你好')).toBe("printf '你好'");
    expect(commandFor(Uint8Array.of(0, 0, 0, 5, 0x68))).toBe("printf '\\000\\000\\000\\005h'");
  });

  test('makes long runs with a command instead of spelling them out', () => {
    expect(commandFor('x'.repeat(65537))).toBe("head -c 65537 /dev/zero | tr '\\0' x");
    expect(commandFor(`${'你'.repeat(21845)}xy\n`)).toBe("{ yes '你' | head -n 21845 | tr -d '\\n'; printf 'xy\\n'; }");
  });

  test('gives up past its length', () => {
    expect(shellBytes(keepExactly('a'.repeat(20) + 'b'.repeat(20))!, { maxChars: 30 })).toBeUndefined();
    expect(shellBytes(keepExactly('x'.repeat(65537))!, { maxChars: 20 })).toBeUndefined();
  });

  test('with oneWrite, only ever one printf', () => {
    expect(commandFor('hello', { maxChars: 50, oneWrite: true })).toBe("printf 'hello'");
    expect(commandFor('x'.repeat(40), { maxChars: 50, oneWrite: true })).toBe(`printf '${'x'.repeat(40)}'`);
    expect(shellBytes(keepExactly('x'.repeat(65537))!, { maxChars: 200, oneWrite: true })).toBeUndefined();
  });
});

describe('shellQuote', () => {
  test('leaves safe words alone and quotes the rest', () => {
    expect(shellQuote('lessons/01-single-echo')).toBe('lessons/01-single-echo');
    expect(shellQuote("/tmp/my lessons/it's")).toBe("'/tmp/my lessons/it'\\''s'");
  });
});
