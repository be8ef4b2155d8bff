// The machinery of every lesson: its checks, the reference peers of `--play`
// and its classic mistakes (known-broken programs that prove the checks can
// fail). Node-only: the catalogue (which the site loads in the browser too)
// lists the lessons' facts, this module the code that goes with them.
import { findLesson, type Lesson } from '../catalogue.ts';
import type { LessonChecks } from '../harness/define-checks.ts';
import type { PlayPeers } from '../play/define-play.ts';
import type { BrokenFixture } from './broken-program.ts';

import singleEchoChecks from './01-single-echo/checks.ts';
import singleEchoMistakes from './01-single-echo/mistakes.ts';
import singleEchoPlay from './01-single-echo/play.ts';
import communicationLoopChecks from './02-communication-loop/checks.ts';
import communicationLoopMistakes from './02-communication-loop/mistakes.ts';
import communicationLoopPlay from './02-communication-loop/play.ts';
import connectionLoopChecks from './03-connection-loop/checks.ts';
import connectionLoopMistakes from './03-connection-loop/mistakes.ts';
import connectionLoopPlay from './03-connection-loop/play.ts';
import duplexChatChecks from './04-duplex-chat/checks.ts';
import duplexChatMistakes from './04-duplex-chat/mistakes.ts';
import duplexChatPlay from './04-duplex-chat/play.ts';
import groupChatChecks from './05-group-chat/checks.ts';
import groupChatMistakes from './05-group-chat/mistakes.ts';
import groupChatPlay from './05-group-chat/play.ts';
import lineEchoChecks from './06-line-echo/checks.ts';
import lineEchoMistakes from './06-line-echo/mistakes.ts';
import lineEchoPlay from './06-line-echo/play.ts';
import lineChatChecks from './07-line-chat/checks.ts';
import lineChatMistakes from './07-line-chat/mistakes.ts';
import lineChatPlay from './07-line-chat/play.ts';
import lengthPrefixChecks from './08-length-prefix/checks.ts';
import lengthPrefixMistakes from './08-length-prefix/mistakes.ts';
import lengthPrefixPlay from './08-length-prefix/play.ts';
import udpEchoChecks from './09-udp-echo/checks.ts';
import udpEchoMistakes from './09-udp-echo/mistakes.ts';
import udpEchoPlay from './09-udp-echo/play.ts';
import socketserverChecks from './10-socketserver/checks.ts';
import socketserverMistakes from './10-socketserver/mistakes.ts';
import socketserverPlay from './10-socketserver/play.ts';
import workerThreadsChecks from './11-worker-threads/checks.ts';
import workerThreadsMistakes from './11-worker-threads/mistakes.ts';
import workerThreadsPlay from './11-worker-threads/play.ts';
import familiesChecks from './13-families/checks.ts';
import familiesMistakes from './13-families/mistakes.ts';
import familiesPlay from './13-families/play.ts';

export interface LessonUnit {
  checks: LessonChecks;
  play: PlayPeers;
  mistakes: BrokenFixture[];
}

const units: LessonUnit[] = [
  { checks: singleEchoChecks, play: singleEchoPlay, mistakes: singleEchoMistakes },
  { checks: communicationLoopChecks, play: communicationLoopPlay, mistakes: communicationLoopMistakes },
  { checks: connectionLoopChecks, play: connectionLoopPlay, mistakes: connectionLoopMistakes },
  { checks: duplexChatChecks, play: duplexChatPlay, mistakes: duplexChatMistakes },
  { checks: groupChatChecks, play: groupChatPlay, mistakes: groupChatMistakes },
  { checks: lineEchoChecks, play: lineEchoPlay, mistakes: lineEchoMistakes },
  { checks: lineChatChecks, play: lineChatPlay, mistakes: lineChatMistakes },
  { checks: lengthPrefixChecks, play: lengthPrefixPlay, mistakes: lengthPrefixMistakes },
  { checks: udpEchoChecks, play: udpEchoPlay, mistakes: udpEchoMistakes },
  { checks: socketserverChecks, play: socketserverPlay, mistakes: socketserverMistakes },
  { checks: workerThreadsChecks, play: workerThreadsPlay, mistakes: workerThreadsMistakes },
  { checks: familiesChecks, play: familiesPlay, mistakes: familiesMistakes },
];

/** The machinery of `lesson`; every lesson of the catalogue has one (a test says so). */
export function unitOf(lesson: Lesson): LessonUnit {
  const unit = units.find((candidate) => candidate.checks.lesson.number === lesson.number);
  if (!unit) throw new Error(`lesson ${lesson.dir} has no machinery in workbook/course/units.ts`);
  return unit;
}

/** Lessons whose machinery is listed, for the test that every catalogue lesson has one. */
export function lessonsWithUnits(): Lesson[] {
  return units.map((unit) => findLesson(unit.checks.lesson.number)!);
}
