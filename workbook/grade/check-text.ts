import { findCheck, type Check, type Language } from '../catalogue.ts';
import type { CheckResult } from '../harness/run-checks.ts';
import { formatResult } from '../report/format-result.ts';
import { clipText } from './clip-text.ts';
import type { CheckGrade } from './report.ts';

/** Past this, a check's text is cut in the middle: platforms limit what they show. */
export const checkTextChars = 16_000;

/**
 * A check's verdict as plain text, the way the learner's runner shows it:
 * what went wrong, the conversation, expected and actual, and the hint.
 */
export function describeCheck(grade: CheckGrade, language: Language, maxChars = checkTextChars): string {
  const check: Check = {
    id: grade.id,
    lesson: grade.lesson,
    slug: grade.id.split('/')[1] ?? grade.id,
    role: grade.role,
    title: { en: grade.title, zh: grade.title },
    hint: { en: grade.hint, zh: grade.hint },
    points: grade.maxPoints,
    clauses: findCheck(grade.id)?.clauses ?? [],
  };
  const result: CheckResult = { ...grade, check };
  return clipText(formatResult(result, { language }), maxChars);
}
