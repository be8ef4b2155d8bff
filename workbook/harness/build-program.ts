import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Message } from 'esbuild';
import { ProgramError } from './failure.ts';

// A lesson program is TypeScript. Transpiling it once with esbuild (what tsx uses
// inside) and starting plain `node` is about three times faster than starting
// `node --import tsx` for every check, and it turns a syntax error into one
// precise message before any check runs.

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
  const source = await readFile(file);
  let code: string;
  try {
    const result = await build({
      entryPoints: [file],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      write: false,
      logLevel: 'silent',
      // The build lives elsewhere, but a program finds the files beside it
      // (lesson 11's `new URL('./worker.mjs', import.meta.url)`) in its own folder.
      define: sourceLocation(file),
    });
    code = result.outputFiles[0]!.text;
  } catch (error) {
    const first = (error as { errors?: Message[] }).errors?.[0];
    if (!first) throw error;
    const where = first.location ? `${shown}:${first.location.line}:${first.location.column + 1}` : shown;
    throw new ProgramError(`${where}: ${first.text}`, first.location ? codeFrame(source.toString('utf8'), first.location.line) : undefined);
  }
  // The content hash names the output, so two checks of the same program share it
  // and a stale build can never be picked up for a changed file.
  const name = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const out = path.join(buildDir, `${path.basename(file, '.ts')}-${name}.mjs`);
  if (!existsSync(out)) {
    await mkdir(buildDir, { recursive: true });
    // Unique, so two builds of identical code never write the same temporary file.
    const temporary = `${out}.${randomUUID()}.tmp`;
    await writeFile(temporary, code);
    await rename(temporary, out);
  }
  return out;
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
