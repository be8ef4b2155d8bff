// The catalogue: the index of the course. Each lesson's facts are written once,
// in `course/NN-slug/lesson.ts`; this module holds their types, the chapters,
// the facts derived from an entry (folder name, default port, check ids) and the
// finders. The runner, the site (in the browser too: keep this module free of
// Node-only imports), the grader and the tests all read it. CONTRIBUTING.md says
// what adding a lesson takes.
import { course } from './course/index.ts';

/** Text shown to learners, in every language the site speaks. */
export interface Text {
  en: string;
  zh: string;
}

export type Language = keyof Text;
export const languages: Language[] = ['en', 'zh'];

/** A lesson program's role; the file is `<role>.ts`. */
export type Role = 'server' | 'client';

export interface CheckInfo {
  /** Stable slug: the check's id is `<lesson number>/<slug>` and never changes once published. */
  slug: string;
  /** Which of the learner's programs this check runs (the harness plays the other side). */
  role: Role;
  /** A sentence a learner understands; it completes "your <role> …". */
  title: Text;
  points: number;
  /** What to look at when the check fails, naming the docs section that explains it. */
  hint: Text;
  /**
   * Ids of the contract clauses this check observes (`06.S4`, `G9`), without
   * brackets: a failed check's ids lead to the rules on the lesson's page.
   */
  clauses: string[];
}

export interface ChapterInfo {
  number: number;
  title: Text;
}

export interface LessonInfo {
  /** Lesson number, 1-based, in course order. */
  number: number;
  /** Folder-name slug without the number: `single-echo` lives in `lessons/01-single-echo/`. */
  slug: string;
  chapter: number;
  title: Text;
  /** The learner's programs, in the order a learner writes them. */
  roles: Role[];
  /** The check whose conversation, run against the reference solution, the lesson's page draws. */
  diagram: string;
  /**
   * The contract clauses this lesson's programs follow (the project's copy of
   * `curriculum.md`): its own (`06.S1`…) and the general ones that apply to
   * it (see `generalClauses`). Every one is observed by a check and broken by
   * a classic mistake; `test/contract.test.ts` holds the lesson to that.
   */
  clauses: string[];
  checks: CheckInfo[];
}

/**
 * The general clauses of the contract (section 1 of `curriculum.md`). Which
 * apply to a lesson is written in its `clauses`, by this rule:
 *
 * - G1 (where the files are) and G2 (they run directly, no build step) are
 *   about the files, not about a running program: no check can observe them.
 *   They are in no lesson's list; the project's structure tests observe them
 *   (`structureClauses`).
 * - G3 (HOST and PORT), G8 (UTF-8 text): every lesson.
 * - G4 (the ready line), G12 (stopping on a signal): every lesson with a
 *   server, which is every lesson so far.
 * - G5 (`connected from`), G10 (robust servers): every lesson with a TCP
 *   server. The UDP server of lesson 9 has no connections to log, and no peer
 *   can reset, half-close or cut a datagram short.
 * - G6 (lines typed on stdin): every lesson with a program that sends what
 *   is typed: the clients, and the server of lesson 4, a chat peer like its
 *   client. (The chat rooms read only `quit` on stdin, by their own rule.)
 * - G7 (client output): every lesson with a client.
 * - G9 (a failed connect): every lesson with a TCP client (a UDP client
 *   connects to nothing).
 * - G11 (ending a connection): every lesson with a program that ends a TCP
 *   conversation and then exits.
 */
export const generalClauses = ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12'];

/**
 * The general clauses observed by the project's structure tests
 * (`test/course.test.ts`, whose test names carry their ids) rather than by a
 * lesson's checks.
 */
export const structureClauses = ['G1', 'G2'];

/** A lesson with the facts derived from its entry. */
export interface Lesson extends LessonInfo {
  /** `01-single-echo`: the folder name in `lessons/`, `solutions/` and the site. */
  dir: string;
  /** The port a program uses when PORT is unset: 9000 + lesson number. */
  defaultPort: number;
  checks: Check[];
}

export interface Check extends CheckInfo {
  /** `01/server-echo`: how grades and fixtures refer to the check. */
  id: string;
  lesson: number;
}

export const chapters: ChapterInfo[] = [
  { number: 1, title: { en: 'What a socket is: the single echo', zh: '什么是套接字：单次回声' } },
  { number: 2, title: { en: 'The communication loop', zh: '通信循环' } },
  { number: 3, title: { en: 'The connection loop', zh: '连接循环' } },
  { number: 4, title: { en: 'Concurrent chat', zh: '并发聊天' } },
  { number: 5, title: { en: 'Framing: makefile, lines and lengths', zh: '分帧：makefile、行与长度' } },
  { number: 6, title: { en: 'UDP', zh: 'UDP' } },
  { number: 7, title: { en: 'Server frameworks: socketserver, the Node way', zh: '服务器框架：Node 方式的 socketserver' } },
  { number: 8, title: { en: 'Timeouts, errors and other families', zh: '超时、错误与其他地址族' } },
];

function completeLesson(info: LessonInfo): Lesson {
  const number = String(info.number).padStart(2, '0');
  return {
    ...info,
    dir: `${number}-${info.slug}`,
    defaultPort: 9000 + info.number,
    checks: info.checks.map((check) => ({ ...check, id: `${number}/${check.slug}`, lesson: info.number })),
  };
}

export const lessons: Lesson[] = course.map(completeLesson);

/** Finds a lesson by number (`3`, `'03'`) or folder name (`03-connection-loop`). */
export function findLesson(key: string | number): Lesson | undefined {
  const text = String(key).trim();
  if (/^\d+$/.test(text)) return lessons.find((lesson) => lesson.number === Number(text));
  return lessons.find((lesson) => lesson.dir === text || lesson.slug === text);
}

export function findCheck(id: string): Check | undefined {
  return lessons.flatMap((lesson) => lesson.checks).find((check) => check.id === id);
}

export function chapterOf(lesson: Lesson): ChapterInfo {
  const chapter = chapters.find((c) => c.number === lesson.chapter);
  if (!chapter) throw new Error(`lesson ${lesson.dir} names chapter ${lesson.chapter}, which the catalogue lacks`);
  return chapter;
}
