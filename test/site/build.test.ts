// The docs site builds, with no dead link (VitePress fails the build on one).
// The build is kept for the browser tests, which run after every other test.
import { expect, test } from 'vitest';
import { buildSite } from './site-build.ts';

test('the site builds, with no dead links', async () => {
  const build = await buildSite();
  expect(build.ok, build.output).toBe(true);
}, 180_000);
