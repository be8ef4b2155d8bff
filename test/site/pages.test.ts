// The docs site's pages against the catalogue, the code they include and each
// other: both languages complete, every included region real, every pointer
// from a hint or a starter landing on a heading.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chapters, generalClauses, languages, lessons, type Language } from '../../workbook/catalogue.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { anchorOf, findReferences, referencedLesson } from '../../site/.vitepress/doc-references.ts';
import { guidePages, lessonPath } from '../../site/.vitepress/site-pages.ts';
import { readPages, siteRoot, type Page } from './read-pages.ts';

const pages = Object.fromEntries(languages.map((language) => [language, readPages(language)])) as Record<Language, Map<string, Page>>;

function page(language: Language, pagePath: string): Page {
  const found = pages[language].get(pagePath);
  if (!found) expect.fail(`site/${language}/${pagePath}.md is missing`);
  return found;
}

/** Fails with every problem on its own line. */
function expectNone(problems: string[], advice?: string): void {
  expect(problems.join('\n'), advice).toBe('');
}

function where(page: Page, line: number): string {
  return `site/${page.file}:${line}`;
}

describe('both languages', () => {
  test('have the same pages', () => {
    const [en, zh] = languages.map((language) => [...pages[language].keys()].sort());
    const onlyEn = en!.filter((p) => !zh!.includes(p)).map((p) => `site/en/${p}.md has no site/zh/${p}.md`);
    const onlyZh = zh!.filter((p) => !en!.includes(p)).map((p) => `site/zh/${p}.md has no site/en/${p}.md`);
    expectNone([...onlyEn, ...onlyZh]);
  });

  test('have a page for every lesson in the catalogue, and every guide page', () => {
    const wanted = [...guidePages().map((guide) => guide.path), ...lessons.map(lessonPath)];
    const missing = languages.flatMap((language) =>
      wanted.filter((p) => !pages[language].has(p)).map((p) => `site/${language}/${p}.md (write it in both languages; see site/en/lessons/01-single-echo.md)`),
    );
    expectNone(missing);
  });

  test('have no page the sidebar does not know', () => {
    const known = new Set([...guidePages().map((guide) => guide.path), ...lessons.map(lessonPath)]);
    const stray = languages.flatMap((language) => [...pages[language].keys()].filter((p) => !known.has(p)).map((p) => `site/${language}/${p}.md`));
    expectNone(stray, 'add the page to site/.vitepress/site-pages.ts, or a lesson to the catalogue');
  });

  test('give every section the same explicit anchor, in the same order', () => {
    const problems: string[] = [];
    for (const [pagePath, en] of pages.en) {
      const zh = pages.zh.get(pagePath);
      if (!zh) continue;
      for (const one of [en, zh]) {
        for (const heading of one.headings.filter((h) => h.level >= 2 && !h.anchor)) {
          problems.push(`${where(one, heading.line)}: "${heading.text}" needs an explicit {#anchor}`);
        }
      }
      const anchors = (one: Page) => one.headings.filter((h) => h.level >= 2).map((h) => h.anchor ?? '?');
      if (anchors(en).join(' ') !== anchors(zh).join(' ')) {
        problems.push(`${pagePath}: en sections ${anchors(en).join(', ')}\n  but zh sections ${anchors(zh).join(', ')}`);
      }
    }
    expectNone(problems);
  });

  test('include the same code', () => {
    const problems: string[] = [];
    for (const [pagePath, en] of pages.en) {
      const zh = pages.zh.get(pagePath);
      const show = (one: Page) => one.includes.map((include) => `${include.file}#${include.region ?? ''}`).join('\n');
      if (zh && show(en) !== show(zh)) problems.push(`${pagePath}: en and zh include different code`);
    }
    expectNone(problems);
  });
});

describe('the catalogue', () => {
  test('has every title and hint in both languages', () => {
    const missing: string[] = [];
    const need = (what: string, text: Record<Language, string>) => {
      for (const language of languages) if (!text[language]?.trim()) missing.push(`${what}: no ${language} text`);
    };
    for (const chapter of chapters) need(`chapter ${chapter.number} title`, chapter.title);
    for (const lesson of lessons) {
      need(`lesson ${lesson.dir} title`, lesson.title);
      for (const check of lesson.checks) {
        need(`${check.id} title`, check.title);
        need(`${check.id} hint`, check.hint);
      }
    }
    for (const guide of guidePages()) need(`page ${guide.path} title (site/.vitepress/site-pages.ts)`, guide.title);
    expectNone(missing);
  });
});

/** The markdown of one section (an `##` heading with its anchor, up to the next `##`). */
function sectionText(page: Page, anchor: string): string {
  const lines = readFileSync(path.join(siteRoot, page.file), 'utf8').split('\n');
  const heading = page.headings.find((candidate) => candidate.level === 2 && candidate.anchor === anchor);
  if (!heading) return '';
  const next = page.headings.find((candidate) => candidate.level === 2 && candidate.line > heading.line);
  return lines.slice(heading.line - 1, next ? next.line - 1 : undefined).join('\n');
}

// A failed check names the ids of the rules it observes: each must lead to
// the rule, written out where a learner reads it.
describe('the rules', () => {
  test.for(languages)("every lesson's own rules are given by id in the Goal of its %s page", (language) => {
    const problems = lessons.flatMap((lesson) => {
      const goal = sectionText(page(language, lessonPath(lesson)), 'goal');
      return lesson.clauses.filter((id) => !/^G\d+$/.test(id) && !goal.includes(`[${id}]`)).map((id) => `${lesson.dir}: [${id}] is not in the Goal`);
    });
    expectNone(problems);
  });

  test.for(languages)('every general rule is given by id in the %s Getting started', (language) => {
    const section = sectionText(page(language, 'getting-started'), 'what-every-program-does');
    expectNone(generalClauses.filter((id) => !section.includes(`**[${id}]`)).map((id) => `[${id}] is not in "What every program does"`));
  });
});

describe('code on the pages', () => {
  test('is only ever included from files, never pasted', () => {
    // Shell commands and terminal text may be written out; code comes from files the tests run.
    const pasted = languages.flatMap((language) =>
      [...pages[language].values()].flatMap((one) =>
        one.fences.filter((fence) => !/^(sh|text)\b/.test(fence.info)).map((fence) => `${where(one, fence.line)}: \`\`\`${fence.info}`),
      ),
    );
    expectNone(pasted, 'include code with <<< @/../solutions/…#region instead');
  });

  test('is included from files and regions that exist', () => {
    const problems: string[] = [];
    for (const language of languages) {
      for (const one of pages[language].values()) {
        for (const include of one.includes) {
          const file = path.resolve(siteRoot, include.file);
          let source: string;
          try {
            source = readFileSync(file, 'utf8');
          } catch {
            problems.push(`${where(one, include.line)}: ${include.file} does not exist`);
            continue;
          }
          // A wrong region name makes VitePress include the whole file without a word.
          if (include.region && !regionsOf(source).includes(include.region)) {
            problems.push(`${where(one, include.line)}: ${include.file} has no region "${include.region}" (it has: ${regionsOf(source).join(', ')})`);
          }
        }
      }
    }
    expectNone(problems);
  });

  test('regions in the solutions are opened and closed by name', () => {
    const problems: string[] = [];
    for (const file of solutionFiles()) {
      const source = readFileSync(file, 'utf8');
      const opened = [...source.matchAll(/\/\/ #region ([\w-]+)/g)].map((m) => m[1]!);
      const closed = [...source.matchAll(/\/\/ #endregion ([\w-]+)/g)].map((m) => m[1]!);
      if (opened.sort().join() !== closed.sort().join()) problems.push(`${path.relative(repoRoot, file)}: regions ${opened.join(', ')} closed as ${closed.join(', ')}`);
    }
    expectNone(problems);
  });
});

describe('pointers into the docs', () => {
  test("every catalogue hint names a heading of the page it points to, in both languages", () => {
    const problems: string[] = [];
    for (const lesson of lessons) {
      for (const check of lesson.checks) {
        const en = findReferences(check.hint.en, 'en');
        const zh = findReferences(check.hint.zh, 'zh');
        if (en.length === 0) problems.push(`${check.id}: the en hint names no docs section, like (lesson 1, "Close")`);
        if (en.map((r) => `${r.unit} ${r.number}`).join() !== zh.map((r) => `${r.unit} ${r.number}`).join()) {
          problems.push(`${check.id}: the en and zh hints point to different places (zh form: （第 1 课“关闭”）)`);
          continue;
        }
        en.forEach((reference, index) => {
          const target = referencedLesson(reference);
          if (!target) return problems.push(`${check.id}: the hint names ${reference.unit} ${reference.number}, which the catalogue lacks`);
          const anchor = anchorOf(reference.title);
          for (const [language, title] of [['en', reference.title], ['zh', zh[index]!.title]] as const) {
            const heading = pages[language].get(lessonPath(target))?.headings.find((h) => h.text === title);
            if (!heading) problems.push(`${check.id}: site/${language}/${lessonPath(target)}.md has no heading "${title}"`);
            else if (heading.anchor !== anchor) problems.push(`${check.id}: "${title}" in site/${language}/${lessonPath(target)}.md needs {#${anchor}}`);
          }
        });
      }
    }
    expectNone(problems);
  });

  test("every starter's Docs: line names a heading with its anchor, in both languages", () => {
    const problems: string[] = [];
    let count = 0;
    for (const file of starterFiles()) {
      const source = readFileSync(file, 'utf8');
      const name = path.relative(repoRoot, file);
      for (const match of source.matchAll(/Docs: lesson (\d+), "([^"]+)" \(lessons\/([\w-]+)#([\w-]+)\)/g)) {
        count += 1;
        const [, number, title, dir, anchor] = match as unknown as [string, string, string, string, string];
        const lesson = lessons.find((candidate) => candidate.dir === dir);
        if (!lesson || lesson.number !== Number(number)) {
          problems.push(`${name}: "lesson ${number}" and lessons/${dir} do not name the same lesson`);
          continue;
        }
        if (anchor !== anchorOf(title)) problems.push(`${name}: the anchor of "${title}" is #${anchorOf(title)}, not #${anchor}`);
        const en = pages.en.get(lessonPath(lesson))?.headings.find((h) => h.anchor === anchor);
        if (!en || en.text !== title) problems.push(`${name}: site/en/${lessonPath(lesson)}.md has no heading "${title} {#${anchor}}"`);
        if (!pages.zh.get(lessonPath(lesson))?.headings.some((h) => h.anchor === anchor)) {
          problems.push(`${name}: site/zh/${lessonPath(lesson)}.md has no heading with {#${anchor}}`);
        }
      }
    }
    expect(count, 'no Docs: lines found in lessons/').toBeGreaterThan(0);
    expectNone(problems);
  });

  test('links between pages land on anchors that exist', () => {
    const problems: string[] = [];
    for (const language of languages) {
      for (const one of pages[language].values()) {
        for (const link of one.links) {
          const match = /^(\.{1,2}\/[^#]*|)#([\w-]+)$/.exec(link.href);
          if (!match) continue;
          const targetPath = match[1] ? path.posix.normalize(path.posix.join(path.posix.dirname(one.path), match[1])) : one.path;
          const target = pages[language].get(targetPath);
          if (!target) continue; // a missing page is a dead link, which fails the build
          if (!target.headings.some((heading) => heading.anchor === match[2])) {
            problems.push(`${where(one, link.line)}: ${link.href}: site/${language}/${targetPath}.md has no {#${match[2]}}`);
          }
        }
      }
    }
    expectNone(problems);
  });
});

function regionsOf(source: string): string[] {
  return [...source.matchAll(/#region ([\w-]+)/g)].map((match) => match[1]!);
}

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(repoRoot, folder, file));
}

function solutionFiles(): string[] {
  return filesUnder('solutions');
}

function starterFiles(): string[] {
  return filesUnder('lessons');
}
