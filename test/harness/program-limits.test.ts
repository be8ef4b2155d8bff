// How a program is put under its limits when no cgroup is available, and how a verdict names the limit.
import { afterEach, describe, expect, test } from 'vitest';
import { confineProgram, describeBreach, setProgramLimits, showBytes } from '../../workbook/harness/program-limits.ts';

afterEach(() => setProgramLimits(undefined));

describe('program limits', () => {
  test('without limits a program runs as it is', async () => {
    const confinement = await confineProgram('node', ['server.js']);
    expect(confinement.command).toEqual(['node', 'server.js']);
    expect(await confinement.breach(['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'])).toBeUndefined();
  });

  test("without a cgroup only Node's heap is limited, and running out of it is a memory breach", async () => {
    setProgramLimits({ memoryBytes: 256 * 2 ** 20, maxProcesses: 64 });
    const confinement = await confineProgram('node', ['server.js']);
    expect(confinement.command).toEqual(['node', '--max-old-space-size=256', 'server.js']);
    expect(await confinement.breach(['listening on 127.0.0.1:9001'])).toBeUndefined();
    expect(await confinement.breach(['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'])).toBe('memory');
  });

  test('a verdict names the program and the limit it ran into', () => {
    setProgramLimits({ memoryBytes: 512 * 2 ** 20, maxProcesses: 64 });
    expect(describeBreach('your server', 'memory')).toBe('your server used more than 512 MiB of memory');
    expect(describeBreach('your client', 'processes')).toBe('your client started more than 64 processes');
  });

  test('sizes are shown as the options take them', () => {
    expect(showBytes(512 * 2 ** 20)).toBe('512 MiB');
    expect(showBytes(1.5 * 2 ** 30)).toBe('1.5 GiB');
    expect(showBytes(1000)).toBe('1000 bytes');
  });
});
