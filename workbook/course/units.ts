// The machinery of every lesson: its checks, the reference peers of `--play`
// and its classic mistakes (known-broken programs that prove the checks can
// fail, listed in ./mistakes.ts, which the site's build reads too). Node-only:
// the catalogue (which the site loads in the browser too) lists the lessons'
// facts, this module the code that goes with them.
import { findLesson, type Lesson } from '../catalogue.ts';
import type { LessonChecks } from '../harness/define-checks.ts';
import type { PlayPeers } from '../play/define-play.ts';
import type { BrokenFixture } from './broken-program.ts';
import { mistakesOf } from './mistakes.ts';

import singleEchoChecks from './01-single-echo/checks.ts';
import singleEchoPlay from './01-single-echo/play.ts';
import communicationLoopChecks from './02-communication-loop/checks.ts';
import communicationLoopPlay from './02-communication-loop/play.ts';
import connectionLoopChecks from './03-connection-loop/checks.ts';
import connectionLoopPlay from './03-connection-loop/play.ts';
import duplexChatChecks from './04-duplex-chat/checks.ts';
import duplexChatPlay from './04-duplex-chat/play.ts';
import groupChatChecks from './05-group-chat/checks.ts';
import groupChatPlay from './05-group-chat/play.ts';
import lineEchoChecks from './06-line-echo/checks.ts';
import lineEchoPlay from './06-line-echo/play.ts';
import lineChatChecks from './07-line-chat/checks.ts';
import lineChatPlay from './07-line-chat/play.ts';
import lengthPrefixChecks from './08-length-prefix/checks.ts';
import lengthPrefixPlay from './08-length-prefix/play.ts';
import udpEchoChecks from './09-udp-echo/checks.ts';
import udpEchoPlay from './09-udp-echo/play.ts';
import socketserverChecks from './10-socketserver/checks.ts';
import socketserverPlay from './10-socketserver/play.ts';
import workerThreadsChecks from './11-worker-threads/checks.ts';
import workerThreadsPlay from './11-worker-threads/play.ts';
import timeoutsChecks from './12-timeouts/checks.ts';
import timeoutsPlay from './12-timeouts/play.ts';
import familiesChecks from './13-families/checks.ts';
import familiesPlay from './13-families/play.ts';

export interface LessonUnit {
  checks: LessonChecks;
  play: PlayPeers;
  mistakes: BrokenFixture[];
}

const units: Omit<LessonUnit, 'mistakes'>[] = [
  { checks: singleEchoChecks, play: singleEchoPlay },
  { checks: communicationLoopChecks, play: communicationLoopPlay },
  { checks: connectionLoopChecks, play: connectionLoopPlay },
  { checks: duplexChatChecks, play: duplexChatPlay },
  { checks: groupChatChecks, play: groupChatPlay },
  { checks: lineEchoChecks, play: lineEchoPlay },
  { checks: lineChatChecks, play: lineChatPlay },
  { checks: lengthPrefixChecks, play: lengthPrefixPlay },
  { checks: udpEchoChecks, play: udpEchoPlay },
  { checks: socketserverChecks, play: socketserverPlay },
  { checks: workerThreadsChecks, play: workerThreadsPlay },
  { checks: timeoutsChecks, play: timeoutsPlay },
  { checks: familiesChecks, play: familiesPlay },
];

/** The machinery of `lesson`; every lesson of the catalogue has one (a test says so). */
export function unitOf(lesson: Lesson): LessonUnit {
  const unit = units.find((candidate) => candidate.checks.lesson.number === lesson.number);
  if (!unit) throw new Error(`lesson ${lesson.dir} has no machinery in workbook/course/units.ts`);
  return { ...unit, mistakes: mistakesOf(lesson) };
}

/** Lessons whose machinery is listed, for the test that every catalogue lesson has one. */
export function lessonsWithUnits(): Lesson[] {
  return units.map((unit) => findLesson(unit.checks.lesson.number)!);
}
