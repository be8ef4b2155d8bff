// `npm run lesson [N] [-- options]`: the learner's entry point.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findLesson, lessons, type Role } from '../catalogue.ts';
import { ProgramError } from '../harness/failure.ts';
import { repoRoot, type Target } from '../harness/target.ts';
import { PlayUnavailable, runPlay } from '../play/run-play.ts';
import { checkLesson } from '../runner/check-lesson.ts';
import { listLessons } from '../runner/list-lessons.ts';
import { pickLanguage, say, terminalOutput } from '../runner/output.ts';
import { showHints } from '../runner/show-hints.ts';
import { watchLesson } from '../runner/watch-lesson.ts';
import { CheckFailure } from '../harness/failure.ts';

const usage = `Usage: npm run lesson [N] [-- options]

  npm run lesson              every lesson with your status, and the next one to do
  npm run lesson 3            check lessons/03-… and explain what failed
  npm run lesson 3 -- --watch         check again on every save (Ctrl-C stops)
  npm run lesson 3 -- --play [role]   run your program with a reference peer on the terminal
  npm run lesson 3 -- --hint          the lesson's hints
  npm run lesson 3 -- --solution      check the reference solution instead
  npm run lesson 3 -- --dir PATH      check another folder with the lessons/ layout
Options: --lang en|zh (default from your locale), --help`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        solution: { type: 'boolean' },
        watch: { type: 'boolean' },
        play: { type: 'boolean' },
        hint: { type: 'boolean' },
        lang: { type: 'string' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const output = terminalOutput(pickLanguage(values.lang));
  const target: Target = { root: path.resolve(values.dir ?? path.join(repoRoot, values.solution ? 'solutions' : 'lessons')) };
  const remember = !values.solution;
  const [key, roleWord] = positionals;

  if (key === undefined) {
    await listLessons(target, output);
    return 0;
  }
  const lesson = findLesson(key);
  if (!lesson) {
    process.stderr.write(`${say[output.language].unknownLesson(key, lessons.at(-1)!.number)}\n`);
    return 2;
  }
  if (values.hint) {
    showHints(lesson, output);
    return 0;
  }
  if (values.play) {
    const role = (roleWord ?? lesson.roles[0]) as Role;
    if (!lesson.roles.includes(role)) {
      process.stderr.write(`Lesson ${lesson.number} has no ${roleWord}: play ${lesson.roles.join(' or ')}.\n`);
      return 2;
    }
    await runPlay(lesson, role, target, output.paint);
    return 0;
  }
  if (values.watch) {
    await watchLesson(lesson, target, output, { remember });
    return 0;
  }
  const verdict = await checkLesson(lesson, target, output, { remember });
  return verdict.passed === verdict.total ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Problems with the learner's program or the command line get one sentence, never a stack trace.
    if (error instanceof ProgramError || error instanceof PlayUnavailable || error instanceof CheckFailure) {
      process.stderr.write(`${error.message}\n`);
      if (error instanceof ProgramError && error.detail) process.stderr.write(`${error.detail}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  },
);
