import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lesson } from '../catalogue.ts';
import { programFile, repoRoot, type Target } from '../harness/target.ts';

// The learner's status per lesson, keyed by a fingerprint of the files the
// verdict depends on (their programs and the lesson's checks): an edit makes
// the stored verdict stale instead of wrong.

export interface LessonStatus {
  fingerprint: string;
  passed: number;
  total: number;
}

// WORKBOOK_STATE_DIR moves it (the runner's own tests use a temporary one).
const statusFile = path.join(process.env.WORKBOOK_STATE_DIR ?? path.join(repoRoot, '.workbook'), 'status.json');

/** Statuses are kept per tree, so checking `--solution` or `--dir` never touches the learner's. */
function keyOf(lesson: Lesson, target: Target): string {
  return `${path.resolve(target.root)}#${lesson.dir}`;
}

/**
 * The learner's programs, the files beside them (a module, lesson 11's
 * worker.mjs), and every file of the course's machinery (a lesson's checks may
 * use steps shared with others).
 */
export async function fingerprint(lesson: Lesson, target: Target): Promise<string> {
  const hash = createHash('sha256');
  const course = path.join(repoRoot, 'workbook', 'course');
  const checkFiles = (await readdir(course, { recursive: true })).filter((name) => name.endsWith('.ts')).sort().map((name) => path.join(course, name));
  const folder = path.join(target.root, lesson.dir);
  const neighbours = (await readdir(folder).catch(() => [] as string[])).sort().map((name) => path.join(folder, name));
  const programs = lesson.roles.map((role) => programFile(target, lesson, role));
  const files = [...new Set([...programs, ...neighbours]), ...checkFiles];
  for (const file of files) {
    hash.update(file).update('\0');
    hash.update(await readFile(file).catch(() => Buffer.from('missing'))).update('\0');
  }
  return hash.digest('hex');
}

async function readStatuses(): Promise<Record<string, LessonStatus>> {
  try {
    return JSON.parse(await readFile(statusFile, 'utf8')) as Record<string, LessonStatus>;
  } catch {
    return {};
  }
}

/** The last verdict on this lesson in this tree, if it was ever checked. */
export async function storedStatus(lesson: Lesson, target: Target): Promise<LessonStatus | undefined> {
  return (await readStatuses())[keyOf(lesson, target)];
}

export async function recordStatus(lesson: Lesson, target: Target, status: LessonStatus): Promise<void> {
  const statuses = await readStatuses();
  statuses[keyOf(lesson, target)] = status;
  await mkdir(path.dirname(statusFile), { recursive: true });
  await writeFile(statusFile, `${JSON.stringify(statuses, null, 2)}\n`);
}
