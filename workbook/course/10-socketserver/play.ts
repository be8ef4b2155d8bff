import { definePlay } from '../../play/define-play.ts';
import { typingClient } from '../../play/reference-peers.ts';

// Your server, in its default (threading) mode: each line you type goes out
// with its `\n`. Type `sleep 3000` and another line at once to see the replies
// keep their order. While it sleeps, connect a second client from another
// terminal with `nc 127.0.0.1 <port>` (the port is in the ready line): it is
// answered at once.
export default definePlay({
  referenceClient: typingClient({ terminator: '\n' }),
});
