// The docs site as a reader meets it: built (a dead link fails the build; an
// unchanged tree reuses its last build, see site-build.ts), served on a free
// loopback port, and driven in Debian's Chromium at desktop and phone sizes,
// in both languages. This file runs after every other (vitest.config.ts), so
// neither the build nor the browser competes with the checks for the CPU. Screenshots of a few pages go
// to test-results/screenshots/ for a person to look at.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { languages, lessons, type Language } from '../../workbook/catalogue.ts';
import { mistakesOf } from '../../workbook/course/mistakes.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { labels } from '../../site/.vitepress/labels.ts';
import { guidePages, lessonPath, pageLink } from '../../site/.vitepress/site-pages.ts';
import { canRunWith } from '../support/optional-tool.ts';
import { buildSite, type SiteBuild } from './site-build.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const screenshots = path.join(repoRoot, 'test-results', 'screenshots');
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

let build: SiteBuild;

beforeAll(async () => {
  build = await buildSite();
}, 180_000);

test('the site builds, with no dead links', () => {
  expect(build.ok, build.output).toBe(true);
});

/** Every page a reader can reach, in one language. */
function allPages(language: Language): string[] {
  return [...guidePages().map((page) => page.path), ...lessons.map(lessonPath)].map((page) => pageLink(page, language));
}

// Tests share one browser and use pages of their own, so they run side by side.
describe.runIf(canRunWith('chromium', 'apt-get install chromium')).concurrent('in a browser', () => {
  let site: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  /** Console errors, failed requests and uncaught exceptions, per page. */
  const problems = new WeakMap<Page, string[]>();
  const problemsOf = (page: Page) => problems.get(page) ?? [];

  /** A new page whose every problem is noted. */
  const newPage = async (from: BrowserContext = context) => {
    const page = await from.newPage();
    const noted: string[] = [];
    problems.set(page, noted);
    page.on('console', (message) => {
      if (message.type() === 'error') noted.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => noted.push(`uncaught: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) noted.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return page;
  };

  /**
   * Opens `link` and waits until Vue has mounted the app on the server-rendered
   * page: by then the page's code has loaded and run, and a mismatch between
   * the two renderings would have been reported.
   */
  const open = async (page: Page, link: string) => {
    problemsOf(page).length = 0;
    const response = await page.goto(site.url + link, { waitUntil: 'load' });
    expect(response?.status(), link).toBe(200);
    await page.waitForFunction("'__vue_app__' in (document.querySelector('#app') ?? {})");
    expect(problemsOf(page), link).toEqual([]);
  };

  beforeAll(async () => {
    if (!build?.ok) return;
    site = await serveStatic(build.outDir!);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      // Playwright gives each launch a fresh profile (its own --user-data-dir).
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ viewport: desktop });
    await mkdir(screenshots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  // 20 pages a language, three tabs at a time.
  test.for(languages)('every %s page loads without a console error', { timeout: 120_000 }, async (language, { expect }) => {
    expect(build.ok, 'the site did not build').toBe(true);
    // A few tabs at once: much of a visit is waiting on the network and the server.
    const links = allPages(language);
    await Promise.all(
      [0, 1, 2].map(async (tab) => {
        const page = await newPage();
        for (const link of links.filter((_, index) => index % 3 === tab)) await open(page, link);
        await page.close();
      }),
    );
  });

  test('the language switch leads to the same page in the other language', async ({ expect }) => {
    const page = await newPage();
    await open(page, '/lessons/01-single-echo');
    await page.locator('.VPNavBarTranslations').hover();
    await page.locator('.VPNavBarTranslations a', { hasText: labels.zh.languageName }).click();
    await page.waitForURL('**/zh/lessons/01-single-echo');
    await expect.poll(() => page.locator('h1').first().textContent()).toContain(labels.zh.lesson(lessons[0]!));
    await page.locator('.VPNavBarTranslations').hover();
    await page.locator('.VPNavBarTranslations a', { hasText: labels.en.languageName }).click();
    await page.waitForURL((url) => url.pathname === '/lessons/01-single-echo');
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  test.for([
    ['en', 'backlog', '/'],
    ['zh', '服务器', '/zh/'],
  ] as const)('search in %s finds "%s"', async ([language, query, home], { expect }) => {
    const page = await newPage();
    await open(page, home);
    await page.keyboard.press('Control+k');
    const input = page.locator('.VPLocalSearchBox input');
    await input.fill(query);
    const results = page.locator('.VPLocalSearchBox .results li a');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => href.startsWith('/zh/') === (language === 'zh')), hrefs.join(' ')).toBe(true);
    await expect.poll(() => page.locator('.VPLocalSearchBox .results').textContent()).toContain(query);
    await page.screenshot({ path: path.join(screenshots, `${language}-search.png`) });
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  test.for(languages)('the %s sidebar lists every lesson', async (language, { expect }) => {
    const page = await newPage();
    await open(page, pageLink('getting-started', language));
    for (const lesson of lessons) {
      const link = page.locator(`.VPSidebar a[href="${pageLink(lessonPath(lesson), language)}"]`);
      await expect.poll(() => link.textContent(), { message: lesson.dir }).toBe(labels[language].lesson(lesson));
    }
    await page.close();
  });

  test.for(languages)('a %s lesson page shows included code, checks and a diagram', async (language, { expect }) => {
    const page = await newPage();
    await open(page, pageLink(lessonPath(lessons[0]!), language));
    // The first two samples are the `address` and `listen` regions: highlighted, and only those regions.
    const samples = page.locator('#bind-and-listen ~ div[class*="language-ts"]');
    await expect.poll(() => samples.nth(1).textContent()).toContain('server.listen(');
    expect(await samples.nth(0).textContent()).toContain('process.env.HOST');
    for (const index of [0, 1]) expect(await samples.nth(index).textContent()).not.toContain('import net');
    expect(await samples.nth(1).locator('span[style*="--shiki"]').count()).toBeGreaterThan(0);

    const diagram = page.locator('figure.conversation-diagram svg');
    const box = await diagram.boundingBox();
    expect(box && box.width > 100 && box.height > 100, 'the diagram has a size').toBe(true);
    expect(await diagram.locator('.cd-participant').count()).toBeGreaterThanOrEqual(2);
    expect(await diagram.locator('.cd-arrow').count()).toBeGreaterThanOrEqual(3);
    expect(await diagram.textContent()).toContain(language === 'en' ? 'your server' : '你的服务器');

    expect(await page.locator('.lesson-checks li').count()).toBe(lessons[0]!.checks.length);
    expect(await page.locator('.lesson-checks .check-rules a').count()).toBe(lessons[0]!.checks.flatMap((check) => check.clauses).length);
    // Common mistakes: one item per known-broken program of the lesson.
    expect(await page.locator('.lesson-mistakes li').count()).toBe(mistakesOf(lessons[0]!).length);
    // A hint's docs reference is a link to a heading of the page.
    const hintLink = page.locator('.lesson-checks .check-hint a').first();
    await hintLink.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#bind-and-listen');

    await page.locator('#the-conversation').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, `${language}-lesson-01-desktop.png`) });
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  test.for(languages)('%s pages fit a phone, and its menu opens the sidebar', async (language, { expect }) => {
    const phoneContext = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
    const page = await newPage(phoneContext);
    for (const [link, name] of [
      [pageLink('index', language), 'home'],
      [pageLink(lessonPath(lessons[0]!), language), 'lesson-01'],
      [pageLink('python-to-node', language), 'python-to-node'],
    ] as const) {
      await open(page, link);
      const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
      expect(overflow, `${link} is wider than the phone`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: path.join(screenshots, `${language}-${name}-phone.png`) });
    }
    await page.locator('.VPLocalNav button.menu').click();
    const lesson = page.locator(`.VPSidebar a[href="${pageLink(lessonPath(lessons[0]!), language)}"]`);
    await expect.poll(() => lesson.isVisible()).toBe(true);
    expect(problemsOf(page)).toEqual([]);
    await phoneContext.close();
  });

  test('the home page looks right on a desktop', async ({ expect }) => {
    const page = await newPage();
    await open(page, '/');
    await page.screenshot({ path: path.join(screenshots, 'en-home-desktop.png') });
    await page.close();
  });
});
