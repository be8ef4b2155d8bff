// Lesson 11: the code every worker thread runs.
//
// Plain JavaScript, not TypeScript: on Node 20, tsx compiles the files the
// main thread loads, but a worker thread starts a fresh copy of Node that
// does not know how to load a `.ts` file ("Unknown file extension .ts").

import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';

// #region rounds
/** `rounds` rounds of SHA-256: the first over the bytes of "socket", each next one over the 32 bytes of the last. */
function hashRounds(rounds) {
  let hash = createHash('sha256').update('socket', 'utf8').digest();
  for (let round = 2; round <= rounds; round++) hash = createHash('sha256').update(hash).digest();
  return hash.toString('hex');
}
// #endregion rounds

// #region messages
// The main thread sends a number of rounds; the worker answers with the hash.
// One job at a time: the pool gives a worker its next job only after this reply.
parentPort.on('message', (rounds) => {
  parentPort.postMessage(hashRounds(rounds));
});
// #endregion messages
