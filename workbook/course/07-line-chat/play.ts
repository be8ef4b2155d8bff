import { definePlay } from '../../play/define-play.ts';
import { chatClients } from '../../play/chat-peers.ts';

// You are one client of your room; reference client B is another, and it
// sends its lines the way a busy network delivers them: one line in pieces,
// two lines in one write, a character split between writes, CRLF. Your
// server should broadcast each of its lines once, whole.
export default definePlay({
  referenceClient: chatClients('reference client B', [
    { afterMs: 300, text: "I'm ready.\n" },
    { afterMs: 3000, text: 'one line in three pieces\n', send: { pieces: 3, gapMs: 400 } },
    { afterMs: 3000, text: 'two lines\nin one write\n' },
    // 13 bytes in pieces of 5: both cuts fall inside a character.
    { afterMs: 3000, text: '你好世界\n', send: { pieces: 3, gapMs: 400 } },
    { afterMs: 3000, text: 'a line that ends in CRLF\r\n' },
  ]),
});
