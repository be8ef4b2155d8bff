import { describe, expect, test } from 'vitest';
import { keepExactly } from '../../workbook/harness/exact-bytes.ts';
import { Transcript } from '../../workbook/harness/transcript.ts';

describe('keepExactly', () => {
  test('keeps short text as it is', () => {
    expect(keepExactly('hello 你好 🎉\n')).toEqual([{ text: 'hello 你好 🎉\n' }]);
  });

  test('keeps nothing sent as empty text', () => {
    expect(keepExactly('')).toEqual([{ text: '' }]);
  });

  test('counts a long run of one character instead of spelling it out', () => {
    expect(keepExactly('x'.repeat(65537))).toEqual([{ text: 'x', times: 65537 }]);
    expect(keepExactly(`first\n${'你'.repeat(21845)}x\r\n`)).toEqual([{ text: 'first\n' }, { text: '你', times: 21845 }, { text: 'x\r\n' }]);
  });

  test('spells out short repeats', () => {
    expect(keepExactly('aaaa bbbb')).toEqual([{ text: 'aaaa bbbb' }]);
  });

  test('keeps bytes that are not UTF-8 as hex, and control characters as text', () => {
    expect(keepExactly(Uint8Array.of(0, 0, 0, 5, 0x68, 0xff, 0xe4, 0xbd))).toEqual([{ text: '\0\0\0\u0005h' }, { hex: 'ffe4bd' }]);
    expect(keepExactly(new Uint8Array(100).fill(0xff))).toEqual([{ hex: 'ff', times: 100 }]);
  });

  test('multiplies a chunk sent again and again', () => {
    expect(keepExactly(Buffer.alloc(64 * 1024, 'x'), 64)).toEqual([{ text: 'x', times: 4 * 1024 * 1024 }]);
    expect(keepExactly('ab', 3)).toEqual([{ text: 'ab', times: 3 }]);
  });

  test('keeps nothing of a payload that stays large', () => {
    const payload = new Uint8Array(1024 * 1024);
    for (let i = 0; i < payload.length; i++) payload[i] = i % 251;
    expect(keepExactly(payload)).toBeUndefined();
    expect(keepExactly('hello world '.repeat(200))).toBeUndefined();
  });
});

describe('a transcript of what a reference peer sent', () => {
  test('shows the bytes as any data and keeps them exactly', () => {
    const transcript = new Transcript();
    transcript.sent('reference client', 'your server', `${'x'.repeat(100)}\n`, { protocol: 'tcp' });
    expect(transcript.events).toMatchObject([
      { kind: 'data', from: 'reference client', to: 'your server', detail: `"${'x'.repeat(100)}\\n" (101 bytes)`, sent: { protocol: 'tcp', bytes: [{ text: 'x', times: 100 }, { text: '\n' }] } },
    ]);
  });

  test('says when the bytes were too many to keep', () => {
    const transcript = new Transcript();
    transcript.sent('reference client', 'your server', Uint8Array.from({ length: 10_000 }, (_, i) => i % 251), { protocol: 'udp' });
    expect(transcript.events[0]!.sent).toEqual({ protocol: 'udp' });
  });

  test('marks the note that stands for data counted, not listed', async () => {
    const transcript = new Transcript();
    await transcript.summarizeData('a flood', async () => transcript.sent('reference client', 'your server', 'x'.repeat(1000), { protocol: 'tcp', times: 3 }));
    expect(transcript.events).toMatchObject([{ kind: 'note', detail: 'a flood: 3 chunks, 3000 bytes in all (not listed one by one)', unlisted: true }]);
  });
});
