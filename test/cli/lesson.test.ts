// `npm run lesson` as a learner uses it: verdicts, next steps, clear errors, status, play and watch.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { printedText } from '../../workbook/bench/printed-text.ts';
import { findLesson } from '../../workbook/catalogue.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { processesMentioning } from '../support/processes.ts';
import { runCli, startCli, temporaryFolder } from '../support/run-cli.ts';

/** A lessons-layout tree holding a copy of lesson 1's solution, with its own state and build folders. */
async function lessonOneTree(onTestFinished: (fn: () => Promise<void>) => void) {
  const folder = await temporaryFolder('workbook-cli', onTestFinished);
  const tree = path.join(folder, 'lessons');
  await mkdir(tree);
  await cp(path.join(repoRoot, 'solutions', '01-single-echo'), path.join(tree, '01-single-echo'), { recursive: true });
  const env = { WORKBOOK_STATE_DIR: path.join(folder, 'state'), WORKBOOK_BUILD_DIR: path.join(folder, 'builds') };
  return { tree, env, buildDir: env.WORKBOOK_BUILD_DIR, server: path.join(tree, '01-single-echo', 'server.ts'), client: path.join(tree, '01-single-echo', 'client.ts') };
}

const noStackTrace = /^\s+at .+:\d+:\d+/m;

/** How many checks lessons 1 and 2 have. */
const lessonOneChecks = findLesson(1)!.checks.length;
const lessonTwoChecks = findLesson(2)!.checks.length;

describe.concurrent('npm run lesson', () => {
  test('passes every check of a solution and points to the next lesson', async () => {
    const result = await runCli('lesson', ['1', '--solution']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`All ${lessonOneChecks} checks pass.`);
    expect(result.stdout).toContain('Next: lesson 2 · The communication loop — npm run lesson 2');
  });

  test('explains a failure with the conversation, the expectation and the hint, and exits 1', async ({ onTestFinished }) => {
    const { tree, env, server } = await lessonOneTree(onTestFinished);
    const source = await readFile(server, 'utf8');
    await writeFile(server, source.replace('socket.end(data);', "socket.end(data.toString('latin1'));"));
    const result = await runCli('lesson', ['1', '--dir', tree], { env });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('✗ 01/server-echo  sends back the exact bytes of the first message');
    expect(result.stdout).toMatch(/reference client → your server\s+"你好，socket！" \(18 bytes\)/);
    expect(result.stdout).toMatch(/expected\s+"你好，socket！"/);
    expect(result.stdout).toContain('hint: Write the Buffer');
    expect(result.stdout).toContain(`${lessonOneChecks - 1} of ${lessonOneChecks} checks pass`);
  });

  test('prints under a failure how to replay it by hand, in either language, in plain text off a terminal', async ({ onTestFinished }) => {
    const { tree, env, server } = await lessonOneTree(onTestFinished);
    const source = await readFile(server, 'utf8');
    await writeFile(server, source.replace('socket.end(data);', "socket.end(data.toString('latin1'));"));
    const replay = [`    npx tsx ${tree}/01-single-echo/server.ts`, "    printf '你好，socket！' | nc 127.0.0.1 9001"].join('\n');
    const english = await runCli('lesson', ['1', '--dir', tree], { env });
    expect(english.stdout).toContain(`  by hand: start your server, then replay the check's client in a second terminal:\n${replay}\n`);
    expect(english.stdout).not.toContain('\x1b[');
    const chinese = await runCli('lesson', ['1', '--dir', tree, '--lang', 'zh'], { env });
    expect(chinese.stdout).toContain(`  手动重现: 启动你的服务器，再在另一个终端里重放检查的客户端：\n${replay}\n`);
  });

  test('speaks Chinese when asked', async () => {
    const result = await runCli('lesson', ['2', '--solution', '--lang', 'zh']);
    expect(result.stdout).toContain(`全部 ${lessonTwoChecks} 项检查通过。`);
  });

  test('answers an unknown lesson with one sentence and exit code 2', async () => {
    const result = await runCli('lesson', ['42']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toMatch(/^There is no lesson "42": lessons are numbered 1 to \d+\. Run `npm run lesson` to list them\.$/);
  });

  test('answers an unknown option with usage and exit code 2', async () => {
    const result = await runCli('lesson', ['1', '--colour']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Usage: npm run lesson');
    expect(result.stderr).not.toMatch(noStackTrace);
  });

  test('names the place of a syntax error and a missing file, without a stack trace', async ({ onTestFinished }) => {
    const { tree, env, server } = await lessonOneTree(onTestFinished);
    await writeFile(server, "import net from 'node:net';\nconst server = net.createServer(;\n");
    await rm(path.join(tree, '01-single-echo', 'client.ts'));
    const result = await runCli('lesson', ['1', '--dir', tree], { env });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/✗ .*01-single-echo\/server\.ts:2:\d+: Unexpected "?;"?/);
    expect(result.stdout).toContain('> 2 | const server = net.createServer(;');
    expect(result.stdout).toMatch(/✗ .*01-single-echo\/client\.ts does not exist\./);
    expect(result.stdout + result.stderr).not.toMatch(noStackTrace);
  });

  test('colours verdicts and highlights code on a colour terminal, and not otherwise', async ({ onTestFinished }) => {
    const { tree, env, server } = await lessonOneTree(onTestFinished);
    await writeFile(server, "import net from 'node:net';\nconst server = net.createServer(;\n");
    const coloured = await runCli('lesson', ['1', '--dir', tree], { env: { ...env, NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\x1b\[[0-9;]*m✗/);
    expect(coloured.stdout).toMatch(/> 2 \| \x1b\[[0-9;]+mconst/); // shiki colours the keyword
    const plain = await runCli('lesson', ['1', '--dir', tree], { env });
    expect(plain.stdout).not.toContain('\x1b[');
  });

  test('lists each lesson as not started, then with the verdict of its current files', async ({ onTestFinished }) => {
    const { tree, env, server } = await lessonOneTree(onTestFinished);
    const before = await runCli('lesson', ['--dir', tree], { env });
    expect(before.stdout).toMatch(/1 {2}The single echo\s+· not started/);
    expect(before.stdout).toContain('Next to do: lesson 1');

    await runCli('lesson', ['1', '--dir', tree], { env });
    const passed = await runCli('lesson', ['--dir', tree], { env });
    expect(passed.stdout).toMatch(/1 {2}The single echo\s+✓ passed/);
    expect(passed.stdout).toContain('Next to do: lesson 2');

    // An edit since the last check is checked again, never shown stale.
    const source = await readFile(server, 'utf8');
    await writeFile(server, source.replace("  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);\n", ''));
    const edited = await runCli('lesson', ['--dir', tree], { env });
    // The log's own check fails, and the two that wait for the log before they go on.
    expect(edited.stdout).toMatch(new RegExp(`1 {2}The single echo\\s+✗ failing \\(${lessonOneChecks - 3}/${lessonOneChecks} checks\\)`));
  });

  test('shows every hint of a lesson', async () => {
    const result = await runCli('lesson', ['3', '--hint']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Hints for lesson 3 · The connection loop');
    expect(result.stdout).toContain('(03/serves-five-waiting-clients)');
    expect(result.stdout).toContain('pauseOnConnect');
  });

  test('plays a server with a reference client fed from the terminal, and leaves nothing behind', async ({ onTestFinished }) => {
    const { tree, env, buildDir } = await lessonOneTree(onTestFinished);
    const result = await runCli('lesson', ['1', '--play', '--dir', tree], { env, input: 'hello 你好\n' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/reference client → your server\s+"hello 你好"/);
    expect(result.stdout).toMatch(/your server → reference client\s+"hello 你好"/);
    expect(result.stdout).toMatch(/your server\s+exited with code 0/);
    expect(processesMentioning(buildDir)).toEqual([]);
  });

  test('plays a client with a reference server', async ({ onTestFinished }) => {
    const { tree, env, buildDir } = await lessonOneTree(onTestFinished);
    const result = await runCli('lesson', ['1', '--play', 'client', '--dir', tree], { env, input: '' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/your client → reference server\s+"你好"/);
    expect(result.stdout).toMatch(/your client\s+prints\s+你好/);
    expect(processesMentioning(buildDir)).toEqual([]);
  });

  test("checks again on every save, only the changed program's checks, and stops everything on Ctrl-C", async ({ onTestFinished }) => {
    const { tree, env, server, client, buildDir } = await lessonOneTree(onTestFinished);
    const watcher = startCli('lesson', ['1', '--watch', '--dir', tree], { env });
    const output = printedText(watcher.stdout!, 45_000);
    await output.printed(`All ${lessonOneChecks} checks pass.`);
    const source = await readFile(server, 'utf8');
    await writeFile(server, source.replace("process.on(signal, () => {\n    server.close();", "process.on(signal, () => {\n    throw new Error('no');"));
    // Both signals now crash it; the client has not changed, so its checks are not run again.
    await output.printed(`${lessonOneChecks - 2} of ${lessonOneChecks} checks pass`);
    expect(output.text).toContain("client.ts unchanged since the last run: its checks' verdicts are kept, not run again.");
    // Now the client refuses badly; the server's two failures are kept from the run before.
    const clientSource = await readFile(client, 'utf8');
    await writeFile(client, clientSource.replace("socket.on('error', (error: NodeJS.ErrnoException) => {", "socket.on('no-such-event', (error: NodeJS.ErrnoException) => {"));
    await output.printed(`${lessonOneChecks - 3} of ${lessonOneChecks} checks pass`);
    expect(output.text).toContain("server.ts unchanged since the last run: its checks' verdicts are kept, not run again.");
    expect(output.text).toMatch(/✗ 01\/client-refused/);
    watcher.kill('SIGINT');
    const result = await watcher;
    expect(result.exitCode).toBe(0);
    expect(processesMentioning(buildDir)).toEqual([]);
  });
});
