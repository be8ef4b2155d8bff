import type { Lesson } from '../catalogue.ts';
import { say, type Output } from './output.ts';

/** Prints every hint of a lesson, grouped by the program it is about. */
export function showHints(lesson: Lesson, output: Output): void {
  output.write(output.paint('bold', say[output.language].hints(lesson.number, lesson.title[output.language])));
  for (const role of lesson.roles) {
    output.write('');
    output.write(output.paint('underline', `${role}.ts`));
    for (const check of lesson.checks.filter((c) => c.role === role)) {
      output.write(`• ${output.paint('bold', check.title[output.language])} ${output.paint('dim', `(${check.id})`)}`);
      output.write(`  ${check.hint[output.language]}`);
    }
  }
}
