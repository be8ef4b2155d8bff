// How hints and starters point into the docs, and where those pointers land.
//
// A catalogue hint ends with `(lesson 1, "Accept one connection")` in English
// and `（第 1 课“接受一个连接”）` in Chinese; a starter's TODO ends with
// `Docs: lesson 1, "Accept one connection" (lessons/01-single-echo#accept-one-connection)`.
// Each names a heading of a lesson page; the heading carries the same explicit
// anchor in both languages, made from its English title. `(chapter N, "…")`
// names a heading on the first lesson page of chapter N.

import { lessons, type Language, type Lesson } from '../../workbook/catalogue.ts';

export interface DocReference {
  /** Where the reference stands in the text it was found in. */
  index: number;
  length: number;
  unit: 'lesson' | 'chapter';
  number: number;
  title: string;
}

const patterns: Record<Language, RegExp> = {
  en: /\((lesson|chapter) (\d+), "([^"]+)"\)/g,
  zh: /（第 ?(\d+) ?(课|章)“([^”]+)”）/g,
};

/** Every docs reference in a hint, in order. */
export function findReferences(text: string, language: Language): DocReference[] {
  return [...text.matchAll(patterns[language])].map((match) => {
    const [unit, number] = language === 'en' ? [match[1], match[2]] : [match[2] === '课' ? 'lesson' : 'chapter', match[1]];
    return {
      index: match.index!,
      length: match[0].length,
      unit: unit as DocReference['unit'],
      number: Number(number),
      title: match[3]!,
    };
  });
}

/** The anchor of a heading, from its English title, as VitePress would make it. */
export function anchorOf(englishTitle: string): string {
  return englishTitle
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/[\u0000-\u001f]/g, '')
    .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, '_$1')
    .toLowerCase();
}

/** The lesson whose page holds the heading a reference names. */
export function referencedLesson(reference: Pick<DocReference, 'unit' | 'number'>): Lesson | undefined {
  if (reference.unit === 'lesson') return lessons.find((lesson) => lesson.number === reference.number);
  return lessons.find((lesson) => lesson.chapter === reference.number);
}
