// The site's recordings of real runs (each lesson's conversation diagram, the
// sample failure) match what the code does today, and the diagram code draws
// every event it is given.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lessons } from '../../workbook/catalogue.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { canonicalForm, regenerateCommand, type DiagramData, type DiagramEvent } from '../../site/.vitepress/diagrams/diagram-data.ts';
import { layoutDiagram } from '../../site/.vitepress/diagrams/layout-diagram.ts';
import { diagramCheck, diagramRecording, readRecording, recordings } from '../../site/.vitepress/diagrams/record-diagram.ts';
import { lessonsUnderTest } from '../support/lesson-groups.ts';

/** The recordings of the lessons this run tests; the sample failure goes with the untimed ones. */
function recordingsUnderTest() {
  const tested = new Set(lessonsUnderTest().map((lesson) => lesson.dir));
  return recordings().filter((recording) => {
    const lesson = lessons.find((candidate) => path.basename(recording.file).startsWith(candidate.dir));
    return lesson ? tested.has(lesson.dir) : process.env.SUITE_LESSONS !== 'timed';
  });
}

describe('recordings of real runs', () => {
  test.concurrent.for(recordingsUnderTest().map((recording) => [path.relative(repoRoot, recording.file), recording] as const))(
    '%s is up to date',
    async ([file, recording]) => {
      const committed = readRecording(recording);
      if (!committed) expect.fail(`${file} is missing: run \`${regenerateCommand}\` and commit it`);
      const recorded = await recording.record();
      expect(recording.canonical(recorded), `${file} no longer shows what the code does: run \`${regenerateCommand}\` and commit it`).toBe(
        recording.canonical(committed),
      );
    },
  );

  test('every lesson names one of its checks as its diagram', () => {
    for (const lesson of lessons) expect(() => diagramCheck(lesson)).not.toThrow();
  });
});

const event = (kind: DiagramEvent['kind'], from: string, detail: string, to?: string): DiagramEvent =>
  to === undefined ? { kind, from, detail } : { kind, from, to, detail };

describe('two runs of a check show the same conversation', () => {
  const run = [
    event('start', 'your server', 'started'),
    event('stdout', 'your server', 'listening on 127.0.0.1:9001'),
    event('connect', 'reference client', 'connected from port 50001', 'your server'),
    event('data', 'reference client', '"hello"', 'your server'),
    event('stdout', 'your server', 'connected from 127.0.0.1:50001'),
    event('data', 'your server', '"hello"', 'reference client'),
  ];

  test('when a log line travels through its pipe slower than the bytes', () => {
    const later = [run[0]!, run[1]!, run[2]!, run[3]!, run[5]!, run[4]!];
    expect(canonicalForm(later)).toBe(canonicalForm(run));
  });

  test('when one write arrives as two chunks', () => {
    const split = [...run.slice(0, 5), event('data', 'your server', '"hel"', 'reference client'), event('data', 'your server', '"lo"', 'reference client')];
    expect(canonicalForm(split)).toBe(canonicalForm(run));
  });

  test('when replies on two connections arrive in either order', () => {
    const a = event('data', 'your server', '"to A"', 'reference client A');
    const b = event('data', 'your server', '"to B"', 'reference client B');
    expect(canonicalForm([...run, a, b])).toBe(canonicalForm([...run, b, a]));
  });

  test('but not when different bytes come back', () => {
    const changed = [...run.slice(0, 5), event('data', 'your server', '"HELLO"', 'reference client')];
    expect(canonicalForm(changed)).not.toBe(canonicalForm(run));
  });

  test('nor when a reply comes before the message it answers', () => {
    const early = [run[0]!, run[1]!, run[2]!, run[5]!, run[3]!, run[4]!];
    expect(canonicalForm(early)).not.toBe(canonicalForm(run));
  });

  test('nor when a program prints different lines', () => {
    const quiet = run.filter((one) => one.detail !== 'connected from 127.0.0.1:50001');
    expect(canonicalForm(quiet)).not.toBe(canonicalForm(run));
  });
});

describe('two runs of a UDP check show the same conversation', () => {
  const lost = 'does not answer, as if the network had lost that datagram';
  const sent = (text: string) => event('data', 'your client', `datagram "${text}"`, 'reference server');
  const run = [
    event('start', 'your client', 'started'),
    event('stdin', 'keyboard', '"hello\\n"', 'your client'),
    sent('hello'),
    event('note', 'reference server', lost),
    sent('hello'),
    event('data', 'reference server', 'datagram "hello"', 'your client'),
    event('stdout', 'your client', 'hello'),
  ];

  test('when a slow client sends its datagram once more after the answer', () => {
    const lateRetry = [...run.slice(0, 6), sent('hello'), event('note', 'reference server', lost), run[6]!];
    expect(canonicalForm(lateRetry)).toBe(canonicalForm(run));
  });

  test('but not when the client sends a different datagram', () => {
    const other = [...run.slice(0, 6), sent('hello again'), event('note', 'reference server', lost), run[6]!];
    expect(canonicalForm(other)).not.toBe(canonicalForm(run));
  });

  test('nor when the server answers a datagram it used to lose', () => {
    const answered = run.map((one) => (one.kind === 'note' ? event('data', 'reference server', 'datagram "hello"', 'your client') : one));
    expect(canonicalForm(answered)).not.toBe(canonicalForm(run));
  });
});

describe('the diagram layout', () => {
  for (const lesson of lessons) {
    const data = readRecording(diagramRecording(lesson)) as DiagramData | undefined;
    if (!data) continue;
    test(`draws every event of ${lesson.dir}, in both languages`, () => {
      for (const language of ['en', 'zh'] as const) {
        const layout = layoutDiagram(data.events, language);
        const drawn = layout.items.filter((item) => !(item.type === 'note' && item.running));
        expect(drawn).toHaveLength(data.events.length);
        const xs = layout.participants.map((participant) => participant.x);
        expect(xs).toEqual([...xs].sort((a, b) => a - b));
        for (const item of layout.items) {
          const [left, right] = item.type === 'arrow' ? [Math.min(item.x1, item.x2), Math.max(item.x1, item.x2)] : [item.x - item.width / 2, item.x + item.width / 2];
          expect(left, `"${item.label}" starts left of the picture`).toBeGreaterThanOrEqual(0);
          expect(right, `"${item.label}" ends right of the picture`).toBeLessThanOrEqual(layout.width);
          expect(item.y).toBeLessThan(layout.height);
        }
      }
    });
  }

  test('puts clients left of servers and ends the lifeline of a program that exits', () => {
    const layout = layoutDiagram(
      [
        event('start', 'your server', 'started'),
        event('connect', 'reference client', 'connected from port 50001', 'your server'),
        event('exit', 'your server', 'exited with code 0'),
      ],
      'zh',
    );
    expect(layout.participants.map((participant) => participant.label)).toEqual(['参考客户端', '你的服务器']);
    const server = layout.participants[1]!;
    expect(server.running).toBe(false);
    expect(server.lifelineEnd).toBeLessThan(layout.height - 10);
    expect(layout.items.at(-1)!.label).toBe('退出，退出码 0');
  });
});
