import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lesson } from '../catalogue.ts';
import { shellQuote } from '../report/shell.ts';
import { collectGraderFiles } from './gradescope-bundle.ts';

// PrairieLearn grades in a Docker image the course names in a question's
// info.json (`externalGradingOptions`): it copies the student's files to
// /grade/student, runs the entrypoint, and reads /grade/results/results.json.
// Grading jobs have no network by default, so the image holds the grader with
// its npm packages installed, and the entrypoint only runs it.

/** Where the grader lives in the image. */
export const imageHome = '/workbook';
export const entrypointName = 'run-prairielearn';

export interface PrairieLearnGraderOptions {
  lessons: Lesson[];
  /** The image's name on a registry PrairieLearn pulls from, such as `my-course/socket-workbook-grader`. */
  image: string;
  /** PrairieLearn's limit for one grading job, in seconds (at most 600). */
  timeoutSeconds: number;
  /** Grading options for every submission (checked by the caller). */
  gradeArgs: string[];
}

const dockerfile = `# The PrairieLearn grading image for the socket workbook: Node.js 20, bubblewrap
# for the grader's sandbox (used where the container allows it), and the grader
# with its npm packages, installed now because grading jobs have no network.
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends bubblewrap && rm -rf /var/lib/apt/lists/*
COPY . ${imageHome}
WORKDIR ${imageHome}
RUN npm install --no-audit --no-fund && chmod +x ${entrypointName}
`;

/**
 * The entrypoint: grades `<root>/student` (root is /grade unless given) into
 * `<root>/results/results.json`. A question graded on one lesson lets students
 * upload that lesson's files (server.ts, client.ts) flat; they are put in
 * their lesson's folder first.
 */
function entrypoint(options: PrairieLearnGraderOptions): string {
  const single = options.lessons.length === 1 ? options.lessons[0]!.dir : '';
  const command = ['node --import tsx workbook/cli/grade.ts "$submission" --format prairielearn --out "$scratch/grades"', ...options.gradeArgs.map(shellQuote)];
  return `#!/usr/bin/env bash
# PrairieLearn runs this for every submission. The first argument replaces
# /grade (for trying it out elsewhere).
set -euo pipefail
root="\${1:-/grade}"
workbook="$(cd "$(dirname "\${BASH_SOURCE[0]}")" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
submission="$root/student"
single_lesson=${shellQuote(single) || "''"}
if [ -n "$single_lesson" ] && [ ! -d "$submission/lessons" ] && [ ! -d "$submission/$single_lesson" ]; then
  mkdir -p "$scratch/student/lessons/$single_lesson"
  cp -R "$submission/." "$scratch/student/lessons/$single_lesson/"
  submission="$scratch/student"
fi
mkdir -p "$root/results"
cd "$workbook"
${command.join(' ')}
cp "$scratch/grades/prairielearn/student/results.json" "$root/results/results.json"
`;
}

/** The part of a question's info.json that turns external grading on with this image. */
export function externalGradingOptions(options: PrairieLearnGraderOptions): object {
  return {
    externalGradingOptions: {
      enabled: true,
      image: options.image,
      entrypoint: `${imageHome}/${entrypointName}`,
      timeout: options.timeoutSeconds,
    },
  };
}

/** Writes `<out>/image/` (the image's build folder) and `<out>/info.json`; returns what it wrote. */
export async function writePrairieLearnGrader(out: string, options: PrairieLearnGraderOptions): Promise<string[]> {
  const image = path.join(out, 'image');
  const files = new Map(await collectGraderFiles());
  files.set('Dockerfile', Buffer.from(dockerfile));
  files.set(entrypointName, Buffer.from(entrypoint(options)));
  for (const [name, bytes] of files) {
    const file = path.join(image, ...name.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  await chmod(path.join(image, entrypointName), 0o755);
  const info = path.join(out, 'info.json');
  await writeFile(info, `${JSON.stringify(externalGradingOptions(options), null, 2)}\n`);
  return [image, info];
}
