import { describeCheck } from './check-text.ts';
import { firstLine } from './clip-text.ts';
import type { GradeReport } from './report.ts';

/**
 * JUnit XML, which every CI understands: one test suite per submission, one
 * test case per check, a <failure> for a failed check and an <error> for one
 * that could not run. Student output lands in here, so every string is escaped.
 */
export function formatJunit(report: GradeReport): string {
  const count = (status: string) => report.submissions.flatMap((s) => s.checks).filter((check) => check.status === status).length;
  const tests = report.submissions.reduce((total, submission) => total + submission.checks.length, 0);
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const totalMs = report.submissions.reduce((total, submission) => total + submission.durationMs, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="socket-workbook grades" tests="${tests}" failures="${count('failed')}" errors="${count('error')}" time="${seconds(totalMs)}">`,
  ];
  for (const submission of report.submissions) {
    const failures = submission.checks.filter((check) => check.status === 'failed').length;
    const errors = submission.checks.filter((check) => check.status === 'error').length;
    lines.push(
      `  <testsuite name="${attribute(submission.name)}" tests="${submission.checks.length}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds(submission.durationMs)}">`,
      '    <properties>',
      `      <property name="points" value="${submission.points}"/>`,
      `      <property name="maxPoints" value="${submission.maxPoints}"/>`,
      `      <property name="sandbox" value="${attribute(report.sandbox)}"/>`,
      ...submission.notes.map((note) => `      <property name="note" value="${attribute(note)}"/>`),
      '    </properties>',
    );
    for (const check of submission.checks) {
      const lesson = report.lessons.find((candidate) => candidate.number === check.lesson);
      const open = `    <testcase classname="${attribute(`${submission.name}.${lesson?.dir ?? check.lesson}`)}" name="${attribute(`${check.id}: ${check.title}`)}" time="${seconds(check.durationMs)}"`;
      if (check.status === 'passed') {
        lines.push(`${open}/>`);
        continue;
      }
      const tag = check.status === 'failed' ? 'failure' : 'error';
      lines.push(
        `${open}>`,
        `      <${tag} type="${tag}" message="${attribute(firstLine(check.message ?? check.status, 300))}">${text(describeCheck(check, report.language))}</${tag}>`,
        '    </testcase>',
      );
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}

/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates,
 * U+FFFE and U+FFFF): they are written out as `\xNN` / `\uNNNN` instead.
 */
const notXml = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function showCode(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Escapes text content; `>` too, so that `]]>` can never appear. */
export function text(value: string): string {
  return value.replace(notXml, showCode).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted), keeping line ends and tabs as they are. */
export function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
