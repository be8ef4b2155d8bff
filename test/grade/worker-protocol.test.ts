// The worker's signed lines: only the grader's own key makes a line count.
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { readLines, signLine, verifyLine, type WorkerMessage } from '../../workbook/grade/worker-protocol.ts';

const key = randomBytes(32);
const passed: WorkerMessage = { type: 'result', result: { id: '01/server-echo', status: 'passed', durationMs: 5, transcript: [] } };

describe('signed lines', () => {
  test('a line signed with the key reads back as its message', () => {
    expect(verifyLine(key, signLine(key, passed).trimEnd())).toEqual(passed);
  });

  test('a line with another key, a changed message or no signature is refused', () => {
    const line = signLine(key, passed).trimEnd();
    expect(verifyLine(randomBytes(32), line)).toBeUndefined();
    expect(verifyLine(key, line.replace('"passed"', '"failed"'))).toBeUndefined();
    expect(verifyLine(key, `${'0'.repeat(64)} ${JSON.stringify(passed)}`)).toBeUndefined();
    expect(verifyLine(key, JSON.stringify(passed))).toBeUndefined();
  });
});

describe('reading lines', () => {
  test('splits chunks into lines and drops a line too long to be the worker’s, keeping the next', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    const done = readLines(stream, (line) => lines.push(line));
    stream.write('first\nsec');
    stream.write('ond\n');
    const huge = Buffer.alloc(1024 * 1024, 'x');
    for (let megabyte = 0; megabyte < 40; megabyte++) stream.write(huge);
    stream.end('\nlast\n');
    await done;
    expect(lines).toEqual(['first', 'second', 'last']);
  });
});
