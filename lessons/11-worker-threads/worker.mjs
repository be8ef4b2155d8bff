// Lesson 11: the code every worker thread runs.
//
// Plain JavaScript, not TypeScript: on Node 20, tsx compiles the files the
// main thread loads, but a worker thread starts a fresh copy of Node that
// does not know how to load a `.ts` file ("Unknown file extension .ts").

import { parentPort } from 'node:worker_threads';

// TODO: move hashRounds() here from server.ts (import createHash from
// node:crypto), and answer every message, a number of rounds, with the hash:
// parentPort.on('message', (rounds) => parentPort.postMessage(...)).
// Docs: lesson 11, "Worker threads" (lessons/11-worker-threads#worker-threads)
parentPort.on('message', () => {});
