// The pages of the site that are not lessons, and where every page lives.
//
// Lesson pages come from the catalogue (`lessons/NN-slug.md` in each language);
// everything else is listed here once, with its title in every language, so
// that the sidebar, the nav and the tests agree on what the site contains.

import { findLesson, languages, type Language, type Lesson, type Text } from '../../workbook/catalogue.ts';

export interface GuidePage {
  /** Path without the language folder or `.md`: `concepts/what-a-socket-is`. */
  path: string;
  title: Text;
}

/** Read before the first lesson. */
export const startPages: GuidePage[] = [
  { path: 'getting-started', title: { en: 'Getting started', zh: '开始使用' } },
  { path: 'python-to-node', title: { en: 'Python → Node.js', zh: '从 Python 到 Node.js' } },
];

/** Concept pages, shown in a chapter before its lessons. */
export const conceptPages: Record<number, GuidePage[]> = {
  1: [
    { path: 'concepts/what-a-socket-is', title: { en: 'What a socket is', zh: '什么是套接字' } },
    { path: 'concepts/servers-and-clients', title: { en: 'Servers, clients and the handshake', zh: '服务器、客户端与握手' } },
    { path: 'concepts/blocking-and-errors', title: { en: 'Blocking, timeouts and errors', zh: '阻塞、超时与错误' } },
  ],
  7: [{ path: 'concepts/socketserver', title: { en: "Python's socketserver", zh: 'Python 的 socketserver' } }],
};

/** For the people who grade the workbook rather than work through it. */
export const instructorPages: GuidePage[] = [
  { path: 'grading', title: { en: 'Grading submissions', zh: '批改提交的作业' } },
];

export const homePage: GuidePage = { path: 'index', title: { en: 'Socket Workbook', zh: '套接字练习册' } };

/** Every non-lesson page, home included. */
export function guidePages(): GuidePage[] {
  return [homePage, ...startPages, ...Object.values(conceptPages).flat(), ...instructorPages];
}

/** The URL prefix of a language: English is the root, Chinese lives under `/zh/`. */
export function languageRoot(language: Language): string {
  return language === 'en' ? '/' : `/${language}/`;
}

/** The URL of a page (`path` as in GuidePage) in `language`. */
export function pageLink(path: string, language: Language): string {
  return languageRoot(language) + (path === 'index' ? '' : path);
}

/** `lessons/01-single-echo`: the page path of a lesson, the same in every language. */
export function lessonPath(lesson: Lesson): string {
  return `lessons/${lesson.dir}`;
}

/** The markdown source of a page, relative to `site/`. */
export function sourceFile(path: string, language: Language): string {
  return `${language}/${path}.md`;
}

/** `en/lessons/01-single-echo.md` (or a longer path ending so) → the lesson and the page's language. */
export function lessonOfPage(sourcePath: string): { lesson: Lesson; language: Language } | undefined {
  const match = /(?:^|\/)(en|zh)\/lessons\/(\d\d-[a-z0-9-]+)\.md$/.exec(sourcePath);
  if (!match) return undefined;
  const lesson = findLesson(match[2]!);
  return lesson && { lesson, language: match[1] as Language };
}

/** `zh/concepts/x.md` → zh. */
export function languageOfPage(sourcePath: string): Language {
  return sourcePath.startsWith('zh/') ? 'zh' : 'en';
}

export { languages };
