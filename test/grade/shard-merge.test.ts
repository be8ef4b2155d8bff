// Sharding a batch across machines and merging the shards' reports back into one.
import { describe, expect, test } from 'vitest';
import { mergeReports } from '../../workbook/grade/merge-reports.ts';
import { pickShard } from '../../workbook/grade/shard.ts';
import { sampleReport } from './sample-report.ts';

describe('--shard', () => {
  test('every item lands in exactly one shard, and shards differ in size by one at most', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    for (let count = 1; count <= 8; count++) {
      const shards = Array.from({ length: count }, (_, index) => pickShard(items, { index: index + 1, count }));
      expect(shards.flat().sort()).toEqual(items);
      const sizes = shards.map((shard) => shard.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  test('the same list always gives the same shard', () => {
    const items = Array.from({ length: 30 }, (_, index) => `student-${index}`);
    expect(pickShard(items, { index: 2, count: 3 })).toEqual(pickShard([...items], { index: 2, count: 3 }));
  });
});

describe('grade merge', () => {
  const whole = sampleReport(['ann', 'ben', 'cat', 'dan', 'eve']);
  const shards = [1, 2].map((index) => ({
    file: `grades-${index}-of-2.json`,
    report: { ...whole, shard: `${index}/2`, submissions: pickShard(whole.submissions, { index, count: 2 }) },
  }));

  test('joins the shards into the report one machine would have written', () => {
    expect(mergeReports(shards)).toEqual(whole);
  });

  test('a batch graded without a sandbox anywhere says so', () => {
    const unsafe = [shards[0]!, { ...shards[1]!, report: { ...shards[1]!.report, sandbox: 'none' as const } }];
    expect(mergeReports(unsafe).sandbox).toBe('none');
  });

  test('refuses a submission graded twice, or shards of different lessons', () => {
    expect(() => mergeReports([shards[0]!, { ...shards[0]!, file: 'copy.json' }])).toThrow(/submission \w+ is in both grades-1-of-2.json and copy.json/);
    const other = { ...shards[1]!, report: { ...shards[1]!.report, lessons: [] } };
    expect(() => mergeReports([shards[0]!, other])).toThrow('grades-2-of-2.json grades other lessons or checks than grades-1-of-2.json');
  });
});
