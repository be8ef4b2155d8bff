import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { buildProgram } from '../../workbook/harness/build-program.ts';
import { waitForReady } from '../../workbook/harness/check-context.ts';
import { spawnLesson, type LessonProcess } from '../../workbook/harness/spawn-lesson.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { Transcript } from '../../workbook/harness/transcript.ts';

// For tests that run the command lines a learner is shown (the pages' `nc`
// lines, a failure's replay line), as written, against a reference solution.

/** Whether `nc` is OpenBSD netcat (Debian's and Ubuntu's), the one whose lines the workbook prints with `-N`. */
export function hasOpenBsdNetcat(): boolean {
  try {
    return /OpenBSD netcat/.test(execFileSync('sh', ['-c', 'nc -h 2>&1; true'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

/**
 * Starts the reference solution's server of lesson folder `dir` on a free
 * port. Kill it when the test is done: pass it to `onTestFinished`.
 */
export async function startSolutionServer(dir: string): Promise<{ server: LessonProcess; port: number }> {
  const server = await spawnLesson({
    name: 'reference server',
    program: await buildProgram(path.join(repoRoot, 'solutions', dir, 'server.ts')),
    transcript: new Transcript(),
    env: { PORT: '0' },
  });
  try {
    const [, port] = await waitForReady(server);
    return { server, port };
  } catch (error) {
    await server.kill();
    throw error;
  }
}

/** Runs one command line with `sh`, feeding it `typed`, and returns its stdout; it must end within 5 s. */
export function runShell(command: string, typed = ''): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`\`${command}\` did not end within 5 s (does nc send its FIN at the end of its input?)`));
    }, 5000);
    child.on('error', reject);
    // A command that does not read its input can end before the input is
    // written (a busy machine may hold this process up for that long). What it
    // printed is the answer; a write to its closed stdin is not an error.
    child.stdin.on('error', () => {});
    child.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    child.stdin.end(typed);
  });
}
