// The `nc` command lines of the lesson pages' "Try it by hand" sections, run
// as written (Debian/Ubuntu tab: OpenBSD netcat) against the reference
// solutions, so that a command a learner pastes does what the page says.
// The macOS tab is the same line without `-N`; macOS's nc cannot run here.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { lessons } from '../../workbook/catalogue.ts';
import { buildProgram } from '../../workbook/harness/build-program.ts';
import { waitForReady } from '../../workbook/harness/check-context.ts';
import { spawnLesson, type LessonProcess } from '../../workbook/harness/spawn-lesson.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { Transcript } from '../../workbook/harness/transcript.ts';
import { lessonPath } from '../../site/.vitepress/site-pages.ts';
import { siteRoot } from './read-pages.ts';

interface Expectation {
  /** What a learner types before pressing Ctrl-D (stdin of the command). */
  typed?: string;
  /** Everything the command prints, byte for byte. */
  prints: string;
  /** When the page says the server then logs a line and exits 0: that line. */
  serverLogsAndExits?: string;
}

// Every `nc -N` line the pages show, by lesson, with what the page says happens.
const expectations: Record<string, Record<string, Expectation>> = {
  '02-communication-loop': {
    'nc -N 127.0.0.1 {{lesson.port}}': { typed: 'hello\n你好\n', prints: 'hello\n你好\n', serverLogsAndExits: 'client left' },
  },
  '03-connection-loop': {
    'nc -N 127.0.0.1 {{lesson.port}}': { typed: 'hello\n', prints: 'hello\n' },
  },
  '06-line-echo': {
    "printf 'one\\ntwo\\r\\nthree' | nc -N 127.0.0.1 {{lesson.port}}": {
      prints: 'Return your msg: one\nReturn your msg: two\nReturn your msg: three\n',
    },
  },
  '08-length-prefix': {
    "printf '\\000\\000\\000\\005hello\\000\\000\\000\\000' | nc -N 127.0.0.1 {{lesson.port}} | od -c": {
      prints: execFileSync('od', ['-c'], { input: Buffer.from('\0\0\0\u0005hello\0\0\0\0', 'latin1') }).toString(),
    },
  },
};

/** The command lines of a page's `sh [Debian, Ubuntu]` code blocks that use `nc -N`. */
function ncLines(source: string): string[] {
  const lines: string[] = [];
  for (const block of source.matchAll(/^```sh \[Debian, Ubuntu\]\n([\s\S]*?)^```$/gm)) {
    lines.push(...block[1]!.split('\n').filter((line) => line.includes('nc -N')));
  }
  return lines;
}

function hasOpenBsdNetcat(): boolean {
  try {
    return /OpenBSD netcat/.test(execFileSync('sh', ['-c', 'nc -h 2>&1; true'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

function pageSource(language: 'en' | 'zh', pagePath: string): string {
  return readFileSync(path.join(siteRoot, language, `${pagePath}.md`), 'utf8');
}

describe('the pages show nc lines that this test knows', () => {
  test('every nc -N line of a page has its expectation here, and zh shows the same lines as en', () => {
    const found: Record<string, string[]> = {};
    for (const lesson of lessons) {
      const enLines = ncLines(pageSource('en', lessonPath(lesson)));
      expect(ncLines(pageSource('zh', lessonPath(lesson))), `site/zh/${lessonPath(lesson)}.md`).toEqual(enLines);
      if (enLines.length) found[lesson.dir] = enLines;
    }
    const known = Object.fromEntries(Object.entries(expectations).map(([dir, lines]) => [dir, Object.keys(lines)]));
    expect(found).toEqual(known);
  });
});

// Required in CI (which installs it), as chromium and bwrap are: see test/support/optional-tool.ts.
const netcat = hasOpenBsdNetcat() || Boolean(process.env.CI);
const running: LessonProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.kill()));
});

describe.skipIf(!netcat)('the nc lines, run against the solutions', () => {
  for (const [dir, lines] of Object.entries(expectations)) {
    for (const [line, expected] of Object.entries(lines)) {
      test(`${dir}: ${line}`, async () => {
        const server = await spawnLesson({
          name: 'reference server',
          program: await buildProgram(path.join(repoRoot, 'solutions', dir, 'server.ts')),
          transcript: new Transcript(),
          env: { PORT: '0' },
        });
        running.push(server);
        const [, port] = await waitForReady(server);
        const printed = await runShell(line.replaceAll('{{lesson.port}}', String(port)), expected.typed ?? '');
        expect(printed).toBe(expected.prints);
        if (expected.serverLogsAndExits) {
          await server.expectExit(0);
          expect(server.stdoutLines).toContain(expected.serverLogsAndExits);
        }
      });
    }
  }
});

test.skipIf(netcat)('the nc lines are not run: no OpenBSD netcat here (apt-get install netcat-openbsd)', () => {
  expect(netcat).toBe(false);
});

/** Runs one command line with `sh`, feeding it `typed`; it must end within 5 s. */
function runShell(command: string, typed: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`\`${command}\` did not end within 5 s (does nc send its FIN at the end of its input?)`));
    }, 5000);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    child.stdin.end(typed);
  });
}
