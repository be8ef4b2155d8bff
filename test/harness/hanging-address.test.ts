import net from 'node:net';
import { describe, expect, test } from 'vitest';
import { HangingAddress } from '../../workbook/harness/hanging-address.ts';

/** Resolves with 'connected', 'failed' or 'pending' (still connecting after `ms`). */
function tryConnect(port: number, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const settle = (outcome: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    socket.once('connect', () => settle('connected'));
    socket.once('error', () => settle('failed'));
    const timer = setTimeout(() => settle('pending'), ms);
  });
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  return Promise.race([promise, new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), ms))]);
}

describe('a hanging address', () => {
  test('leaves a connect pending, and its listener is gone once closed', async () => {
    const address = await HangingAddress.open();
    try {
      const before = address.pendingConnects();
      const since = performance.now();
      // Two at once: neither gets an answer.
      const attempts = Promise.all([tryConnect(address.port, 500), tryConnect(address.port, 500)]);
      // Where the system shows its table of TCP sockets, the SYNs are seen going out.
      if (before !== undefined) expect(await address.waitForConnect(before, since, 500)).toEqual({ after: expect.any(Number), by: expect.any(Number) });
      expect(await attempts).toEqual(['pending', 'pending']);
    } finally {
      await address.close();
    }
    expect(await within(address.exited, 5000)).toBeUndefined();
  });

  test('ends its listener by itself when its lifetime is over, even if nobody closes it', async () => {
    const address = await HangingAddress.open(1000);
    try {
      expect(await within(address.exited, 6000)).toBeUndefined();
    } finally {
      await address.close();
    }
  });
});
