import { definePlay } from '../../play/define-play.ts';
import { chatClients, roomServer } from '../../play/chat-peers.ts';

// Your server: you are one client of the room; reference client B is another,
// and it speaks on its own. Every message, yours and B's, comes back to both.
// Your client: you are in a reference room with one more member who speaks now
// and then; your own lines come back as broadcasts, `quit` leaves.
export default definePlay({
  referenceClient: chatClients('reference client B', [
    { afterMs: 300, text: "I'm ready.\n" },
    { afterMs: 3000, text: 'hello from B\n' },
    { afterMs: 3000, text: '大家好 👋\n' },
    { afterMs: 4000, text: 'B is still here, and hears every message too\n' },
  ]),
  referenceServer: roomServer('127.0.0.1:50505', ['hello from another member', '大家好 👋', 'type `quit` to leave'], 3000),
});
