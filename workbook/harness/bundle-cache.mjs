// A bundle built by esbuild, reused while every file that went into it is
// unchanged. The lesson runner's own code (see workbook/cli/launch.mjs) and the
// learner's programs (see build-program.ts) are both started this way: loading
// esbuild and building costs more than everything else a quick run does, and a
// file's content hash, not its time stamp, says whether it changed, so a stale
// bundle is never used. Plain JavaScript, because the launcher imports it
// before anything can transpile TypeScript.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Returns the path of an up-to-date bundle of `entry`.
 * - `cacheDir`: where bundles and manifests are kept;
 * - `manifestName`: the manifest's file name, one per entry;
 * - `options`: esbuild's build options (entry, bundle and output are set here);
 * - `filesToHashFirst`: called before a build; the files it names are hashed
 *   before esbuild reads them (one saved while esbuild runs then differs from
 *   its recorded hash, and the next run builds again); others are hashed once
 *   the build is done.
 * esbuild's own error is thrown when the build fails.
 */
export async function cachedBundle({ entry, cacheDir, manifestName, options = {}, filesToHashFirst = () => [entry] }) {
  const manifestFile = path.join(cacheDir, manifestName);
  const manifest = readManifest(manifestFile);
  if (manifest && manifest.inputs.every(([file, hash]) => hashOf(file) === hash) && existsSync(path.join(cacheDir, manifest.bundle))) {
    return path.join(cacheDir, manifest.bundle);
  }
  const before = new Map(filesToHashFirst().map((file) => [path.resolve(file), hashOf(file)]));
  const { build } = await import('esbuild');
  const result = await build({
    ...options,
    entryPoints: [entry],
    bundle: true,
    metafile: true,
    write: false,
  });
  const code = result.outputFiles[0].text;
  const name = `${path.basename(entry).replace(/\.[cm]?[jt]s$/, '')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const inputs = Object.keys(result.metafile.inputs).map((file) => {
    const absolute = path.resolve(file);
    return [absolute, before.get(absolute) ?? hashOf(absolute)];
  });
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(path.join(cacheDir, name), code);
  writeAtomically(manifestFile, JSON.stringify({ bundle: name, inputs }));
  return path.join(cacheDir, name);
}

function readManifest(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The file's content hash, or `missing`. */
export function hashOf(file) {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('base64url');
  } catch {
    return 'missing';
  }
}

/** Written under a unique name and renamed: two runs building at once never see half a file. */
function writeAtomically(file, text) {
  const temporary = `${file}.${randomUUID()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
