import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { limits } from './limits.ts';

// The kernel's own limits on a group of processes: control groups. cgroup v2
// keeps every controller in one folder per group; cgroup v1 has one folder per
// controller (memory, pids), each a tree of its own. A `Cgroup` names the
// folders of one group, so the rest of the code does not care which it is.

export interface Cgroup {
  version: 1 | 2;
  /** The group's folder in the memory controller's tree (v2: the group's only folder). */
  memory: string;
  /** The group's folder in the pids controller's tree (v2: the same as `memory`). */
  pids: string;
}

export interface CgroupLimits {
  memoryBytes?: number;
  /** Processes and threads, as the kernel counts them (a Node program is about ten). */
  maxProcesses?: number;
}

/** What the kernel had to stop in a group. */
export interface CgroupEvents {
  /** The kernel killed a process because the group reached its memory limit. */
  memory: boolean;
  /** A fork failed because the group reached its process limit. */
  processes: boolean;
}

function folders(group: Cgroup): string[] {
  return group.version === 2 ? [group.memory] : [group.memory, group.pids];
}

/** The group `name` inside `parent`, same version. */
export function childCgroup(parent: Cgroup, name: string): Cgroup {
  return { version: parent.version, memory: path.join(parent.memory, name), pids: path.join(parent.pids, name) };
}

/**
 * Creates `name` inside `parent` with `limits`. With `delegate`, its own
 * children get the memory and pids controllers too (v2 asks for that
 * explicitly; v1 always does).
 */
export async function createCgroup(parent: Cgroup, name: string, groupLimits: CgroupLimits, delegate = false): Promise<Cgroup> {
  const group = childCgroup(parent, name);
  for (const folder of folders(group)) await mkdir(folder);
  const { memoryBytes, maxProcesses } = groupLimits;
  if (memoryBytes !== undefined) {
    if (group.version === 2) {
      await writeFile(path.join(group.memory, 'memory.max'), String(memoryBytes));
      // Swapping out would let a program hold more than its limit, slowly.
      await writeFileIfThere(path.join(group.memory, 'memory.swap.max'), '0');
    } else {
      await writeFile(path.join(group.memory, 'memory.limit_in_bytes'), String(memoryBytes));
      await writeFileIfThere(path.join(group.memory, 'memory.memsw.limit_in_bytes'), String(memoryBytes));
    }
  }
  if (maxProcesses !== undefined) await writeFile(path.join(group.pids, 'pids.max'), String(maxProcesses));
  if (delegate && group.version === 2) await writeFile(path.join(group.memory, 'cgroup.subtree_control'), '+memory +pids');
  return group;
}

async function writeFileIfThere(file: string, text: string): Promise<void> {
  if (existsSync(file)) await writeFile(file, text);
}

/**
 * The command line that runs `command` inside `group`: a shell moves itself
 * into the group and then becomes the command (same pid), so that the program
 * is inside before it runs a single instruction of its own.
 */
export function joinCgroupCommand(group: Cgroup, command: string[]): string[] {
  const procs = folders(group).map((folder) => path.join(folder, 'cgroup.procs'));
  const script = 'for f in "$@"; do [ "$f" = -- ] && break; echo $$ > "$f" || exit 125; shift; done; shift; exec "$@"';
  return ['/bin/sh', '-c', script, 'sh', ...procs, '--', ...command];
}

/** What the kernel stopped in the group (counted since it was created). */
export async function readCgroupEvents(group: Cgroup): Promise<CgroupEvents> {
  const memoryFile = group.version === 2 ? 'memory.events' : 'memory.oom_control';
  const [memory, pids] = await Promise.all([
    readCounters(path.join(group.memory, memoryFile)),
    readCounters(path.join(group.pids, 'pids.events')),
  ]);
  return { memory: (memory.get('oom_kill') ?? 0) > 0, processes: (pids.get('max') ?? 0) > 0 };
}

/** A flat-keyed cgroup file (`name value` per line); empty when it cannot be read. */
async function readCounters(file: string): Promise<Map<string, number>> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return new Map(
    text
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields.length === 2)
      .map(([name, value]) => [name!, Number(value)]),
  );
}

/** Pids of every process in the group and the groups below it. */
async function processesIn(folder: string): Promise<number[]> {
  const own = (await readFile(path.join(folder, 'cgroup.procs'), 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map(Number);
  const below = await Promise.all((await subgroups(folder)).map(processesIn));
  return [...own, ...below.flat()];
}

async function subgroups(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(folder, entry.name));
}

/**
 * Kills every process in the group and below, and removes the group and its
 * subgroups once they are empty. A process that forks while it is being
 * killed lands in the group too, so this kills again until nothing is left;
 * the wait is bounded, and a group that stays busy is left (and said so).
 */
export async function removeCgroup(group: Cgroup): Promise<void> {
  const deadline = performance.now() + limits.reapMs;
  for (const folder of folders(group)) {
    if (!existsSync(folder)) continue;
    for (;;) {
      for (const pid of await processesIn(folder)) killProcess(pid);
      if (await removeTree(folder)) break;
      if (performance.now() > deadline) throw new Error(`could not remove ${folder}: processes are still in it`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/** Removes a group's folder, deepest first; false while a process is still in it. */
async function removeTree(folder: string): Promise<boolean> {
  for (const below of await subgroups(folder)) if (!(await removeTree(below))) return false;
  try {
    await rmdir(folder);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return true;
    if (code === 'EBUSY') return false;
    throw error;
  }
}

function killProcess(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
