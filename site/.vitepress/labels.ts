// The words of the site's own interface, in every language it speaks.

import type { Language, Lesson, ChapterInfo } from '../../workbook/catalogue.ts';

export interface Labels {
  siteTitle: string;
  description: string;
  languageName: string;
  /** The `lang` attribute of the pages. */
  htmlLang: string;
  startHere: string;
  forInstructors: string;
  lessons: string;
  chapter: (chapter: ChapterInfo) => string;
  lesson: (lesson: Lesson) => string;
}

export const labels: Record<Language, Labels> = {
  en: {
    siteTitle: 'Socket Workbook',
    description: 'Learn socket programming in TypeScript on Node.js, one checked exercise at a time.',
    languageName: 'English',
    htmlLang: 'en',
    startHere: 'Start here',
    forInstructors: 'For instructors',
    lessons: 'Lessons',
    chapter: (chapter) => `Chapter ${chapter.number}: ${chapter.title.en}`,
    lesson: (lesson) => `Lesson ${lesson.number}: ${lesson.title.en}`,
  },
  zh: {
    siteTitle: '套接字练习册',
    description: '用 TypeScript 在 Node.js 上学习套接字编程，每个练习都有自动检查。',
    languageName: '简体中文',
    htmlLang: 'zh-CN',
    startHere: '从这里开始',
    forInstructors: '教师指南',
    lessons: '课程',
    chapter: (chapter) => `第 ${chapter.number} 章：${chapter.title.zh}`,
    lesson: (lesson) => `第 ${lesson.number} 课：${lesson.title.zh}`,
  },
};

/** The default theme's own words in Chinese (English is its default). */
export const zhThemeText = {
  outline: { label: '本页内容' },
  docFooter: { prev: '上一页', next: '下一页' },
  darkModeSwitchLabel: '外观',
  lightModeSwitchTitle: '切换到浅色模式',
  darkModeSwitchTitle: '切换到深色模式',
  sidebarMenuLabel: '目录',
  returnToTopLabel: '回到顶部',
  langMenuLabel: '切换语言',
  skipToContentLabel: '跳到正文',
  notFound: {
    title: '页面未找到',
    quote: '这个地址上没有人在监听。',
    linkLabel: '回到首页',
    linkText: '回到首页',
  },
};

export const zhSearchText = {
  button: { buttonText: '搜索', buttonAriaLabel: '搜索' },
  modal: {
    displayDetails: '显示详细列表',
    resetButtonTitle: '清除查询',
    backButtonTitle: '关闭搜索',
    noResultsText: '没有找到结果',
    footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },
  },
};
