// `node workbook/cli/launch.mjs <command> [args]`: starts `workbook/cli/<command>.ts`
// from a bundle built once and reused while its sources are unchanged.
//
// Starting through tsx transpiles every module of the workbook at every run
// (about 0.2 s before the first check); the bundle starts in milliseconds.
// Plain JavaScript, because it runs before anything can transpile TypeScript.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedBundle } from '../harness/bundle-cache.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const commands = ['lesson', 'grade', 'bench'];

const [command, ...args] = process.argv.slice(2);
if (!commands.includes(command)) {
  process.stderr.write(`usage: node workbook/cli/launch.mjs ${commands.join('|')} [args]\n`);
  process.exit(2);
}
const entry = path.join(root, 'workbook', 'cli', `${command}.ts`);
const bundle = await cachedBundle({
  entry,
  cacheDir: process.env.WORKBOOK_CLI_CACHE ?? path.join(root, 'node_modules', '.cache', 'socket-workbook', 'cli'),
  manifestName: `${command}.json`,
  filesToHashFirst: () => readdirSync(path.join(root, 'workbook'), { recursive: true }).map((file) => path.join(root, 'workbook', file)),
  options: {
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // The bundle lives in the cache, not beside its sources: the one module that
    // finds the repository from its own folder is told where that folder is.
    define: { 'import.meta.dirname': JSON.stringify(path.join(root, 'workbook', 'harness')) },
    logLevel: 'error',
  },
});
// A reader that stops early (`npm run lesson 3 -- --hint | head`) closes the
// pipe: that ends the command quietly, not with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
// The command reads its arguments from process.argv, as if it had been started directly.
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(bundle).href);
