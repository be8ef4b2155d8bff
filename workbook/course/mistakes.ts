// Every lesson's classic mistakes: known-broken programs, each an edit of the
// solution with the clause it breaks and the checks that must fail on it.
// Read by the tests and the bench (through units.ts) and by the site's build,
// which lists them on each lesson page; so this module loads nothing but the
// mistakes themselves.
import type { Lesson } from '../catalogue.ts';
import type { BrokenFixture } from './broken-program.ts';
import singleEchoMistakes from './01-single-echo/mistakes.ts';
import communicationLoopMistakes from './02-communication-loop/mistakes.ts';
import connectionLoopMistakes from './03-connection-loop/mistakes.ts';
import duplexChatMistakes from './04-duplex-chat/mistakes.ts';
import groupChatMistakes from './05-group-chat/mistakes.ts';
import lineEchoMistakes from './06-line-echo/mistakes.ts';
import lineChatMistakes from './07-line-chat/mistakes.ts';
import lengthPrefixMistakes from './08-length-prefix/mistakes.ts';
import udpEchoMistakes from './09-udp-echo/mistakes.ts';
import socketserverMistakes from './10-socketserver/mistakes.ts';
import workerThreadsMistakes from './11-worker-threads/mistakes.ts';
import timeoutsMistakes from './12-timeouts/mistakes.ts';
import familiesMistakes from './13-families/mistakes.ts';

/** In lesson order; a test holds the list to the catalogue's lessons. */
const byLesson: [number, BrokenFixture[]][] = [
  [1, singleEchoMistakes],
  [2, communicationLoopMistakes],
  [3, connectionLoopMistakes],
  [4, duplexChatMistakes],
  [5, groupChatMistakes],
  [6, lineEchoMistakes],
  [7, lineChatMistakes],
  [8, lengthPrefixMistakes],
  [9, udpEchoMistakes],
  [10, socketserverMistakes],
  [11, workerThreadsMistakes],
  [12, timeoutsMistakes],
  [13, familiesMistakes],
];

/** The classic mistakes of `lesson`. */
export function mistakesOf(lesson: Lesson): BrokenFixture[] {
  const found = byLesson.find(([number]) => number === lesson.number);
  if (!found) throw new Error(`lesson ${lesson.dir} has no classic mistakes in workbook/course/mistakes.ts`);
  return found[1];
}
