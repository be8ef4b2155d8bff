// Records what the site shows of real runs: each lesson's conversation diagram
// (the check the catalogue names as `diagram`, run against the reference
// solution) and the sample failure on the getting-started page (a known-broken
// fixture run against one check). Both use the harness the learner's checks
// use. Node.js only: the docs build never imports this.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findCheck, findLesson, lessons, type Lesson } from '../../../workbook/catalogue.ts';
import { materialize } from '../../../workbook/course/broken-program.ts';
import { unitOf } from '../../../workbook/course/units.ts';
import { prepareLesson, runCheck } from '../../../workbook/harness/run-checks.ts';
import { repoRoot } from '../../../workbook/harness/target.ts';
import { formatResult } from '../../../workbook/report/format-result.ts';
import { planReplay } from '../../../workbook/report/replay.ts';
import { canonicalForm, normaliseTranscript, regenerateCommand, type DiagramData, type SampleFailure } from './diagram-data.ts';

export const diagramsFolder = path.join(repoRoot, 'site', 'diagrams');

/** One generated file: how to record it again and what must stay the same between runs. */
export interface Recording<T> {
  file: string;
  record(): Promise<T>;
  /** Two recordings with the same canonical text show the same conversation. */
  canonical(data: T): string;
}

/** The check a lesson's page draws; a lesson without one is a catalogue mistake. */
export function diagramCheck(lesson: Lesson) {
  const check = lesson.checks.find((candidate) => candidate.slug === lesson.diagram);
  if (!check) {
    throw new Error(`lesson ${lesson.dir}: the catalogue's \`diagram\` must name one of its checks (it says ${JSON.stringify(lesson.diagram)})`);
  }
  return check;
}

export function diagramRecording(lesson: Lesson): Recording<DiagramData> {
  return {
    file: path.join(diagramsFolder, `${lesson.dir}.json`),
    async record() {
      const check = diagramCheck(lesson);
      const result = await runCheck(await prepareLesson(lesson, { root: path.join(repoRoot, 'solutions') }, [check.role]), check);
      if (result.status !== 'passed') {
        throw new Error(`the reference solution fails ${check.id}, so there is no true conversation to draw:\n${formatResult(result)}`);
      }
      return { lesson: lesson.dir, check: check.id, regenerate: regenerateCommand, events: normaliseTranscript(result.transcript, lesson.defaultPort) };
    },
    canonical: (data) => `${data.check}\n${canonicalForm(data.events)}`,
  };
}

/** The failure shown on the getting-started page: lesson 1's server decoding the bytes as latin1. */
const sample = { lesson: '01-single-echo', check: 'server-echo', fixture: 'echo-as-latin1' };

export function sampleFailureRecording(): Recording<SampleFailure> {
  return {
    file: path.join(diagramsFolder, 'sample-failure.json'),
    async record() {
      const lesson = findLesson(sample.lesson)!;
      const check = lesson.checks.find((candidate) => candidate.slug === sample.check)!;
      const fixture = unitOf(lesson).mistakes.find((candidate) => candidate.name === sample.fixture);
      if (!fixture) throw new Error(`no broken fixture ${sample.fixture} for ${lesson.dir}: pick another sample failure`);
      const result = await runCheck(await prepareLesson(lesson, await materialize(lesson, fixture), [check.role]), check);
      if (result.status !== 'failed') throw new Error(`fixture ${fixture.name} no longer fails ${check.id}: pick another sample failure`);
      return {
        lesson: lesson.dir,
        check: check.id,
        fixture: fixture.name,
        regenerate: regenerateCommand,
        message: result.message ?? '',
        ...(result.expected === undefined ? {} : { expected: result.expected }),
        ...(result.actual === undefined ? {} : { actual: result.actual }),
        events: normaliseTranscript(result.transcript, lesson.defaultPort, { keepTimes: true, keepSentBytes: true }),
      };
    },
    canonical: (data) =>
      [data.check, data.fixture, data.message, data.expected, data.actual, canonicalForm(data.events), JSON.stringify(replayOf(data))].join('\n'),
  };
}

/** The replay line the page shows under the sample failure. */
function replayOf(data: SampleFailure) {
  const check = findCheck(data.check);
  return check && planReplay(check, data.events);
}

/** Everything `npm run docs:diagrams` writes. */
export function recordings(): Recording<DiagramData | SampleFailure>[] {
  return [...lessons.map(diagramRecording), sampleFailureRecording()] as Recording<DiagramData | SampleFailure>[];
}

/** The committed version of a recording, or undefined when it was never recorded. */
export function readRecording<T>(recording: Recording<T>): T | undefined {
  return existsSync(recording.file) ? (JSON.parse(readFileSync(recording.file, 'utf8')) as T) : undefined;
}
