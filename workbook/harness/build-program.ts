import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Message } from 'esbuild';
import { cachedBundle } from './bundle-cache.mjs';
import { ProgramError } from './failure.ts';

// A lesson program is TypeScript. Transpiling it once with esbuild (what tsx uses
// inside) and starting plain `node` is about three times faster than starting
// `node --import tsx` for every check, and it turns a syntax error into one
// precise message before any check runs. An unchanged program is not built
// again: its last build is reused without even loading esbuild.

const buildDir = process.env.WORKBOOK_BUILD_DIR ?? path.join(tmpdir(), `socket-workbook-${process.getuid?.() ?? 'user'}`, 'builds');

const inFlight = new Map<string, Promise<string>>();

/** Builds are named by content, so every edit adds one; a week-old build is no longer wanted. */
const keepBuildsMs = 7 * 24 * 60 * 60 * 1000;
/**
 * Looking at every build takes a while once there are thousands (a run of the
 * test suite adds a hundred), and it competes with the checks: it is done at
 * most once a day, as a marker file's time says.
 */
const pruneEveryMs = 24 * 60 * 60 * 1000;
let pruned = false;

async function pruneOldBuilds(): Promise<void> {
  const marker = path.join(buildDir, '.last-pruned');
  const now = Date.now();
  const last = await stat(marker).catch(() => undefined);
  if (last && now - last.mtimeMs < pruneEveryMs) return;
  await mkdir(buildDir, { recursive: true });
  await writeFile(marker, '');
  const names = (await readdir(buildDir).catch(() => [] as string[])).filter((name) => name !== '.last-pruned');
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(buildDir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && now - info.mtimeMs > keepBuildsMs) await rm(file, { force: true });
    }),
  );
}

/** Returns the path of a runnable `.mjs` built from `file`, or throws a ProgramError. */
export function buildProgram(file: string): Promise<string> {
  const key = path.resolve(file);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = bundle(key).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

async function bundle(file: string): Promise<string> {
  if (!pruned) {
    pruned = true;
    void pruneOldBuilds();
  }
  const shown = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) throw new ProgramError(`${shown} does not exist.`);
  try {
    return await cachedBundle({
      entry: file,
      cacheDir: buildDir,
      // One manifest per program file: it says which build its current sources make.
      manifestName: `${createHash('sha256').update(file).digest('hex').slice(0, 16)}.manifest.json`,
      options: {
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        sourcemap: 'inline',
        logLevel: 'silent',
        // The build lives elsewhere, but a program finds the files beside it
        // (lesson 11's `new URL('./worker.mjs', import.meta.url)`) in its own folder.
        define: sourceLocation(file),
      },
    });
  } catch (error) {
    const first = (error as { errors?: Message[] }).errors?.[0];
    if (!first) throw error;
    const at = first.location?.file ? path.relative(process.cwd(), path.resolve(first.location.file)) : shown;
    const where = first.location ? `${at}:${first.location.line}:${first.location.column + 1}` : shown;
    const source = await readFile(first.location?.file ? path.resolve(first.location.file) : file, 'utf8').catch(() => '');
    throw new ProgramError(`${where}: ${first.text}`, first.location ? codeFrame(source, first.location.line) : undefined);
  }
}

/** `import.meta` as the source file would see it, for esbuild's `define`. */
function sourceLocation(file: string): Record<string, string> {
  return {
    'import.meta.url': JSON.stringify(pathToFileURL(file).href),
    'import.meta.filename': JSON.stringify(file),
    'import.meta.dirname': JSON.stringify(path.dirname(file)),
  };
}

/** The lines around `line` (1-based), numbered, with the faulty one marked. */
export function codeFrame(source: string, line: number): string {
  const lines = source.split('\n');
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 2);
  const width = String(last).length;
  const frame: string[] = [];
  for (let n = first; n <= last; n++) {
    frame.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1]}`);
  }
  return frame.join('\n');
}
