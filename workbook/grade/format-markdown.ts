import { describeFailures } from './format-table.ts';
import type { GradeReport } from './report.ts';

/**
 * A Markdown summary for a CI job page (GitHub's $GITHUB_STEP_SUMMARY, GitLab
 * and others): the points table, then each submission's failures folded away.
 * Names and reasons come from students, so they are escaped for both Markdown
 * and the HTML it may contain.
 */
export function formatMarkdown(report: GradeReport): string {
  const head = ['submission', ...report.lessons.map((lesson) => String(lesson.number).padStart(2, '0')), 'total'];
  const lines = [
    '## Grades',
    '',
    `${report.submissions.length} submission${report.submissions.length === 1 ? '' : 's'}, ${report.maxPoints} points each${report.shard ? ` (shard ${report.shard})` : ''}${report.sandbox === 'none' ? ' — graded without a sandbox' : ''}.`,
    '',
    row(head),
    row(head.map((_, column) => (column === 0 ? '---' : '---:'))),
    ...report.submissions.map((submission) =>
      row([
        cell(submission.name),
        ...submission.lessons.map((lesson) => `${lesson.points}/${lesson.maxPoints}`),
        `**${submission.points}/${submission.maxPoints}**`,
      ]),
    ),
  ];
  for (const submission of report.submissions) {
    const failures = describeFailures(submission);
    if (!failures.length && !submission.notes.length) continue;
    lines.push(
      '',
      `<details><summary>${html(submission.name)}: ${submission.points}/${submission.maxPoints}, ${failures.length} problem${failures.length === 1 ? '' : 's'}</summary>`,
      '',
    );
    for (const note of submission.notes) lines.push(`> ${cell(note)}`, '');
    if (failures.length) {
      lines.push(row(['check', 'reason']), row(['---', '---']));
      for (const failure of failures) lines.push(row([`\`${failure.label}\``, cell(failure.reason)]));
    }
    lines.push('', '</details>');
  }
  lines.push('');
  return lines.join('\n');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Safe inside a table cell: HTML escaped, Markdown's active characters backslashed, one line. */
function cell(value: string): string {
  return html(value)
    .replace(/[\\`*_[\]|#~]/g, (character) => `\\${character}`)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '\ufffd');
}

function html(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
