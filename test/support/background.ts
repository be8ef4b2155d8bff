// Some of the suite's work has no timing to keep: type-checking, building the
// site, rendering pages in the browser. It runs at the lowest CPU priority, so
// that on a busy machine it waits for the checks and never the other way
// round: the programs under test run 10 steps below the harness (see
// spawn-lesson.ts), and this work 9 steps below them.
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** How much `nice` lowers the priority: such work then mostly gets what the checks leave free. */
const niceness = '19';

/** The command line that runs `command` at a lower priority. */
export function inBackground(command: string, args: string[]): [string, string[]] {
  return ['nice', ['-n', niceness, command, ...args]];
}

/**
 * For tools that start a program by its path, as Playwright starts Chromium:
 * writes into `folder` a script that runs `executable` at a lower priority and
 * returns the script's path. Chromium raises the priority of its display
 * threads (nice -8) when it may, as it may when run as root (in CI): there the
 * script first takes that right away (CAP_SYS_NICE), or those threads would
 * starve every timed check on the machine.
 */
export async function backgroundExecutable(executable: string, folder: string): Promise<string> {
  const script = path.join(folder, `${path.basename(executable)}-in-background`);
  const run = `nice -n ${niceness} '${executable}' "$@"`;
  await writeFile(
    script,
    [
      '#!/bin/sh',
      `if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then exec setpriv --bounding-set=-sys_nice ${run}; fi`,
      `exec ${run}`,
      '',
    ].join('\n'),
  );
  await chmod(script, 0o755);
  return script;
}
