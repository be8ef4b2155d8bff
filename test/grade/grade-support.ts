import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { inject } from 'vitest';
import { repoRoot } from '../../workbook/harness/target.ts';

// Helpers for the grader's tests: sample submissions copied to fresh folders
// (so that concurrent runs never share a path or a name) and a look at every
// process on the machine for anything a graded submission left behind.

export const samples = path.join(repoRoot, 'test', 'fixtures', 'submissions');

/** A fresh temporary folder for one test, removed when the test run ends (test/support/scratch-root.ts). */
export function scratch(): Promise<string> {
  return mkdtemp(path.join(inject('scratchRoot'), 'grade-test-'));
}

/**
 * Copies the sample submission `name` into `parent` under a name unique to
 * this run (`<name>-<random>`) and returns the copy's folder.
 */
export async function copySample(name: string, parent?: string): Promise<string> {
  const folder = path.join(parent ?? (await scratch()), `${name}-${randomBytes(4).toString('hex')}`);
  await cp(path.join(samples, name), folder, { recursive: true });
  return folder;
}

/** A submission holding the reference solution of the given lessons: what full marks look like. */
export async function referenceSubmission(parent: string, name: string, lessonDirs: string[]): Promise<string> {
  const folder = path.join(parent, name);
  for (const dir of lessonDirs) {
    await mkdir(path.join(folder, 'lessons'), { recursive: true });
    await cp(path.join(repoRoot, 'solutions', dir), path.join(folder, 'lessons', dir), { recursive: true });
  }
  return folder;
}

/** Processes whose command line contains any of `needles`, as `pid: command line`. */
export async function processesMentioning(needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let commandLine: string;
    try {
      commandLine = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0').join(' ');
    } catch {
      continue; // Gone while we looked.
    }
    if (needles.some((needle) => commandLine.includes(needle))) found.push(`${entry}: ${commandLine}`);
  }
  return found;
}

/**
 * Runs `use` with a server on the host's loopback that counts the connections
 * it gets, and a copy of the `reaches-host` sample told its port: what a
 * submission would try to reach from inside its sandbox.
 */
export async function withHostServer<T>(use: (host: { port: number; sample: string; connections: () => number }) => Promise<T>): Promise<T> {
  const server = net.createServer((socket) => socket.destroy());
  let connections = 0;
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  try {
    const { port } = server.address() as net.AddressInfo;
    const sample = await copySample('reaches-host');
    await writeFile(path.join(sample, 'lessons', '01-single-echo', 'host-port.txt'), String(port));
    return await use({ port, sample, connections: () => connections });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
