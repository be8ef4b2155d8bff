import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmdirSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { childCgroup, createCgroup, removeCgroup, type Cgroup } from '../harness/cgroup.ts';
import { showBytes, type ProgramLimits } from '../harness/program-limits.ts';
import { UsageError } from './usage-error.ts';

// How much of the machine a submission may take. Each learner's program gets
// a memory limit and a process limit of its own, held by the kernel (cgroup v2,
// or v1's memory and pids controllers) where the grader may create groups: as
// root, or in a group delegated to it. Where it may not, only each program's
// JavaScript heap is limited, and the grader says so.
//
// The groups of one submission:
//   socket-workbook/<grader pid>-<submission>-<random>/   the submission's total
//     grader/      the worker (and bwrap), with the reference peers
//     programs/    handed to the worker, which makes one group per program in it

export const defaultMemoryBytes = 512 * 2 ** 20;
export const defaultMaxProcesses = 64;

/** The limits asked for on the command line. */
export interface LimitChoice {
  memoryBytes: number;
  maxProcesses: number;
}

export const defaultLimits: LimitChoice = { memoryBytes: defaultMemoryBytes, maxProcesses: defaultMaxProcesses };

export interface ResourceLimits extends LimitChoice {
  /** The folder under which every submission gets its group; absent when the kernel's limits are not available. */
  cgroupRoot?: Cgroup;
  /** One line for the terminal: which limits are in force. */
  summary: string;
  /** Set when limits are reduced: say it where the instructor will see it. */
  warning?: string;
}

/** One submission's groups, ready for its worker. */
export interface SubmissionLimits {
  /** The group the worker starts in; absent without cgroups. */
  grader?: Cgroup;
  /** The limits the worker applies to every program; `cgroup` is the host's folder for its programs. */
  programs: ProgramLimits;
  /** Kills anything left in the submission's groups and removes them. */
  remove(): Promise<void>;
}

/** `512M`, `512MiB`, `1.5g`, `2GiB`; a bare number is MiB. */
export function parseSize(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (!match) throw new UsageError(`${option}: "${text}" is not a size (such as 512M or 1.5G)`);
  const unit = { '': 2 ** 20, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.round(Number(match[1]) * unit);
  // Node itself needs about 40 MiB to start; less than this fails every program.
  if (bytes < 64 * 2 ** 20) throw new UsageError(`${option}: ${text} is too little for a Node program (at least 64M)`);
  return bytes;
}

/** A Node program alone counts about ten (its threads count as the kernel counts them). */
export const minProcesses = 16;

export function parseProcessCount(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minProcesses) {
    throw new UsageError(`${option}: "${text}" is not a whole number of at least ${minProcesses} (a Node program alone counts about ten)`);
  }
  return value;
}

const groupFolder = 'socket-workbook';

/** Finds where the grader may create groups here, and says which limits will hold. */
export async function chooseLimits(choice: LimitChoice): Promise<ResourceLimits> {
  const asked = `${showBytes(choice.memoryBytes)} of memory and ${choice.maxProcesses} processes`;
  const cgroupRoot = await findCgroupRoot();
  if (cgroupRoot) {
    await removeStaleGroups(cgroupRoot);
    return { ...choice, cgroupRoot, summary: `each program may use ${asked} (held by cgroup v${cgroupRoot.version})` };
  }
  const warning =
    `no cgroup with the memory and pids controllers can be created here (run as root, or in a delegated cgroup), ` +
    `so each program's JavaScript heap is limited to ${showBytes(choice.memoryBytes)} but its other memory and its processes are not limited.`;
  return { ...choice, summary: `each program's JavaScript heap may use ${showBytes(choice.memoryBytes)}; memory outside it and processes are not limited`, warning };
}

/**
 * The cgroup folders the kernel offers with memory and pids control, tried in
 * turn: cgroup v2 (mounted at /sys/fs/cgroup, or beside v1 at
 * /sys/fs/cgroup/unified), then v1's own trees. One counts only when a group
 * can really be made in it.
 */
async function findCgroupRoot(): Promise<Cgroup | undefined> {
  const candidates: Cgroup[] = [];
  for (const base of ['/sys/fs/cgroup', '/sys/fs/cgroup/unified']) {
    const controllers = (await readFile(path.join(base, 'cgroup.controllers'), 'utf8').catch(() => '')).split(/\s+/);
    if (controllers.includes('memory') && controllers.includes('pids')) candidates.push({ version: 2, memory: base, pids: base });
  }
  if (existsSync('/sys/fs/cgroup/memory/memory.limit_in_bytes') && existsSync('/sys/fs/cgroup/pids/cgroup.procs')) {
    candidates.push({ version: 1, memory: '/sys/fs/cgroup/memory', pids: '/sys/fs/cgroup/pids' });
  }
  for (const base of candidates) {
    try {
      const root = childCgroup(base, groupFolder);
      for (const folder of new Set([root.memory, root.pids])) await mkdir(folder, { recursive: true });
      if (base.version === 2) {
        await writeFile(path.join(base.memory, 'cgroup.subtree_control'), '+memory +pids');
        await writeFile(path.join(root.memory, 'cgroup.subtree_control'), '+memory +pids');
      }
      const probe = await createCgroup(root, `probe-${process.pid}-${randomBytes(4).toString('hex')}`, { memoryBytes: 64 * 2 ** 20, maxProcesses: 16 });
      await removeCgroup(probe);
      return root;
    } catch {
      // Not ours to use (read-only, not delegated): try the next.
    }
  }
  return undefined;
}

/** Groups left by a grader that was killed: its pid is in their name and no longer runs. */
async function removeStaleGroups(root: Cgroup): Promise<void> {
  const names = new Set([...(await readdir(root.memory).catch(() => [])), ...(await readdir(root.pids).catch(() => []))]);
  for (const name of names) {
    const pid = Number(/^(?:probe-)?(\d+)-/.exec(name)?.[1]);
    if (!pid || isRunning(pid)) continue;
    await removeCgroup(childCgroup(root, name)).catch(() => {
      // Still busy: the next run tries again.
    });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Groups of submissions being graded, removed if the grader is interrupted.
const liveGroups = new Set<Cgroup>();
process.once('exit', () => {
  for (const group of liveGroups) removeEmptyTreeSync(group);
});

/**
 * Makes one submission's groups. Its total is what all its checks running at
 * once may take (plus one program's worth for the worker): the bound that
 * holds even for a program that rewrites its own group's limits.
 */
export async function prepareSubmissionLimits(limits: ResourceLimits, label: string, concurrency: number): Promise<SubmissionLimits> {
  const programs: ProgramLimits = { memoryBytes: limits.memoryBytes, maxProcesses: limits.maxProcesses };
  if (!limits.cgroupRoot) return { programs, remove: () => Promise.resolve() };
  const name = `${process.pid}-${label}-${randomBytes(4).toString('hex')}`;
  const total = await createCgroup(
    limits.cgroupRoot,
    name,
    { memoryBytes: limits.memoryBytes * (concurrency + 1), maxProcesses: limits.maxProcesses * (concurrency + 1) },
    true,
  );
  liveGroups.add(total);
  const remove = async () => {
    await removeCgroup(total);
    liveGroups.delete(total);
  };
  try {
    const grader = await createCgroup(total, 'grader', {});
    const programsGroup = await createCgroup(total, 'programs', {}, true);
    return { grader, programs: { ...programs, cgroup: programsGroup }, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** At exit nothing can wait: remove what is already empty; the next run removes the rest. */
function removeEmptyTreeSync(group: Cgroup): void {
  for (const folder of new Set([group.memory, group.pids])) {
    const remove = (dir: string) => {
      try {
        for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) remove(path.join(dir, entry.name));
        rmdirSync(dir);
      } catch {
        // Busy or gone.
      }
    };
    remove(folder);
  }
}
