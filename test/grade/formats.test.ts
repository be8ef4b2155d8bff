// Every report format, made from a report with hostile text in it.
import { describe, expect, test } from 'vitest';
import { findLesson } from '../../workbook/catalogue.ts';
import { formatGradescope, gradescopeResults } from '../../workbook/grade/format-gradescope.ts';
import { formatJson, parseJsonReport } from '../../workbook/grade/format-json.ts';
import { attribute, formatJunit, text } from '../../workbook/grade/format-junit.ts';
import { formatMarkdown } from '../../workbook/grade/format-markdown.ts';
import { formatTable } from '../../workbook/grade/format-table.ts';
import { painter } from '../../workbook/report/paint.ts';
import { nastyText, sampleReport } from './sample-report.ts';

const lesson = findLesson(1)!;
const maxPoints = lesson.checks.reduce((sum, check) => sum + check.points, 0);
const echoPoints = lesson.checks.find((check) => check.slug === 'server-echo')!.points;
const refusedPoints = lesson.checks.find((check) => check.slug === 'client-refused')!.points;

/** Undoes the XML escapes the JUnit writer uses. */
function unescapeXml(value: string): string {
  return value
    .replace(/&#10;/g, '\n')
    .replace(/&#13;/g, '\r')
    .replace(/&#9;/g, '\t')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('report totals', () => {
  test('a passed check earns its points, a failed or errored one none', () => {
    const [alice, bob] = sampleReport().submissions;
    expect(alice!.points).toBe(maxPoints);
    expect(bob!.points).toBe(maxPoints - echoPoints - refusedPoints);
    expect(bob!.lessons).toEqual([{ number: 1, dir: lesson.dir, points: bob!.points, maxPoints }]);
  });
});

describe('JUnit XML', () => {
  const xml = formatJunit(sampleReport());

  test('has one test case per check, with failures and errors counted', () => {
    expect(xml.match(/<testcase /g)).toHaveLength(2 * lesson.checks.length);
    expect(xml).toContain(`<testsuites name="socket-workbook grades" tests="${2 * lesson.checks.length}" failures="1" errors="1"`);
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml.match(/<error /g)).toHaveLength(1);
  });

  test('carries no character XML forbids, no CDATA end and no markup from the student', () => {
    expect(xml).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('<x a=');
    expect(xml).not.toContain('</failure><x');
  });

  test('text and attributes read back as the original, forbidden characters spelled out', () => {
    const shown = 'bad \\x00\\x07\\x1b[31m ]]> </failure><x a="1"> & \'q\' | `tick` *star* \\ud800 中文 ✓\nsecond line';
    expect(unescapeXml(text(nastyText))).toBe(shown);
    const quoted = attribute(nastyText);
    expect(quoted).not.toMatch(/["<>\n]/);
    expect(unescapeXml(quoted)).toBe(shown);
  });

  test('every element that opens is closed, in order', () => {
    const stack: string[] = [];
    for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      if (closing) expect(stack.pop()).toBe(name);
      else if (!selfClosing) stack.push(name!);
    }
    expect(stack).toEqual([]);
  });
});

describe("Gradescope's results.json", () => {
  const report = sampleReport();
  const bob = report.submissions[1]!;

  test('has the fields of the autograder specification, with text formatting only', () => {
    const results = JSON.parse(formatGradescope(report, bob, 'after_due_date')) as Record<string, unknown> & { tests: Record<string, unknown>[] };
    expect(results).toMatchObject({
      score: bob.points,
      output_format: 'text',
      test_output_format: 'text',
      test_name_format: 'text',
      visibility: 'after_due_date',
    });
    expect(results.tests).toHaveLength(lesson.checks.length);
    for (const [index, test] of results.tests.entries()) {
      const check = lesson.checks[index]!;
      expect(Object.keys(test).sort()).toEqual(['max_score', 'name', 'number', 'output', 'score', 'status', 'tags', 'visibility']);
      expect(test).toMatchObject({ name: `${check.id}: ${check.title.en}`, max_score: check.points, visibility: 'after_due_date', number: `1.${index + 1}` });
      expect(['passed', 'failed']).toContain(test.status);
    }
    const sumOfTests = results.tests.reduce((sum, test) => sum + (test.score as number), 0);
    expect(sumOfTests).toBe(results.score);
  });

  test('a check that could not run is a failed test with its reason in the output', () => {
    const results = gradescopeResults(report, bob) as { tests: { name: string; status: string; output: string; score: number }[] };
    const refused = results.tests.find((test) => test.name.startsWith('01/client-refused'))!;
    expect(refused).toMatchObject({ status: 'failed', score: 0 });
    expect(refused.output).toContain('your server said bad');
    expect(refused.output).toContain('hint:');
  });

  test('survives a lone surrogate as valid JSON', () => {
    const json = formatGradescope(report, bob);
    expect(json).toContain('\\ud800');
    expect(() => JSON.parse(json)).not.toThrow();
  });
});

describe('Markdown summary', () => {
  const markdown = formatMarkdown(sampleReport());

  test('has the points table with one row per submission', () => {
    expect(markdown).toContain('| submission | 01 | total |');
    expect(markdown).toContain(`| alice | ${maxPoints}/${maxPoints} | **${maxPoints}/${maxPoints}** |`);
  });

  test('escapes what students wrote: no table breaks, no HTML, no control characters', () => {
    expect(markdown).toContain('bob &lt;b&gt;\\|x');
    expect(markdown).not.toContain('<x a=');
    expect(markdown).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `01/'));
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });
});

describe('JSON report', () => {
  test('reads back as the same report', () => {
    const report = sampleReport();
    expect(parseJsonReport(formatJson(report), 'grades.json')).toEqual(JSON.parse(JSON.stringify(report)));
  });

  test('refuses other versions and other files, naming the file', () => {
    expect(() => parseJsonReport(JSON.stringify({ ...sampleReport(), version: 99 }), 'old.json')).toThrow('old.json is a version 99 report');
    expect(() => parseJsonReport('{"tests": []}', 'results.json')).toThrow('results.json is not a grade report');
    expect(() => parseJsonReport('nope', 'x.json')).toThrow('x.json is not JSON');
  });
});

describe('terminal table', () => {
  test('shows points per lesson and total, and each failure with its reason on one line', () => {
    const table = formatTable(sampleReport(), painter(false));
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^submission\s+01\s+total$/);
    expect(lines[1]).toMatch(new RegExp(`^alice\\s+${maxPoints}/${maxPoints}\\s+${maxPoints}/${maxPoints}$`));
    expect(table).toContain('✗ 01/server-echo  your server said bad');
    expect(table).toContain('✗ 01/client-refused  your server said bad');
    expect(table).not.toMatch(/\nsecond line/);
    // Nothing a student wrote can move the cursor or recolour the terminal.
    expect(table).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(table).toContain('bad \\x00\\x07\\x1b[31m');
  });

  test('checks of a lesson failing for the same reason share one line', () => {
    const failing = Object.fromEntries(lesson.checks.filter((check) => check.role === 'client').map((check) => [check.id, 'error' as const]));
    const table = formatTable(sampleReport(['alice', 'carol'], failing), painter(false));
    expect(table).toContain(`✗ 01 (${Object.keys(failing).length} checks)  your server said bad`);
  });
});
