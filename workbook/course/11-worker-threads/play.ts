import { definePlay } from '../../play/define-play.ts';
import { typingClient } from '../../play/reference-peers.ts';

// Each line you type goes out with `\n`, as it is: try `work 2000000`, then
// `ping`. Connect a second client from another terminal with
// `nc 127.0.0.1 <port>` (the port is in the ready line) and send `ping` while
// the first one's work runs.
export default definePlay({
  referenceClient: typingClient({ terminator: '\n' }),
});
