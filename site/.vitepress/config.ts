import { defineConfig, type DefaultTheme } from 'vitepress';
import type { Language } from '../../workbook/catalogue.ts';
import { labels, zhSearchText, zhThemeText } from './labels.ts';
import { lessonPlaceholders } from './lesson-placeholders.ts';
import { tokenizeForSearch } from './search-tokenizer.ts';
import { buildNav, buildSidebar } from './sidebar.ts';

function themeFor(language: Language): DefaultTheme.Config {
  return { nav: buildNav(language), sidebar: buildSidebar(language) };
}

function localeFor(language: Language) {
  const words = labels[language];
  return { label: words.languageName, lang: words.htmlLang, title: words.siteTitle, description: words.description };
}

export default defineConfig({
  // English pages live in en/ and are served from the root; zh/ keeps its folder.
  rewrites: { 'en/:rest*': ':rest*' },
  cleanUrls: true,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  locales: {
    root: { ...localeFor('en'), themeConfig: themeFor('en') },
    zh: { ...localeFor('zh'), link: '/zh/', themeConfig: { ...themeFor('zh'), ...zhThemeText } },
  },
  themeConfig: {
    logo: '/favicon.svg',
    outline: [2, 3],
    search: {
      provider: 'local',
      options: {
        miniSearch: { options: { tokenize: tokenizeForSearch } },
        locales: { zh: { translations: zhSearchText } },
      },
    },
  },
  markdown: {
    config: (md) => {
      md.use(lessonPlaceholders);
    },
  },
});
