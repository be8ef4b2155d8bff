import { describe, expect, test } from 'vitest';
import { showBytes } from '../../workbook/harness/bytes.ts';

describe('showBytes', () => {
  test('shows short ASCII text as a quoted string', () => {
    expect(showBytes('hello')).toBe('"hello"');
  });

  test('escapes line ends and counts the bytes of multibyte text', () => {
    expect(showBytes('你好\r\n')).toBe('"你好\\r\\n" (8 bytes)');
  });

  test('shows bytes that are not UTF-8 text as hex', () => {
    expect(showBytes(Buffer.from([0x00, 0x00, 0x00, 0x05, 0x68]))).toBe('hex 00 00 00 05 68 (5 bytes)');
    expect(showBytes(Buffer.from([0xe4, 0xbd]))).toBe('hex e4 bd (2 bytes)');
  });

  test('leaves out the middle of long payloads', () => {
    const shown = showBytes('a'.repeat(10_000));
    expect(shown).toMatch(/^"a+…a+" \(10000 bytes\)$/);
    expect(shown.length).toBeLessThan(200);
  });

  test('says so when nothing was sent', () => {
    expect(showBytes('')).toBe('"" (0 bytes)');
  });
});
