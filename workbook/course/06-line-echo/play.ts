import { definePlay } from '../../play/define-play.ts';
import { answerLines, framingServer, inPieces } from '../../play/framing-peers.ts';
import { typingClient } from '../../play/reference-peers.ts';

// Your server: each line you type goes out with `\n`, cut in three pieces 300 ms
// apart; your server should answer once per line, whole. Type `quit` to be hung
// up on, or press Ctrl-D to send the last line without its `\n`.
// Your client: the reference server answers `Return your msg: <line>` in
// pieces too; your client should print each answer once, whole.
export default definePlay({
  referenceClient: typingClient({ terminator: '\n', send: inPieces }),
  referenceServer: framingServer(answerLines),
});
