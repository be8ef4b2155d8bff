import { once } from 'node:events';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, test, vi, type TestContext } from 'vitest';
import { connectPeer, type PeerConnection } from '../../workbook/harness/tcp-peer.ts';
import { Transcript } from '../../workbook/harness/transcript.ts';

/** A reference client connected to a plain loopback server; the test writes as the learner's side. */
async function connectedPair(onTestFinished: TestContext['onTestFinished']): Promise<{ peer: PeerConnection; learner: net.Socket }> {
  const server = net.createServer();
  server.listen({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const accepting = once(server, 'connection') as Promise<[net.Socket]>;
  const peer = await connectPeer({ host: '127.0.0.1', port: (server.address() as net.AddressInfo).port }, 'reference client', 'your server', new Transcript());
  const [learner] = await accepting;
  onTestFinished(() => {
    peer.destroy();
    learner.destroy();
    server.close();
  });
  return { peer, learner };
}

/** Writes `pieces` one by one, each once the peer has seen the one before, letting `gapMs` pass on the clock in between. */
async function trickle(learner: net.Socket, peer: PeerConnection, pieces: string[], gapMs: number): Promise<void> {
  for (const piece of pieces) {
    await write(learner, peer, piece);
    vi.advanceTimersByTime(gapMs);
  }
}

async function write(learner: net.Socket, peer: PeerConnection, piece: string): Promise<void> {
  const seen = peer.receivedBytes + Buffer.byteLength(piece);
  learner.write(piece);
  await expect.poll(() => peer.receivedBytes, { timeout: 5000, interval: 5 }).toBe(seen);
}

// The limits are timers: a fake clock makes "longer than the limit in all, but
// never that long without a byte" exact, however busy the machine is.
describe('PeerConnection.expectBytes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('waits on while a long reply keeps coming, even past the limit in all', async ({ onTestFinished }) => {
    const { peer, learner } = await connectedPair(onTestFinished);
    const pieces = ['one ', 'two ', 'three ', 'four'];
    const expecting = peer.expectBytes(pieces.join(''), 150);
    // Four pieces 80 ms apart take 320 ms in all, more than the limit, but no gap is that long.
    await trickle(learner, peer, pieces, 80);
    await expect(expecting).resolves.toBeUndefined();
  });

  test('fails, saying how much came, once the reply stops partway', async ({ onTestFinished }) => {
    const { peer, learner } = await connectedPair(onTestFinished);
    const expecting = peer.expectBytes('hello, world', 100);
    await write(learner, peer, 'hello');
    vi.advanceTimersByTime(100);
    await expect(expecting).rejects.toThrow('your server sent 5 of the 12 expected bytes, then nothing for 100 ms');
  });

  test('fails when nothing comes at all', async ({ onTestFinished }) => {
    const { peer } = await connectedPair(onTestFinished);
    const expecting = peer.expectBytes('hello', 50);
    vi.advanceTimersByTime(50);
    await expect(expecting).rejects.toThrow('your server did not send the expected bytes within 50 ms');
  });
});
