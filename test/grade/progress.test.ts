// The progress display: redrawn in place on a terminal, plain lines elsewhere.
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { Submission } from '../../workbook/grade/find-submissions.ts';
import { createProgress } from '../../workbook/grade/progress.ts';
import { painter } from '../../workbook/report/paint.ts';
import { sampleReport } from './sample-report.ts';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 60 }) as unknown as NodeJS.WriteStream;
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += String(chunk)));
  return { stream, written: () => text };
}

function runBatch(isTTY: boolean): string {
  const { stream, written } = fakeStream(isTTY);
  const report = sampleReport(['alice', 'bob\x1b[2J']);
  const submissions: Submission[] = report.submissions.map((grade) => ({ name: grade.name, path: grade.path, lessonsTree: grade.path, notes: [] }));
  const progress = createProgress(stream, painter(false));
  progress.begin(submissions, report.submissions[0]!.checks.length);
  for (const [index, submission] of submissions.entries()) {
    progress.startSubmission(submission);
    for (const check of report.submissions[index]!.checks) progress.checkDone(submission, check);
    progress.finishSubmission(report.submissions[index]!);
  }
  progress.end();
  return written();
}

describe('progress', () => {
  test('in CI: one plain line per graded submission, nothing redrawn', () => {
    const lines = runBatch(false).trimEnd().split('\n');
    expect(lines[0]).toBe(`grading 2 submissions, ${sampleReport().submissions[0]!.checks.length} checks each`);
    expect(lines[1]).toMatch(/^✓ alice {2}\d+\/\d+ points {2}.+ {2}\[1\/2\]$/);
    expect(lines[2]).toMatch(/^• bob\\x1b\[2J {2}\d+\/\d+ points .+\[2\/2\]$/);
    expect(lines.join('\n')).not.toContain('\r');
  });

  test('on a terminal: a status line redrawn in place, finished submissions above it', () => {
    const text = runBatch(true);
    expect(text).toContain('\r\x1b[K');
    expect(text).toMatch(/\r\x1b\[K✓ alice {2}\d+\/\d+ points .+\n/);
    expect(text).toMatch(/1\/2 graded/);
    expect(text).not.toContain('\x1b[2J');
    expect(text.endsWith('\r\x1b[K')).toBe(true);
  });
});
