// Lets a lesson page say `npm run lesson {{lesson.number}}` or
// `nc 127.0.0.1 {{lesson.port}}` instead of retyping facts the catalogue owns.
//
// A markdown-it rule replaces the placeholders right after parsing, before
// anything renders: in text, headings, inline code and code blocks alike, so
// the page, its title and the search index all see the real values.

import type MarkdownIt from 'markdown-it';
import type { Language, Lesson } from '../../workbook/catalogue.ts';
import { lessonOfPage } from './site-pages.ts';

type Token = ReturnType<MarkdownIt['parse']>[number];

const placeholder = /\{\{\s*lesson\.(\w+)\s*\}\}/g;

function lessonValue(lesson: Lesson, language: Language, field: string, file: string): string {
  const values: Record<string, string> = {
    number: String(lesson.number),
    port: String(lesson.defaultPort),
    dir: lesson.dir,
    title: lesson.title[language],
  };
  const value = values[field];
  if (value === undefined) {
    throw new Error(`${file}: unknown placeholder {{lesson.${field}}} (known: ${Object.keys(values).join(', ')})`);
  }
  return value;
}

export function lessonPlaceholders(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'lesson_placeholders', (state) => {
    // The source file: env.path and env.relativePath are already rewritten (en/ dropped).
    const file = String(state.env?.realPath ?? state.env?.path ?? '');
    const page = lessonOfPage(file);
    const replace = (text: string): string =>
      text.replace(placeholder, (_, field: string) => {
        if (!page) throw new Error(`${file}: {{lesson.${field}}} is only known on a lesson page`);
        return lessonValue(page.lesson, page.language, field, file);
      });
    const visit = (tokens: Token[]) => {
      for (const token of tokens) {
        if (token.content) token.content = replace(token.content);
        if (token.children) visit(token.children);
      }
    };
    visit(state.tokens);
  });
}
