// The grader's command-line pieces: lesson lists, durations, shards, and where a submission keeps its lessons.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lessons } from '../../workbook/catalogue.ts';
import { findSubmissions, locateLessons } from '../../workbook/grade/find-submissions.ts';
import { parseDuration } from '../../workbook/grade/parse-duration.ts';
import { parseProcessCount, parseSize } from '../../workbook/grade/resource-limits.ts';
import { selectLessons } from '../../workbook/grade/select-lessons.ts';
import { parseShard } from '../../workbook/grade/shard.ts';
import { parseFormats } from '../../workbook/grade/write-reports.ts';
import { scratch } from './grade-support.ts';

describe('--lessons', () => {
  test('every lesson in the catalogue when not given', () => {
    expect(selectLessons(undefined)).toEqual(lessons);
    expect(selectLessons('all')).toEqual(lessons);
  });

  test('ranges and lists, in course order', () => {
    expect(selectLessons('2,1').map((lesson) => lesson.number)).toEqual([1, 2]);
    expect(selectLessons('1-3').map((lesson) => lesson.number)).toEqual([1, 2, 3]);
  });

  test('a lesson the catalogue lacks, or a backwards range, is an error', () => {
    expect(() => selectLessons('99')).toThrow('no lesson 99 in the catalogue');
    expect(() => selectLessons('3-1')).toThrow('runs backwards');
    expect(() => selectLessons('one')).toThrow('"one" is not a lesson number or range');
  });
});

describe('durations and formats', () => {
  test('seconds by default, ms and minutes on request', () => {
    expect(parseDuration('20', '--check-timeout')).toBe(20_000);
    expect(parseDuration('1500ms', '--check-timeout')).toBe(1500);
    expect(parseDuration('2.5s', '--check-timeout')).toBe(2500);
    expect(parseDuration('10m', '--submission-timeout')).toBe(600_000);
    expect(() => parseDuration('soon', '--check-timeout')).toThrow('--check-timeout: "soon" is not a duration');
    expect(() => parseDuration('0s', '--check-timeout')).toThrow('more than zero');
  });

  test('--memory: MiB by default, K, M and G (with or without iB) on request, and enough for Node', () => {
    expect(parseSize('512', '--memory')).toBe(512 * 2 ** 20);
    expect(parseSize('256M', '--memory')).toBe(256 * 2 ** 20);
    expect(parseSize('1.5GiB', '--memory')).toBe(1.5 * 2 ** 30);
    expect(parseSize('2g', '--memory')).toBe(2 * 2 ** 30);
    expect(parseSize('131072K', '--memory')).toBe(128 * 2 ** 20);
    expect(() => parseSize('lots', '--memory')).toThrow('--memory: "lots" is not a size (such as 512M or 1.5G)');
    expect(() => parseSize('32M', '--memory')).toThrow('--memory: 32M is too little for a Node program (at least 64M)');
  });

  test('--max-processes: a whole number, enough for a Node program and its threads', () => {
    expect(parseProcessCount('64', '--max-processes')).toBe(64);
    expect(parseProcessCount('16', '--max-processes')).toBe(16);
    for (const bad of ['8', '2.5', 'many']) expect(() => parseProcessCount(bad, '--max-processes')).toThrow('is not a whole number of at least 16');
  });

  test('known formats only', () => {
    expect(parseFormats('json,junit,json')).toEqual(['json', 'junit']);
    expect(() => parseFormats('json,csv')).toThrow('unknown csv');
  });

  test('a shard counts from 1 and stays within its count', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['0/3', '4/3', '1/0', 'half']) expect(() => parseShard(bad)).toThrow('is not a shard');
  });
});

describe('finding submissions', () => {
  async function tree(files: string[]): Promise<string> {
    const root = await scratch();
    for (const file of files) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), '');
    }
    return root;
  }

  test('a lessons/ folder, lesson folders at the top, or one folder down', async () => {
    const root = await tree([
      'with-lessons/lessons/01-single-echo/server.ts',
      'bare/01-single-echo/server.ts',
      'zipped/repo-main/lessons/01-single-echo/server.ts',
      'empty/notes.txt',
    ]);
    expect(locateLessons(path.join(root, 'with-lessons'))).toEqual({ lessonsTree: path.join(root, 'with-lessons', 'lessons'), notes: [] });
    expect(locateLessons(path.join(root, 'bare'))).toEqual({ lessonsTree: path.join(root, 'bare'), notes: [] });
    expect(locateLessons(path.join(root, 'zipped'))).toEqual({ lessonsTree: path.join(root, 'zipped', 'repo-main', 'lessons'), notes: [] });
    expect(locateLessons(path.join(root, 'empty')).notes).toEqual(['no lessons/ folder and no lesson folders (such as 01-single-echo/) found']);
  });

  test('--each takes every folder inside, sorted by name, skipping hidden ones and files', async () => {
    const root = await tree(['class/zoe/lessons/x', 'class/adam/lessons/x', 'class/.git/x', 'class/readme.txt']);
    const found = findSubmissions([path.join(root, 'class')], { each: true });
    expect(found.map((submission) => submission.name)).toEqual(['adam', 'zoe']);
  });

  test('folders with the same name are told apart by their paths', async () => {
    const root = await tree(['a/alice/lessons/x', 'b/alice/lessons/x']);
    const found = findSubmissions([path.join(root, 'b', 'alice'), path.join(root, 'a', 'alice')]);
    expect(found.map((submission) => submission.name)).toEqual([
      path.relative(process.cwd(), path.join(root, 'a', 'alice')),
      path.relative(process.cwd(), path.join(root, 'b', 'alice')),
    ]);
  });

  test('a path that is not a folder is an error', () => {
    expect(() => findSubmissions(['/nonexistent/submission'])).toThrow('/nonexistent/submission is not a folder');
  });
});
