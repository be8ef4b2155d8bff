// The `nc` command lines of the lesson pages' "Try it by hand" sections, run
// as written (Debian/Ubuntu tab: OpenBSD netcat) against the reference
// solutions, so that a command a learner pastes does what the page says.
// The macOS tab is the same line without `-N`; macOS's nc cannot run here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { lessons } from '../../workbook/catalogue.ts';
import type { LessonProcess } from '../../workbook/harness/spawn-lesson.ts';
import { hasOpenBsdNetcat, runShell, startSolutionServer } from '../support/by-hand.ts';
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
        const { server, port } = await startSolutionServer(dir);
        running.push(server);
        const printed = (await runShell(line.replaceAll('{{lesson.port}}', String(port)), expected.typed ?? '')).toString('utf8');
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
