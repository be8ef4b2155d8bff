import { definePlay } from '../../play/define-play.ts';
import { echoServer, typingClient } from '../../play/reference-peers.ts';

// Your server: type one message, see it come back, watch both sides close.
// Your client: it sends its message to an echo server that answers once.
export default definePlay({
  referenceClient: typingClient({ terminator: '' }),
  referenceServer: echoServer({ once: true }),
});
