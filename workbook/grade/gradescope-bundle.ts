import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { repoRoot } from '../harness/target.ts';
import { shellQuote } from '../report/shell.ts';

// Gradescope's autograder is a zip with setup.sh (run once, as root, when the
// image is built) and run_autograder (run for every submission) at its root;
// Gradescope unpacks it into /autograder/source, puts the submission in
// /autograder/submission and reads /autograder/results/results.json.

/** What the autograder runs at grading time: nothing else of the workbook goes in. */
export const shippedFolders = ['workbook'];
/** The npm packages grading needs, pinned to the versions installed here. */
const runtimePackages = ['tsx', 'esbuild', 'execa'];

const setupScript = `#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image:
# Node.js 20, bubblewrap for the sandbox, and the grader's npm packages.
set -euo pipefail
apt-get update
apt-get install -y ca-certificates curl bubblewrap
curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
apt-get install -y nodejs
cd /autograder/source
npm install --no-audit --no-fund
`;

/** The script Gradescope runs per submission, with the grading options chosen when the zip was built. */
function runScript(gradeArgs: string[]): string {
  const command = ['node --import tsx workbook/cli/grade.ts "$root/submission" --format gradescope,json --out "$root/results/grades"', ...gradeArgs.map(shellQuote), '"$@"'];
  return `#!/usr/bin/env bash
# Gradescope runs this for every submission: grade /autograder/submission and
# write /autograder/results/results.json. Paths are found from this script's
# own folder, so a copy of the layout elsewhere works the same (for testing).
# Extra arguments go to the grader after the options below.
set -euo pipefail
root="$(cd "$(dirname "\${BASH_SOURCE[0]}")" && pwd)"
cd "$root/source"
${command.join(' ')}
cp "$root/results/grades/gradescope/submission/results.json" "$root/results/results.json"
`;
}

const executable = { os: 3, attrs: 0o100755 << 16 };
const regular = { os: 3, attrs: 0o100644 << 16 };

/** The autograder zip, ready to upload; `gradeArgs` (such as `--lessons 1-6`) are passed to every grading. */
export async function buildGradescopeBundle(gradeArgs: string[] = []): Promise<Uint8Array> {
  const files: Zippable = {
    'setup.sh': [Buffer.from(setupScript), executable],
    run_autograder: [Buffer.from(runScript(gradeArgs)), executable],
  };
  for (const [name, bytes] of await collectGraderFiles()) files[name] = [bytes, regular];
  return zipSync(files, { level: 9, mtime: new Date('2024-01-01T00:00:00Z') });
}

/**
 * What any platform needs to grade, by path with `/` separators: the shipped
 * folders and a package.json that installs exactly the packages they run on.
 */
export async function collectGraderFiles(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>([['package.json', Buffer.from(await bundlePackageJson())]]);
  for (const folder of shippedFolders) {
    for (const file of await listFiles(path.join(repoRoot, folder))) {
      files.set(path.relative(repoRoot, file).split(path.sep).join('/'), await readFile(file));
    }
  }
  return files;
}

/** A package.json for the autograder: ES modules, and exactly the packages grading runs on. */
async function bundlePackageJson(): Promise<string> {
  const own = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { engines?: unknown; overrides?: unknown };
  const dependencies: Record<string, string> = {};
  for (const name of runtimePackages) {
    const installed = JSON.parse(await readFile(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    dependencies[name] = installed.version;
  }
  const manifest = { name: 'socket-workbook-autograder', private: true, type: 'module', engines: own.engines, dependencies };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((entry) => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return listFiles(full);
        return Promise.resolve(entry.isFile() ? [full] : []);
      }),
  );
  return nested.flat();
}
