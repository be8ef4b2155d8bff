// Building the site costs a dozen CPU-seconds, as much as a fifth of the suite.
// The build depends only on the files named below (the pages, the code they
// include, the catalogue, and the checks and fixtures that render the example
// failure) and on the installed packages, so a successful build is kept under
// the hash of those inputs and used again while they stay the same. A fresh
// clone, as in CI, always builds.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { repoRoot } from '../../workbook/harness/target.ts';

const inputs = ['site', 'lessons', 'solutions', 'workbook', 'package-lock.json', 'tsconfig.json'];
/** What VitePress itself writes below `site/`. */
const outputs = ['site/.vitepress/cache', 'site/.vitepress/dist'];
const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'socket-workbook', 'site');

export interface SiteBuild {
  ok: boolean;
  /** What the build printed (for a failure), or that a kept build was used. */
  output: string;
  /** The built site, when `ok`. */
  outDir?: string;
}

/** The built site for the current inputs: kept from an earlier run, or built now. */
export async function buildSite(): Promise<SiteBuild> {
  const key = await hashInputs();
  const kept = path.join(cacheDir, key);
  if (await isDirectory(kept)) return { ok: true, output: `used the build kept in ${kept}`, outDir: kept };

  const building = path.join(cacheDir, `.building-${randomUUID()}`);
  await mkdir(building, { recursive: true });
  const vitepress = path.join(repoRoot, 'node_modules', 'vitepress', 'bin', 'vitepress.js');
  const result = await execa(process.execPath, [vitepress, 'build', 'site', '--outDir', building], {
    cwd: repoRoot,
    reject: false,
    all: true,
    env: { NO_COLOR: '1' },
  });
  const output = result.all ?? '';
  // A failed build is never kept: it is shown, and the next run tries again.
  if (result.exitCode !== 0) {
    await rm(building, { recursive: true, force: true });
    return { ok: false, output };
  }
  try {
    await rename(building, kept);
  } catch {
    // Another run of the suite kept the same build first.
    await rm(building, { recursive: true, force: true });
  }
  await forgetOtherBuilds(key);
  return { ok: true, output, outDir: kept };
}

async function hashInputs(): Promise<string> {
  const hash = createHash('sha256').update(process.version);
  for (const input of inputs) {
    const files = (await isDirectory(path.join(repoRoot, input)))
      ? (await readdir(path.join(repoRoot, input), { recursive: true })).map((file) => path.join(input, file))
      : [input];
    for (const file of files.sort()) {
      if (outputs.some((output) => file.startsWith(output + path.sep))) continue;
      const full = path.join(repoRoot, file);
      if (!(await stat(full)).isFile()) continue;
      hash.update(`\0${file}\0`).update(await readFile(full));
    }
  }
  return hash.digest('hex').slice(0, 20);
}

/** Keeps one build: the tree's older states are not coming back often enough to be worth the disk. */
async function forgetOtherBuilds(key: string): Promise<void> {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of await readdir(cacheDir)) {
    if (name === key) continue;
    const full = path.join(cacheDir, name);
    // A build in progress belongs to another run, unless it was left behind long ago.
    if (name.startsWith('.building-') && (await stat(full)).mtimeMs > hourAgo) continue;
    await rm(full, { recursive: true, force: true });
  }
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() ?? false;
}
