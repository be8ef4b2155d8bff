// Reads the site's markdown the way the tests need it: headings with their
// explicit anchors, `<<<` includes, links and fenced blocks, with line numbers.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../workbook/catalogue.ts';
import { repoRoot } from '../../workbook/harness/target.ts';

export const siteRoot = path.join(repoRoot, 'site');

export interface Heading {
  level: number;
  /** The heading's text without its `{#anchor}` and without backticks. */
  text: string;
  anchor?: string;
  line: number;
}

export interface Include {
  /** The file as written after `@/`, relative to `site/`. */
  file: string;
  region?: string;
  line: number;
}

export interface Page {
  language: Language;
  /** `lessons/01-single-echo`: the same in every language. */
  path: string;
  /** `en/lessons/01-single-echo.md`, relative to `site/`. */
  file: string;
  headings: Heading[];
  includes: Include[];
  links: { href: string; line: number }[];
  fences: { info: string; line: number }[];
}

/** Every markdown page of one language, by page path. */
export function readPages(language: Language): Map<string, Page> {
  const root = path.join(siteRoot, language);
  const pages = new Map<string, Page>();
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.md')) continue;
    const pagePath = file.replace(/\\/g, '/').replace(/\.md$/, '');
    pages.set(pagePath, parsePage(language, pagePath, readFileSync(path.join(root, file), 'utf8')));
  }
  return pages;
}

export function parsePage(language: Language, pagePath: string, source: string): Page {
  const page: Page = { language, path: pagePath, file: `${language}/${pagePath}.md`, headings: [], includes: [], links: [], fences: [] };
  let fence: string | undefined;
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    const fenceMark = /^(`{3,}|~{3,})(.*)$/.exec(text);
    if (fence) {
      if (fenceMark && fenceMark[1]!.startsWith(fence)) fence = undefined;
      return;
    }
    if (fenceMark) {
      fence = fenceMark[1]!;
      page.fences.push({ info: fenceMark[2]!.trim(), line });
      return;
    }
    const heading = /^(#{1,6})\s+(.*?)(?:\s+\{#([^}\s]+)\})?\s*$/.exec(text);
    if (heading) {
      page.headings.push({ level: heading[1]!.length, text: heading[2]!.replace(/`/g, ''), anchor: heading[3], line });
      return;
    }
    const include = /^<<<\s+@\/(\S+?)(?:#([\w-]+))?(?:\{[^}]*\})?(?:\s.*)?$/.exec(text);
    if (include) {
      page.includes.push({ file: include[1]!, region: include[2], line });
      return;
    }
    for (const link of text.matchAll(/\]\(([^)\s]+)\)/g)) page.links.push({ href: link[1]!, line });
  });
  return page;
}
