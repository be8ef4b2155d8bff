// Some of the suite's work has no timing to keep, such as type-checking. It
// runs at the lowest CPU priority, so that on a busy machine it waits for the
// checks and never the other way round: the programs under test run 10 steps
// below the harness (see spawn-lesson.ts), and this work 9 steps below them.
// (The site's build and the browser need not: they run after the checks.)

/** How much `nice` lowers the priority: such work then mostly gets what the checks leave free. */
const niceness = '19';

/** The command line that runs `command` at a lower priority. */
export function inBackground(command: string, args: string[]): [string, string[]] {
  return ['nice', ['-n', niceness, command, ...args]];
}
