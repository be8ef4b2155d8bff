// The concept pages' hand-drawn diagrams (site/diagrams/concepts/*.json):
// complete in both languages, laid out like the lessons' diagrams, and each
// one shown on a page in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { languages } from '../../workbook/catalogue.ts';
import { conceptEvents, type ConceptDiagramData } from '../../site/.vitepress/diagrams/diagram-data.ts';
import { layoutDiagram } from '../../site/.vitepress/diagrams/layout-diagram.ts';
import { siteRoot } from './read-pages.ts';

const folder = path.join(siteRoot, 'diagrams', 'concepts');
const diagrams = new Map(
  readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as ConceptDiagramData]),
);

/** `<ConceptDiagram name="…" />` tags of every page of one language. */
function namesShown(language: string): string[] {
  const root = path.join(siteRoot, language);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) => [...readFileSync(path.join(root, file), 'utf8').matchAll(/<ConceptDiagram name="([\w-]+)" \/>/g)].map((m) => m[1]!));
}

describe('concept diagrams', () => {
  test('there are the three the concept pages need', () => {
    expect([...diagrams.keys()].sort()).toEqual(['accept-queue', 'four-way-close', 'three-way-handshake']);
  });

  for (const [name, data] of diagrams) {
    test(`${name}: every label, title and participant in both languages, and one row per event`, () => {
      for (const language of languages) {
        expect(data.title[language]?.trim(), `${name} title`).toBeTruthy();
        for (const participant of Object.values(data.participants)) expect(participant[language]?.trim()).toBeTruthy();
        const events = conceptEvents(data, language);
        expect(events.every((event) => event.label?.trim())).toBe(true);
        const layout = layoutDiagram(events, language);
        expect(layout.items).toHaveLength(data.events.length);
        expect(layout.participants).toHaveLength(Object.keys(data.participants).length);
      }
      expect(data.about).toMatch(/by hand/);
    });
  }

  test('each is shown on the pages of both languages, and every one shown exists', () => {
    for (const language of languages) {
      expect(namesShown(language).sort(), `site/${language}`).toEqual([...diagrams.keys()].sort());
    }
  });
});
