// `npm run docs:diagrams`: records every real run the site shows again and
// writes the files whose conversation changed. A file that only differs in what
// two runs may legitimately differ in (see canonicalForm) is kept as it is, so
// running this twice changes nothing.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../workbook/harness/target.ts';
import { diagramsFolder, readRecording, recordings } from './record-diagram.ts';

mkdirSync(diagramsFolder, { recursive: true });
for (const recording of recordings()) {
  const file = path.relative(repoRoot, recording.file);
  let recorded;
  try {
    recorded = await recording.record();
  } catch (error) {
    // One lesson that cannot be recorded yet must not stop the others.
    console.error(`failed     ${file}: ${(error as Error).message}`);
    process.exitCode = 1;
    continue;
  }
  const committed = readRecording(recording);
  if (committed && recording.canonical(committed) === recording.canonical(recorded)) {
    console.log(`unchanged  ${file}`);
    continue;
  }
  writeFileSync(recording.file, `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(`written    ${file}`);
}
