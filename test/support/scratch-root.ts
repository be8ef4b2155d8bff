// The folder every grading test's scratch folders live in (test/grade/grade-support.ts):
// made before a run's tests start, and removed with all it holds when the run
// ends, whether its tests passed or failed, so that runs leave nothing in /tmp.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    scratchRoot: string;
  }
}

export default async function makeScratchRoot(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(tmpdir(), 'workbook-tests-'));
  project.provide('scratchRoot', root);
  return () => rm(root, { recursive: true, force: true });
}
