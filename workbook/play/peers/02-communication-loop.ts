import { definePlay } from '../define-play.ts';
import { echoServer, typingClient } from '../reference-peers.ts';

// Type as many messages as you like; Ctrl-D ends the conversation.
export default definePlay({
  referenceClient: typingClient({ terminator: '' }),
  referenceServer: echoServer({ once: false }),
});
