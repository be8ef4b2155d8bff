import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findLesson } from '../../workbook/catalogue.ts';
import { buildProgram } from '../../workbook/harness/build-program.ts';
import { CheckContext } from '../../workbook/harness/check-context.ts';
import { limits } from '../../workbook/harness/limits.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { isRunning, processesMentioning } from '../support/processes.ts';

const lesson = findLesson(1)!;
const program = (name: string) => path.join(repoRoot, 'test', 'fixtures', 'programs', `${name}.ts`);

/** A check context whose "server" is one of the harness's test programs. */
async function contextFor(name: string, onTestFinished: (fn: () => Promise<void>) => void): Promise<CheckContext> {
  const context = new CheckContext(lesson, new Map([['server', await buildProgram(program(name))]]));
  onTestFinished(() => context.cleanUp());
  return context;
}

describe.concurrent('starting a lesson program', () => {
  test('refuses output before the ready line, quoting it', async ({ onTestFinished }) => {
    const t = await contextFor('junk-before-ready', onTestFinished);
    await expect(t.startServer()).rejects.toMatchObject({
      message: 'your server printed something else before its ready line',
      actual: '"Starting the server…"',
    });
  });

  test('reports a program that exits before its ready line, with its stderr', async ({ onTestFinished }) => {
    const t = await contextFor('exits-before-ready', onTestFinished);
    await expect(t.startServer()).rejects.toMatchObject({
      message: expect.stringContaining('your server exited with code 3 before printing its ready line'),
      actual: expect.stringContaining('something went wrong at start-up'),
    });
  });

  test('gives the built program its source file as import.meta, so it finds the files beside it', async ({ onTestFinished }) => {
    const t = await contextFor('prints-its-location', onTestFinished);
    const printer = await t.start('server');
    await printer.expectExit(0);
    const folder = path.dirname(program('prints-its-location'));
    expect(printer.stdoutLines).toEqual([pathToFileURL(path.join(folder, 'worker.mjs')).href, folder]);
  });

  test('keeps a bounded part of a flood of output and stays responsive', async ({ onTestFinished }) => {
    const t = await contextFor('floods-stdout', onTestFinished);
    const server = await t.startServer();
    await server.process.expectExit(0, 20_000);
    const kept = server.process.stdoutLines.reduce((sum, line) => sum + line.length, 0);
    expect(kept).toBeLessThanOrEqual(limits.outputBytes);
    expect(t.transcript.events.length).toBeLessThanOrEqual(500);
    expect(t.transcript.events.some((event) => event.detail.includes('the rest is not kept'))).toBe(true);
  });

  test('runs the program, and what it starts, at a lower priority than the harness', async ({ onTestFinished, expect }) => {
    const t = await contextFor('starts-a-child', onTestFinished);
    const server = await t.startServer();
    const childPid = Number(await server.process.waitForLine((line) => /^child (\d+)$/.exec(line)?.[1], 'the child pid'));
    const lowered = Math.min(19, os.getPriority() + 10);
    expect(os.getPriority(server.process.pid)).toBe(lowered);
    expect(os.getPriority(childPid)).toBe(lowered);
  });

  test('kills the whole process group at cleanup, children included', async ({ onTestFinished, expect }) => {
    const t = await contextFor('starts-a-child', onTestFinished);
    const server = await t.startServer();
    const childPid = Number(
      await server.process.waitForLine((line) => /^child (\d+)$/.exec(line)?.[1], 'the child pid'),
    );
    expect(isRunning(childPid)).toBe(true);
    await t.cleanUp();
    await expect.poll(() => isRunning(childPid), { timeout: limits.reapMs }).toBe(false);
    expect(processesMentioning(program('starts-a-child'))).toEqual([]);
  });

  test('a program started after cleanup, by a check that ran past its limit, is killed at once', async ({ onTestFinished, expect }) => {
    const t = await contextFor('junk-before-ready', onTestFinished);
    await t.cleanUp();
    await expect(t.start('server')).rejects.toThrow('the check went on after its time limit');
    const pid = Number(t.transcript.events.map((event) => /^started \(pid (\d+)\)$/.exec(event.detail)?.[1]).find(Boolean));
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
    await expect(t.listen()).rejects.toThrow('the check went on after its time limit');
  });
});
