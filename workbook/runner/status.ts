import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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

const statusFile = path.join(repoRoot, '.workbook', 'status.json');

export async function fingerprint(lesson: Lesson, target: Target): Promise<string> {
  const hash = createHash('sha256');
  const files = [...lesson.roles.map((role) => programFile(target, lesson, role)), path.join(repoRoot, 'test', 'checks', `${lesson.dir}.ts`)];
  for (const file of files) {
    hash.update(file).update('\0');
    hash.update(await readFile(file).catch(() => Buffer.from('missing'))).update('\0');
  }
  return hash.digest('hex');
}

export async function readStatuses(): Promise<Record<string, LessonStatus>> {
  try {
    return JSON.parse(await readFile(statusFile, 'utf8')) as Record<string, LessonStatus>;
  } catch {
    return {};
  }
}

export async function recordStatus(lesson: Lesson, status: LessonStatus): Promise<void> {
  const statuses = await readStatuses();
  statuses[lesson.dir] = status;
  await mkdir(path.dirname(statusFile), { recursive: true });
  await writeFile(statusFile, `${JSON.stringify(statuses, null, 2)}\n`);
}
