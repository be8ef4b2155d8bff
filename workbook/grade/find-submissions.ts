import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './usage-error.ts';

export interface Submission {
  /** How tables and reports name it: the folder's name, or its path when names clash. */
  name: string;
  /** The folder as given. */
  path: string;
  /** The folder with the lessons layout (`01-single-echo/server.ts`, …) inside the submission. */
  lessonsTree: string;
  /** What the instructor should know about how it was found. */
  notes: string[];
}

const lessonFolder = /^\d\d-[a-z0-9-]+$/;

/**
 * The submissions to grade: each folder given, or with `each`, every folder
 * inside each folder given. Sorted by name, so that sharding and reports do
 * not depend on the order of the command line or of the file system.
 */
export function findSubmissions(folders: string[], options: { each?: boolean } = {}): Submission[] {
  const paths = options.each ? folders.flatMap((folder) => subfolders(folder).map((name) => path.join(folder, name))) : folders;
  for (const folder of paths) {
    if (!isFolder(folder)) throw new UsageError(`${folder} is not a folder`);
  }
  const names = paths.map((folder) => path.basename(path.resolve(folder)));
  const clashes = new Set(names.filter((name, index) => names.indexOf(name) !== index));
  return paths
    .map((folder, index) => {
      const name = clashes.has(names[index]!) ? path.relative(process.cwd(), folder) || '.' : names[index]!;
      return { name, path: folder, ...locateLessons(folder) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Where the lessons are: `<folder>/lessons`, the folder itself when it holds
 * lesson folders, or the same one level down when the folder holds nothing but
 * one folder (an unpacked archive of the student's repository).
 */
export function locateLessons(folder: string, depth = 0): { lessonsTree: string; notes: string[] } {
  if (isFolder(path.join(folder, 'lessons'))) return { lessonsTree: path.join(folder, 'lessons'), notes: [] };
  const inside = subfolders(folder);
  if (inside.some((name) => lessonFolder.test(name))) return { lessonsTree: folder, notes: [] };
  const visible = readdirSync(folder).filter((name) => !name.startsWith('.') && name !== '__MACOSX');
  if (depth === 0 && visible.length === 1 && inside.length === 1) return locateLessons(path.join(folder, inside[0]!), 1);
  return { lessonsTree: folder, notes: ['no lessons/ folder and no lesson folders (such as 01-single-echo/) found'] };
}

function subfolders(folder: string): string[] {
  if (!isFolder(folder)) throw new UsageError(`${folder} is not a folder`);
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.') && name !== '__MACOSX' && isFolder(path.join(folder, name)))
    .sort();
}

function isFolder(folder: string): boolean {
  return existsSync(folder) && statSync(folder).isDirectory();
}
