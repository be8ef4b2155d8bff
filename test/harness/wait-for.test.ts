import { describe, expect, test } from 'vitest';
import { CheckFailure } from '../../workbook/harness/failure.ts';
import { Changes, showDuration } from '../../workbook/harness/wait-for.ts';

describe('Changes.waitFor', () => {
  test('resolves as soon as a change makes the probe find its value', async () => {
    const changes = new Changes();
    let value: string | undefined;
    const waiting = changes.waitFor(() => value, 5000, () => new CheckFailure('too late'));
    value = 'there';
    changes.notify();
    await expect(waiting).resolves.toBe('there');
  });

  test('fails with the timeout failure when nothing comes within the limit', async () => {
    const changes = new Changes();
    const started = performance.now();
    await expect(changes.waitFor(() => undefined, 50, () => new CheckFailure('nothing came'))).rejects.toThrow('nothing came');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('gives up at once when the probe says the value can never come', async () => {
    const changes = new Changes();
    const waiting = changes.waitFor(
      () => {
        throw new CheckFailure('closed first');
      },
      5000,
      () => new CheckFailure('too late'),
    );
    await expect(waiting).rejects.toThrow('closed first');
  });
});

test('showDuration speaks in seconds or milliseconds', () => {
  expect(showDuration(3000)).toBe('3 s');
  expect(showDuration(250)).toBe('250 ms');
});
