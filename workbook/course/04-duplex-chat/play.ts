import { definePlay } from '../../play/define-play.ts';
import { scriptedServer } from '../../play/chat-peers.ts';
import { typingClient } from '../../play/reference-peers.ts';

// Your server: you type as the other person, and your server prints each line
// as it arrives. (Your server's own keyboard is not this terminal: to chat
// from both sides, run your server and your client in two terminals.)
// Your client: type away while the reference server talks on its own, not
// waiting for you, and watch both arrive.
export default definePlay({
  referenceClient: typingClient({ terminator: '\n' }),
  referenceServer: scriptedServer([
    { afterMs: 500, text: 'hello from the reference server\n' },
    { afterMs: 3000, text: 'I talk whenever I like,\n' },
    { afterMs: 3000, text: 'even while you are typing.\n' },
    { afterMs: 4000, text: '你好！Type `quit` or press Ctrl-D to leave.\n' },
  ]),
});
