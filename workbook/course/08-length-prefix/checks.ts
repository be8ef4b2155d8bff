import lesson from './lesson.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import type { PeerConnection, SendOptions } from '../../harness/tcp-peer.ts';
import {
  expectAnswersAcrossCut,
  expectPrintsAcrossCut,
  expectFramedTurn,
  expectSendsEachLine,
  expectSendsEmptyLine,
  sharedFramedChecks,
  type Framing,
} from '../shared/framed.ts';
import { expectClientLogged, expectListensOnGivenPort } from '../shared/steps.ts';

/** A frame: the payload's length as 4 bytes, unsigned big-endian, then the payload. */
function frame(payload: string | Uint8Array): Buffer {
  const bytes = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload);
  return Buffer.concat([header(bytes.length), bytes]);
}

function header(length: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(length);
  return bytes;
}

const frames: Framing = { request: frame, reply: frame, printed: (text) => text };

/** Sends one frame (split as `options` says) and expects the same frame back. */
async function expectEcho(connection: PeerConnection, payload: string | Uint8Array, options?: SendOptions): Promise<void> {
  await connection.send(frame(payload), options);
  await connection.expectBytes(frame(payload));
}

const maxPayloadBytes = 1024 * 1024;

export default defineChecks(lesson, {
  'server-given-port': expectListensOnGivenPort,

  'server-logs-client': expectClientLogged,

  'server-echoes-frames': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    for (const payload of ['hello', '你好，世界', 'two lines\nin one frame', Uint8Array.of(0, 1, 2, 0x0a, 0, 0xff, 0x0d, 0x0a)]) {
      await expectEcho(client, payload);
    }
  },

  'server-frame-in-pieces': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    // Several turns, each cut differently: a server that takes a chunk for a
    // frame would have to see every one of them arrive whole to get by.
    await expectEcho(client, 'byte by byte 🎉', { pieces: 'bytewise', gapMs: 3 });
    await expectEcho(client, 'and one in three pieces', { pieces: 3, gapMs: 10 });
    await expectEcho(client, 'and one more, in five', { pieces: 5, gapMs: 10 });
    await expectAnswersAcrossCut(frames, client, 'a frame, then', 'one cut in two: 切开');
  },

  'server-frames-in-one-write': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    const payloads = ['first', 'second frame', '第三帧'];
    await client.send(Buffer.concat(payloads.map((payload) => frame(payload))));
    for (const payload of payloads) await client.expectBytes(frame(payload));
    // 30 bytes in three writes of 10: the middle one holds the end of the first
    // frame, the whole second frame and the start of the third one's header.
    // Three times, so that the cuts can't all go unseen.
    for (const cut of [['alpha_01', 'be', 'gamma_01'], ['delta_02', 'ep', 'zeta__02'], ['theta_03', 'io', 'kappa_03']]) {
      await client.send(Buffer.concat(cut.map((payload) => frame(payload))), { pieces: 3, gapMs: 10 });
      for (const payload of cut) await client.expectBytes(frame(payload));
    }
  },

  'server-empty-frame': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await expectEcho(client, '');
    await expectEcho(client, 'after the empty frame');
  },

  'server-largest-frame': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    const payload = Buffer.alloc(maxPayloadBytes);
    for (let i = 0; i < payload.length; i++) payload[i] = i % 251;
    await expectEcho(client, payload);
  },

  'server-oversized-frame': async (t) => {
    const server = await t.startServer();
    const other = await t.connect(server, 'reference client B');
    await expectEcho(other, 'B is here');
    const client = await t.connect(server, 'reference client A');
    // The header and the payload's first bytes: a server that waits for the
    // rest of the payload waits for ever.
    await client.send(Buffer.concat([header(maxPayloadBytes + 1), Buffer.from('the start of a payload too big to hold')]));
    await client.expectClose();
    await expectEcho(other, 'B is still served');
  },

  'server-half-close': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    const unfinished = frame('this frame never ends');
    await client.send(Buffer.concat([frame('complete'), unfinished.subarray(0, 10)]));
    client.end();
    await client.expectBytes(frame('complete'));
    await client.expectClose();
  },

  'client-sends-frames': (t) => expectSendsEachLine(t, frames),

  'client-empty-line': (t) => expectSendsEmptyLine(t, frames),

  'client-reply-in-pieces': async (t) => {
    const { process: client, connection } = await t.startClient();
    for (const text of ['你好 🌏', '第二次', 'third ✨']) {
      await expectFramedTurn(frames, client, connection, text, { replyAs: { pieces: 'bytewise', gapMs: 3 } });
    }
    await expectPrintsAcrossCut(frames, client, connection, 'a frame, then', 'one cut in two: 切开');
  },

  ...sharedFramedChecks(frames),
});
