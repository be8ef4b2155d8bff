import { CheckFailure } from '../harness/failure.ts';
import { UdpPeer, type Answer } from '../harness/udp-peer.ts';
import type { ListeningPeer, PlaySession } from './define-play.ts';

// Reference peers for playing the UDP lesson (9).

/** How long the terminal's client waits for an answer before it says there was none. */
const answerMs = 2000;

/**
 * For a UDP server: each typed line goes out as one datagram (an empty line as
 * an empty datagram), and the client waits a moment for the answer.
 */
export async function typingUdpClient(server: { host: string; port: number }, session: PlaySession): Promise<void> {
  const peer = await UdpPeer.bind('reference client', 'your server', session.transcript);
  try {
    for await (const line of session.typed) {
      peer.send(line, server);
      try {
        await peer.nextDatagram('an answer', answerMs);
      } catch (error) {
        if (!(error instanceof CheckFailure)) throw error;
        session.transcript.add('note', 'reference client', `no answer within ${answerMs / 1000} s`);
      }
    }
  } finally {
    await peer.close();
  }
}

/** Echoes, but loses every third datagram, and never answers `lost`. */
const lossyEcho: Answer = (datagram, index) => (index % 3 === 2 || datagram.toString() === 'lost' ? undefined : datagram);

/** For a UDP client: an echo server on a network that loses datagrams. */
export async function lossyEchoServer(session: PlaySession): Promise<ListeningPeer> {
  const peer = await UdpPeer.bind('reference server', 'your client', session.transcript, lossyEcho);
  session.transcript.add('note', 'reference server', 'loses every third datagram, and never answers `lost`: watch your client try again');
  return peer;
}
