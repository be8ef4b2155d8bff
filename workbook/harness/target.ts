import path from 'node:path';
import type { Lesson, Role } from '../catalogue.ts';

/**
 * Which programs the checks run: a tree with the lessons layout
 * (`<root>/01-single-echo/server.ts`), and optionally single files put in
 * place of some roles (a broken fixture replaces one program of a lesson).
 */
export interface Target {
  root: string;
  /** Replaces `<root>/<lesson dir>/<role>.ts` for the roles it names. */
  files?: Partial<Record<Role, string>>;
}

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/**
 * The tree `npm test` checks unless told otherwise: WORKBOOK_TARGET (a folder
 * with the lessons layout, relative to the repository), or `solutions/`.
 */
export function defaultTarget(): Target {
  return { root: path.resolve(repoRoot, process.env.WORKBOOK_TARGET ?? 'solutions') };
}

export function programFile(target: Target, lesson: Lesson, role: Role): string {
  return target.files?.[role] ?? path.join(target.root, lesson.dir, `${role}.ts`);
}
