import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Cgroup } from '../harness/cgroup.ts';
import { repoRoot } from '../harness/target.ts';
import { UsageError } from './usage-error.ts';

// Student code is untrusted. On Linux every submission runs inside bubblewrap
// (bwrap): its own network namespace (a private loopback, so parallel
// submissions never collide on ports and nothing reaches the network), its own
// pid namespace (when the worker ends, every process of the submission ends
// with it), no capabilities, a cleared environment, a small private /tmp, and
// a read-only view of the system, the grader and the submission — never of
// solutions/ or anything else in the repository.

export type SandboxChoice = 'auto' | 'bwrap' | 'none';

export interface Sandbox {
  kind: 'bwrap' | 'none';
  /** Set when isolation is reduced: say it where the instructor will see it. */
  warning?: string;
}

/** Where the worker runs inside the sandbox; the submission's lessons tree is `./lessons` there. */
export const sandboxHome = '/submission';
/** The private /tmp's size: room for the builds, not for filling the machine's memory. */
export const sandboxTmpBytes = 64 * 1024 * 1024;
const sandboxShmBytes = 1024 * 1024;

const reduced = 'isolation is reduced: student programs run as you, can read your files (solutions/ included), reach the network and leave processes behind';

/** The Node binary to run, by its real path, which the sandbox must be able to see. */
export const nodeBinary = realpathSync(process.execPath);

/** Picks the sandbox: `auto` uses bwrap when it works here and warns when it does not. */
export async function chooseSandbox(choice: SandboxChoice): Promise<Sandbox> {
  if (choice === 'none') return { kind: 'none', warning: `grading without a sandbox (--sandbox none): ${reduced}.` };
  const problem = await probeBwrap();
  if (!problem) return { kind: 'bwrap' };
  if (choice === 'bwrap') throw new UsageError(`--sandbox bwrap: ${problem}`);
  return { kind: 'none', warning: `${problem}, so ${reduced}.` };
}

/** Starts a tiny program in the sandbox; undefined when it works, else why not. */
async function probeBwrap(): Promise<string | undefined> {
  const probe = "require('net').createServer().listen(0, '127.0.0.1', function () { this.close(); })";
  const args = [...baseArguments({ PATH: '/usr/bin:/bin' }), '--', nodeBinary, '-e', probe];
  return new Promise((resolve) => {
    const child = spawn('bwrap', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += String(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(
        error.code === 'ENOENT'
          ? 'bwrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)'
          : `bwrap could not be started (${error.message})`,
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? undefined : `bwrap could not start a sandbox here (${stderr.trim().split('\n')[0] || `exit code ${code}`})`);
    });
  });
}

/** The file descriptor on which bwrap reports the sandbox's first process, as JSON. */
export const sandboxInfoFd = 3;

/**
 * The bwrap command line that runs `command` with `lessonsTree` (a host
 * folder) mounted read-only at `<sandboxHome>/lessons`, `env` as the whole
 * environment, and the sandbox home as working directory. bwrap writes the
 * pid of the sandbox's first process to `sandboxInfoFd` (see runSubmission).
 */
export function bwrapArguments(lessonsTree: string, env: Record<string, string>, command: string[], programsCgroup?: Cgroup): string[] {
  const grader = [
    path.join(repoRoot, 'workbook'),
    path.join(repoRoot, 'package.json'),
    ...nodeModules(),
  ];
  return [
    '--info-fd',
    String(sandboxInfoFd),
    // cgroup v2 lets a process move only within its cgroup namespace: keep the host's, so the worker can place its programs.
    ...baseArguments(env, programsCgroup?.version === 2),
    ...grader.flatMap((part) => ['--ro-bind', part, part]),
    ...cgroupMounts(programsCgroup),
    '--ro-bind',
    lessonsTree,
    `${sandboxHome}/lessons`,
    '--chdir',
    sandboxHome,
    '--',
    ...command,
  ];
}

/**
 * Where the worker finds the group for its programs inside the sandbox: the
 * host's folders, mounted writable, since the worker makes a group per program
 * there. A program could rewrite its own group's limits through them; the
 * submission's total, above them and not mounted, still holds it.
 */
export function cgroupInSandbox(group: Cgroup): Cgroup {
  return group.version === 2
    ? { version: 2, memory: '/limits/cgroup', pids: '/limits/cgroup' }
    : { version: 1, memory: '/limits/memory', pids: '/limits/pids' };
}

function cgroupMounts(group: Cgroup | undefined): string[] {
  if (!group) return [];
  const inside = cgroupInSandbox(group);
  const pairs = group.version === 2 ? [[group.memory, inside.memory]] : [[group.memory, inside.memory], [group.pids, inside.pids]];
  return pairs.flatMap(([host, there]) => ['--bind', host!, there!]);
}

/** Namespaces, limits, environment and the read-only system: what every sandbox has. */
function baseArguments(env: Record<string, string>, shareCgroupNamespace = false): string[] {
  const namespaces = shareCgroupNamespace
    ? ['--unshare-user-try', '--unshare-ipc', '--unshare-pid', '--unshare-net', '--unshare-uts']
    : ['--unshare-all'];
  return [
    ...namespaces,
    '--die-with-parent',
    // A new session: a program cannot push keystrokes into the instructor's terminal.
    '--new-session',
    '--cap-drop',
    'ALL',
    '--clearenv',
    ...Object.entries(env).flatMap(([name, value]) => ['--setenv', name, value]),
    ...systemMounts(),
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--size',
    String(sandboxTmpBytes),
    '--tmpfs',
    '/tmp',
    '--size',
    String(sandboxShmBytes),
    '--tmpfs',
    '/dev/shm',
  ];
}

/** The system folders (as links where the system has links) and the few /etc files Node reads. */
function systemMounts(): string[] {
  const args: string[] = [];
  for (const folder of ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32']) {
    if (!existsSync(folder)) continue;
    if (lstatSync(folder).isSymbolicLink()) args.push('--symlink', readlinkSync(folder), folder);
    else args.push('--ro-bind', folder, folder);
  }
  for (const file of ['/etc/hosts', '/etc/localtime', '/etc/nsswitch.conf', '/etc/ld.so.cache']) {
    args.push('--ro-bind-try', file, file);
  }
  // A Node installed outside /usr (nvm, a tarball) is mounted from its own prefix.
  if (!nodeBinary.startsWith('/usr/')) {
    const prefix = path.dirname(path.dirname(nodeBinary));
    args.push('--ro-bind', prefix, prefix);
  }
  return args;
}

/** node_modules, and its real location too when it is a link (as in an unpacked autograder). */
function nodeModules(): string[] {
  const modules = path.join(repoRoot, 'node_modules');
  const real = realpathSync(modules);
  return real === modules ? [modules] : [modules, real];
}
