// `npm run grade -- …`: the instructor's entry point. Grades submissions
// (`grade`), joins sharded reports (`grade merge`), or builds what a grading
// platform runs (`gradescope-bundle`, `classroom-template`, `prairielearn-grader`);
// each lives in workbook/grade/commands/.
import { gradeUsage } from '../grade/commands/grade.ts';
import { UsageError } from '../grade/usage-error.ts';

const commands: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
  merge: async () => (await import('../grade/commands/merge.ts')).mergeCommand,
  'gradescope-bundle': async () => (await import('../grade/commands/gradescope-bundle.ts')).gradescopeBundleCommand,
  'classroom-template': async () => (await import('../grade/commands/classroom-template.ts')).classroomTemplateCommand,
  'prairielearn-grader': async () => (await import('../grade/commands/prairielearn-grader.ts')).prairieLearnGraderCommand,
};

async function main(args: string[]): Promise<number> {
  const [first, ...rest] = args;
  const load = first === undefined ? undefined : commands[first];
  if (load) return (await load())(rest);
  const { gradeCommand } = await import('../grade/commands/grade.ts');
  return gradeCommand(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A mistake on the command line gets one sentence and the usage, never a stack trace.
    const parseError = error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseError) {
      process.stderr.write(`${(error as Error).message}\n\n${gradeUsage}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  },
);
