import { definePlay } from '../../play/define-play.ts';
import { typingClient } from '../../play/reference-peers.ts';

// One client at the terminal. Connect a second one from another terminal with
// `nc 127.0.0.1 <port>` (the port is in the ready line) to see it wait its turn.
export default definePlay({
  referenceClient: typingClient({ terminator: '' }),
});
