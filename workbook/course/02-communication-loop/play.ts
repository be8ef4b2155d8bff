import { definePlay } from '../../play/define-play.ts';
import { echoServer, typingClient } from '../../play/reference-peers.ts';

// Type as many messages as you like; Ctrl-D ends the conversation.
export default definePlay({
  referenceClient: typingClient({ terminator: '' }),
  referenceServer: echoServer({ once: false }),
});
