// The ChatServer class that closes lesson 10's page (site/snippets/chat-server.ts)
// does what the page says: start() on a free port, a chat, stop() ends it all.
import { describe, expect, test } from 'vitest';
import { ChatServer } from '../../site/snippets/chat-server.ts';
import { connectPeer, type PeerConnection } from '../../workbook/harness/tcp-peer.ts';
import { Transcript } from '../../workbook/harness/transcript.ts';

/** `YYYY/MM/DD HH:MM:SS <ip>:<port>`, the first line of every broadcast. */
const header = (endpoint: string) => new RegExp(`^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} ${endpoint.replaceAll('.', '\\.')}$`);

describe('the ChatServer snippet', () => {
  test('starts on a free port, broadcasts every line to every client, lets one quit, and stop() closes everything', async () => {
    const server = new ChatServer('127.0.0.1', 0);
    const transcript = new Transcript();
    try {
      const { address, port } = await server.start();
      expect(port).toBeGreaterThan(0);
      const target = { host: address, port };
      const alice = await connectPeer(target, 'alice', 'chat server', transcript);

      // Each speaks first to be sure the server has registered them: their own message comes back.
      const says = async (speaker: PeerConnection, text: string, listeners: PeerConnection[]) => {
        await speaker.send(`${text}\n`);
        for (const reader of listeners) {
          expect(await reader.readLine()).toMatch(header(`127.0.0.1:${speaker.localPort}`));
          await reader.expectLine(text);
        }
      };
      await says(alice, 'alice is here', [alice]);
      const bob = await connectPeer(target, 'bob', 'chat server', transcript);
      await says(bob, 'bob is here', [bob, alice]);
      await says(alice, '你好，everyone', [alice, bob]);

      await alice.send('quit\n');
      await alice.expectClose();

      server.stop();
      await bob.expectClose();
      await expect(connectPeer(target, 'carol', 'chat server', transcript)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      server.stop();
    }
  });
});
