import { createCgroup, joinCgroupCommand, readCgroupEvents, removeCgroup, type Cgroup } from './cgroup.ts';

// Limits on what one learner's program may take: its memory and its number of
// processes. The grader sets them (see workbook/grade/resource-limits.ts); a learner's
// own `npm run lesson` runs without them. Where the grader could give us a
// cgroup, each program gets a group of its own below it and the kernel holds
// the limits; where not, only Node's JavaScript heap is limited.

export interface ProgramLimits {
  memoryBytes: number;
  maxProcesses: number;
  /** The group under which every program gets its own; absent when the kernel's limits are not available. */
  cgroup?: Cgroup;
}

/** Which limit a program ran into. */
export type LimitBreach = 'memory' | 'processes';

let programLimits: ProgramLimits | undefined;
let programsStarted = 0;

/** Sets the limits for every program started from now on in this process. */
export function setProgramLimits(chosen: ProgramLimits | undefined): void {
  programLimits = chosen;
}

/** One program under its limits: how to start it, and afterwards what it ran into. */
export interface Confinement {
  command: string[];
  /** Which limit the program ran into, judged from the kernel's counters or, without them, from what it printed. */
  breach(stderrLines: string[]): Promise<LimitBreach | undefined>;
  /** Kills whatever is left of the program (children in other sessions too) and removes its group. */
  release(): Promise<void>;
}

const unconfined: Confinement = {
  command: [],
  breach: () => Promise.resolve(undefined),
  release: () => Promise.resolve(),
};

/** What V8 prints when a program's JavaScript heap reaches `--max-old-space-size`. */
const heapExhausted = /Reached heap limit|JavaScript heap out of memory/;

/** Puts a Node program (`node …args`) under the limits in force; unchanged when there are none. */
export async function confineProgram(node: string, args: string[]): Promise<Confinement> {
  const chosen = programLimits;
  if (!chosen) return { ...unconfined, command: [node, ...args] };
  if (!chosen.cgroup) {
    const heapMiB = Math.max(16, Math.floor(chosen.memoryBytes / 2 ** 20));
    return {
      command: [node, `--max-old-space-size=${heapMiB}`, ...args],
      breach: (stderrLines) => Promise.resolve(stderrLines.some((line) => heapExhausted.test(line)) ? 'memory' : undefined),
      release: () => Promise.resolve(),
    };
  }
  programsStarted += 1;
  const group = await createCgroup(chosen.cgroup, `program-${process.pid}-${programsStarted}`, {
    memoryBytes: chosen.memoryBytes,
    maxProcesses: chosen.maxProcesses,
  });
  let released: Promise<void> | undefined;
  return {
    command: joinCgroupCommand(group, [node, ...args]),
    breach: async () => {
      const events = await readCgroupEvents(group);
      if (events.memory) return 'memory';
      return events.processes ? 'processes' : undefined;
    },
    release: () => (released ??= removeCgroup(group)),
  };
}

/** The verdict for a program that ran into a limit: `your server used more than 512 MiB of memory`. */
export function describeBreach(name: string, breach: LimitBreach): string {
  const chosen = programLimits;
  if (breach === 'memory') return `${name} used more than ${showBytes(chosen?.memoryBytes ?? 0)} of memory`;
  return `${name} started more than ${chosen?.maxProcesses ?? 0} processes`;
}

/** `512 MiB`, `1.5 GiB`: sizes as the options take them. */
export function showBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(2))} ${units[unit]}`;
}
