// Some of the suite's work has no timing to keep: type-checking and building
// the site. It runs at a lower CPU priority, so that on a busy machine it
// waits for the checks, whose programs must answer within their time limits
// (a UDP client retries after 500 ms), and never the other way round.

/** How much `nice` lowers the priority: such work then mostly gets what the checks leave free. */
const niceness = '10';

/** The command line that runs `command` at a lower priority. */
export function inBackground(command: string, args: string[]): [string, string[]] {
  return ['nice', ['-n', niceness, command, ...args]];
}
