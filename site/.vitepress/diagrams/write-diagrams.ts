// `npm run docs:diagrams`: records every real run the site shows again and
// writes the files whose conversation changed. A file that only differs in what
// two runs may legitimately differ in (see canonicalForm) is kept as it is, so
// running this twice changes nothing.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../workbook/harness/target.ts';
import { diagramsFolder, readRecording, recordings, type Recording } from './record-diagram.ts';

/** How many runs must agree before a recording is written. */
const runs = 3;

/**
 * Records `runs` times and insists that every run shows the same conversation.
 * A check that stops listening before the last bytes arrive (say, it waits
 * for one client's reply but not another's) differs from run to run, and its
 * diagram would make the up-to-date test fail now and then.
 */
async function recordSteadily<T>(recording: Recording<T>): Promise<T> {
  const first = await recording.record();
  for (let run = 1; run < runs; run++) {
    if (recording.canonical(await recording.record()) !== recording.canonical(first)) {
      throw new Error('two runs of its check show different conversations: draw a check that waits for every reply it gets');
    }
  }
  return first;
}

mkdirSync(diagramsFolder, { recursive: true });
for (const recording of recordings()) {
  const file = path.relative(repoRoot, recording.file);
  let recorded;
  try {
    recorded = await recordSteadily(recording);
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
