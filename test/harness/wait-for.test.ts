import { once } from 'node:events';
import net from 'node:net';
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

  test('a reply that arrived while the event loop was held up wins over a timeout that expired meanwhile', async ({ onTestFinished }) => {
    const server = net.createServer();
    server.listen({ host: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
    const [accepted] = (await once(server, 'connection')) as [net.Socket];
    onTestFinished(() => {
      client.destroy();
      accepted.destroy();
      server.close();
    });
    const changes = new Changes();
    let received = '';
    accepted.on('data', (chunk: Buffer) => {
      received += String(chunk);
      changes.notify();
    });
    const waiting = changes.waitFor(() => received || undefined, 20, () => new CheckFailure('too late'));
    client.write('in time');
    // The bytes are in the kernel at once; the loop is held up past the limit, as on a busy machine.
    const until = performance.now() + 100;
    while (performance.now() < until);
    await expect(waiting).resolves.toBe('in time');
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
