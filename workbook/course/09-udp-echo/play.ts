import { definePlay } from '../../play/define-play.ts';
import { lossyEchoServer, typingUdpClient } from '../../play/udp-peers.ts';

// Your server: each line you type is one datagram; watch your server's echo
// come back, and its log line for each.
// Your client: the reference server loses every third datagram and never
// answers `lost`: your client should try again after 500 ms, and give up
// with `timeout` after three tries.
export default definePlay({
  referenceClient: typingUdpClient,
  referenceServer: lossyEchoServer,
});
