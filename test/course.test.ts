// The course's shape: every lesson has its machinery, its programs agree with
// its facts, and every import is one a reader (and a tool) can follow.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, test } from 'vitest';
import { lessons } from '../workbook/catalogue.ts';
import { lessonsWithUnits } from '../workbook/course/units.ts';
import { limits } from '../workbook/harness/limits.ts';
import { programFile, repoRoot } from '../workbook/harness/target.ts';

/** Every TypeScript, JavaScript and Vue file under `folder` (node_modules and build output left out). */
async function sourceFiles(folder: string): Promise<string[]> {
  const names = await readdir(path.join(repoRoot, folder), { recursive: true });
  return names
    .filter((name) => /\.(ts|mts|mjs|js|vue)$/.test(name) && !/(^|\/)(node_modules|dist|cache)\//.test(name))
    .map((name) => path.join(folder, name));
}

describe('the course', () => {
  test('lists the machinery of every lesson, in course order', () => {
    expect(lessonsWithUnits().map((lesson) => lesson.dir)).toEqual(lessons.map((lesson) => lesson.dir));
  });

  test('lists lessons in increasing number order, with one folder name each', () => {
    const numbers = lessons.map((lesson) => lesson.number);
    expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
    expect(new Set(lessons.map((lesson) => lesson.slug)).size).toBe(lessons.length);
  });

  test('[G1] lessons/ and solutions/ hold the same files for each lesson, its programs among them', async () => {
    const found: string[] = [];
    const expected: string[] = [];
    for (const lesson of lessons) {
      const [starters, solutions] = await Promise.all(['lessons', 'solutions'].map((tree) => readdir(path.join(repoRoot, tree, lesson.dir))));
      found.push(`${lesson.dir}: lessons/ ${starters!.sort().join(' ')}; solutions/ ${solutions!.sort().join(' ')}`);
      const files = [...new Set([...solutions!, ...lesson.roles.map((role) => `${role}.ts`)])].sort().join(' ');
      expected.push(`${lesson.dir}: lessons/ ${files}; solutions/ ${files}`);
    }
    expect(found).toEqual(expected);
  });

  test("[G1] a lesson folder imports nothing but Node's own modules and files of its own folder", async () => {
    const problems: string[] = [];
    for (const tree of ['lessons', 'solutions']) {
      for (const lesson of lessons) {
        const folder = path.join(tree, lesson.dir);
        for (const file of await sourceFiles(folder)) {
          const source = await readFile(path.join(repoRoot, file), 'utf8');
          for (const match of source.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(?\s*'([^']+)'|new URL\(\s*'([^']+)'/g)) {
            const specifier = match[1] ?? match[2] ?? match[3]!;
            if (specifier.startsWith('node:')) continue;
            const inside = specifier.startsWith('./') && !path.relative(folder, path.join(path.dirname(file), specifier)).startsWith('..');
            if (!inside) problems.push(`${file}: imports ${specifier}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // The runner builds a program before it starts it; the lessons say a learner
  // can run one by hand with tsx, with no build step. One server per lesson
  // shows the files are runnable as they are.
  test('[G2] every solution server runs directly under tsx and prints its ready line', { timeout: lessons.length * limits.readyMs }, async () => {
    const printed: string[] = [];
    for (const lesson of lessons) {
      const server = spawn(process.execPath, ['--import', 'tsx', path.join('solutions', lesson.dir, 'server.ts')], {
        cwd: repoRoot,
        env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0' },
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      try {
        const lines = readline.createInterface({ input: server.stdout! });
        const [first] = (await Promise.race([once(lines, 'line'), once(server, 'exit'), new Promise((resolve) => setTimeout(resolve, limits.readyMs, ['nothing']))])) as [unknown];
        printed.push(`${lesson.dir}: ${typeof first === 'string' ? first.replace(/:\d+$/, ':<port>') : `exited with code ${String(first)}`}`);
      } finally {
        server.kill('SIGKILL');
        await once(server, 'close');
      }
    }
    expect(printed).toEqual(lessons.map((lesson) => `${lesson.dir}: listening on 127.0.0.1:<port>`));
  });

  for (const tree of ['solutions', 'lessons', 'test/fixtures/independent']) {
    test(`[G3] ${tree}/: every program's default port is its lesson's (9000 + NN)`, async () => {
      const found: string[] = [];
      const expected: string[] = [];
      for (const lesson of lessons) {
        for (const role of lesson.roles) {
          const file = programFile({ root: path.join(repoRoot, tree) }, lesson, role);
          const source = await readFile(file, 'utf8');
          const defaults = [...source.matchAll(/process\.env\.PORT\s*(?:\?\?|\|\|)\s*['"]?(\d+)/g)].map((match) => match[1]);
          found.push(`${lesson.dir}/${role}.ts: ${defaults.join(', ') || 'no default'}`);
          expected.push(`${lesson.dir}/${role}.ts: ${lesson.defaultPort}`);
        }
      }
      expect(found).toEqual(expected);
    });
  }

  test('nothing the product runs imports from test/, and nothing imports by a computed path', async () => {
    // The launcher starts a command from its bundle, a built file whose name is its content's hash.
    const computedOnPurpose = new Set(['workbook/cli/launch.mjs']);
    const problems: string[] = [];
    for (const folder of ['workbook', 'site/.vitepress', 'lessons', 'solutions']) {
      for (const file of await sourceFiles(folder)) {
        const source = await readFile(path.join(repoRoot, file), 'utf8');
        for (const match of source.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*([^)]*)\)/g)) {
          const literal = match[1] ?? /^'([^']+)'$/.exec(match[2]!.trim())?.[1];
          if (literal === undefined) {
            if (!computedOnPurpose.has(file)) problems.push(`${file}: import(${match[2]}) is computed`);
          } else if (literal.startsWith('.') && path.relative(repoRoot, path.resolve(repoRoot, path.dirname(file), literal)).startsWith('test/')) {
            problems.push(`${file}: imports ${literal}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
