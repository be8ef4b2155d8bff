import { definePlay } from '../../play/define-play.ts';
import { answerFrames, framingServer, inPieces } from '../../play/framing-peers.ts';
import { typingClient } from '../../play/reference-peers.ts';

/** A line as a frame: its UTF-8 length in 4 bytes, big-endian, then its bytes. */
function frame(line: string): Uint8Array {
  const payload = Buffer.from(line, 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(payload.length);
  return Buffer.concat([header, payload]);
}

// Your server: each line you type goes out as one frame, cut in three pieces
// 300 ms apart (the header too, for short lines); your server should echo each
// frame once, whole. An empty line is an empty frame.
// Your client: the reference server echoes each frame in pieces too.
export default definePlay({
  referenceClient: typingClient({ terminator: '', frame, send: inPieces }),
  referenceServer: framingServer(answerFrames),
});
