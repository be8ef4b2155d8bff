// A process that runs lesson programs and is stopped by a signal (a test
// runner stopping its workers, a closed terminal) leaves none of them running.
import path from 'node:path';
import { execa } from 'execa';
import { expect, test } from 'vitest';
import { repoRoot } from '../../workbook/harness/target.ts';
import { isRunning } from '../support/processes.ts';

for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
  test(`${signal} to the process running the harness ends its programs too`, async () => {
    const user = execa(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test', 'fixtures', 'harness-users', 'starts-a-lesson.ts')], {
      cwd: repoRoot,
      reject: false,
      timeout: 30_000,
    });
    const pid = await new Promise<number>((resolve, reject) => {
      user.stdout!.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())));
      user.once('exit', () => reject(new Error('the harness user exited before starting its program')));
    });
    try {
      expect(isRunning(pid)).toBe(true);
      user.kill(signal);
      const result = await user;
      expect(result.signal).toBe(signal);
      // SIGKILL is sent before the harness user dies, but a busy kernel may not
      // have ended the program yet: nothing signals its end to us, so look
      // again, for a bounded time.
      const deadline = Date.now() + 5_000;
      while (isRunning(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(isRunning(pid)).toBe(false);
    } finally {
      if (isRunning(pid)) process.kill(-pid, 'SIGKILL');
    }
  });
}
