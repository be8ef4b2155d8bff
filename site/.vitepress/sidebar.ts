// The sidebar and the nav bar, built from the catalogue: adding a lesson to
// the catalogue adds its page link here, in its chapter, in every language.

import type { DefaultTheme } from 'vitepress';
import { chapterOf, chapters, lessons, type Language } from '../../workbook/catalogue.ts';
import { labels } from './labels.ts';
import { conceptPages, instructorPages, lessonPath, pageLink, startPages, type GuidePage } from './site-pages.ts';

function guideItem(page: GuidePage, language: Language): DefaultTheme.SidebarItem {
  return { text: page.title[language], link: pageLink(page.path, language) };
}

/** Start pages, then one group per chapter (its concept pages, then its lessons), then the instructors' pages. */
export function buildSidebar(language: Language): DefaultTheme.SidebarItem[] {
  const words = labels[language];
  const chapterGroups = chapters
    .map((chapter) => ({
      text: words.chapter(chapter),
      items: [
        ...(conceptPages[chapter.number] ?? []).map((page) => guideItem(page, language)),
        ...lessons
          .filter((lesson) => chapterOf(lesson).number === chapter.number)
          .map((lesson) => ({ text: words.lesson(lesson), link: pageLink(lessonPath(lesson), language) })),
      ],
    }))
    .filter((group) => group.items.length > 0);
  return [
    { text: words.startHere, items: startPages.map((page) => guideItem(page, language)) },
    ...chapterGroups,
    { text: words.forInstructors, items: instructorPages.map((page) => guideItem(page, language)) },
  ];
}

export function buildNav(language: Language): DefaultTheme.NavItem[] {
  const words = labels[language];
  const first = lessons[0];
  return [
    guideItem(startPages[0]!, language),
    ...(first ? [{ text: words.lessons, link: pageLink(lessonPath(first), language), activeMatch: '/lessons/' }] : []),
    guideItem(startPages[1]!, language),
    { text: words.forInstructors, link: pageLink(instructorPages[0]!.path, language) },
  ];
}
