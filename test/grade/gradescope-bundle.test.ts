// The Gradescope autograder zip, unpacked into Gradescope's directory layout
// in a temporary folder, grades a sample submission into results/results.json.
import { chmod, copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { findLesson } from '../../workbook/catalogue.ts';
import { buildGradescopeBundle } from '../../workbook/grade/gradescope-bundle.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { referenceSubmission, scratch } from './grade-support.ts';

/** Unix permissions of each entry, from the zip's central directory. */
function unixModes(zip: Uint8Array): Map<string, number> {
  const data = Buffer.from(zip);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = data.readUInt32LE(end + 16);
  const modes = new Map<string, number>();
  for (let entry = 0; entry < data.readUInt16LE(end + 10); entry++) {
    const nameLength = data.readUInt16LE(offset + 28);
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    modes.set(name, (data.readUInt32LE(offset + 38) >>> 16) & 0o777);
    offset += 46 + nameLength + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
  }
  return modes;
}

describe('gradescope-bundle', () => {
  let zip: Uint8Array;
  beforeAll(async () => {
    // Built for lesson 1 only, as `gradescope-bundle --lessons 1` would, to keep the test short.
    zip = await buildGradescopeBundle(['--lessons', '1']);
  });

  test('holds setup.sh and run_autograder at the root, executable, and nothing of the solutions', () => {
    const names = Object.keys(unzipSync(zip));
    expect(names).toEqual(expect.arrayContaining(['setup.sh', 'run_autograder', 'package.json', 'workbook/cli/grade.ts', 'workbook/grade/worker.ts']));
    expect(names.some((name) => name.startsWith('workbook/course/'))).toBe(true);
    expect(names.some((name) => name.startsWith('test/'))).toBe(false);
    expect(names.filter((name) => /^(solutions|lessons|test\/fixtures)\//.test(name))).toEqual([]);
    const modes = unixModes(zip);
    expect(modes.get('setup.sh')).toBe(0o755);
    expect(modes.get('run_autograder')).toBe(0o755);
    expect(modes.get('package.json')).toBe(0o644);
  });

  test('pins the packages grading needs to the versions installed here', async () => {
    const manifest = JSON.parse(Buffer.from(unzipSync(zip)['package.json']!).toString('utf8')) as { type: string; dependencies: Record<string, string> };
    expect(manifest.type).toBe('module');
    for (const name of ['tsx', 'esbuild', 'execa']) {
      const installed = JSON.parse(await readFile(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      expect(manifest.dependencies[name]).toBe(installed.version);
    }
  });

  test('run_autograder grades /autograder/submission into /autograder/results/results.json', async () => {
    // Gradescope's layout: the zip unpacked in source/, run_autograder copied next to it.
    const autograder = path.join(await scratch(), 'autograder');
    const source = path.join(autograder, 'source');
    const modes = unixModes(zip);
    for (const [name, bytes] of Object.entries(unzipSync(zip))) {
      if (name.endsWith('/')) continue;
      await mkdir(path.dirname(path.join(source, name)), { recursive: true });
      await writeFile(path.join(source, name), bytes);
      await chmod(path.join(source, name), modes.get(name) ?? 0o644);
    }
    await copyFile(path.join(source, 'run_autograder'), path.join(autograder, 'run_autograder'));
    await chmod(path.join(autograder, 'run_autograder'), modes.get('run_autograder')!);
    // What setup.sh's npm install would provide.
    await symlink(path.join(repoRoot, 'node_modules'), path.join(source, 'node_modules'));
    await mkdir(path.join(autograder, 'results'));
    const lesson = findLesson(1)!;
    await referenceSubmission(autograder, 'submission', [lesson.dir]);

    const run = await execa(path.join(autograder, 'run_autograder'), [], { cwd: autograder, reject: false });
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    const results = JSON.parse(await readFile(path.join(autograder, 'results', 'results.json'), 'utf8')) as {
      score: number;
      tests: { status: string }[];
    };
    expect(results.score).toBe(lesson.checks.reduce((sum, check) => sum + check.points, 0));
    expect(results.tests).toHaveLength(lesson.checks.length);
    expect(results.tests.every((result) => result.status === 'passed')).toBe(true);
  });
});
