import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Message } from 'esbuild';
import { ProgramError } from './failure.ts';

// A lesson program is TypeScript. Transpiling it once with esbuild (what tsx uses
// inside) and starting plain `node` is about three times faster than starting
// `node --import tsx` for every check, and it turns a syntax error into one
// precise message before any check runs.

const buildDir = process.env.WORKBOOK_BUILD_DIR ?? path.join(tmpdir(), `socket-workbook-${process.getuid?.() ?? 'user'}`, 'builds');

const inFlight = new Map<string, Promise<string>>();

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
    const temporary = `${out}.${process.pid}.tmp`;
    await writeFile(temporary, code);
    await rename(temporary, out);
  }
  return out;
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
