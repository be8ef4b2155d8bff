import { describe, expect, test } from 'vitest';
import { Transcript } from '../../workbook/harness/transcript.ts';
import { answers, UdpPeer, type Answer } from '../../workbook/harness/udp-peer.ts';

/** A reference client and a reference server that answers as `answer` says, both on loopback. */
async function pair(answer: Answer = answers.echo) {
  const transcript = new Transcript();
  const server = await UdpPeer.bind('reference server', 'client', transcript, answer);
  const client = await UdpPeer.bind('client', 'reference server', transcript);
  const to = { host: '127.0.0.1', port: server.port };
  const close = async () => {
    await Promise.all([server.close(), client.close()]);
  };
  return { transcript, server, client, to, close };
}

describe('UdpPeer', () => {
  test('keeps datagram boundaries: zero-length, near 64 KiB and back to back', async ({ onTestFinished }) => {
    const { client, to, close } = await pair();
    onTestFinished(close);
    const largest = Buffer.alloc(65507, 0x61);
    client.sendBackToBack(['one', '', largest, 'two\nlines'], to);
    await client.expectDatagram('one');
    await client.expectDatagram('');
    await client.expectDatagram(largest);
    await client.expectDatagram('two\nlines');
  });

  test('loses the first datagrams when told to, and says so in the transcript', async ({ onTestFinished }) => {
    const { transcript, server, client, to, close } = await pair(answers.echoAfterLosing(1));
    onTestFinished(close);
    client.send('first', to);
    await server.expectDatagram('first');
    client.send('second', to);
    await client.expectDatagram('second');
    expect(transcript.events.filter((event) => event.detail.includes('lost that datagram'))).toHaveLength(1);
  });

  test('fails a wait for a datagram that never comes, within its limit', async ({ onTestFinished }) => {
    const { client, to, close } = await pair(answers.never);
    onTestFinished(close);
    client.send('hello?', to);
    await expect(client.expectDatagram('hello?', { withinMs: 100 })).rejects.toThrow('did not send');
  });

  test('skips late retries of the datagram before, and answers a retry only once', async ({ onTestFinished }) => {
    const { server, client, to, close } = await pair(answers.ignoringLateRetries(answers.echo));
    onTestFinished(close);
    client.sendBackToBack(['same', 'same', 'next'], to);
    await server.expectDatagram('same');
    await server.expectDatagram('next', { retryOf: 'same' });
    await client.expectDatagram('same');
    await client.expectDatagram('next');
    await client.expectNothingReceived('after the answers');
  });
});
