/**
 * When the launcher builds the site (src/launcher/build.ts): always when asked, never when told not to,
 * and otherwise when there is no build, or (if-stale) when a source is newer than the build.
 */
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildReason } from '../../src/launcher/index.ts';
import { expect, test } from '../support/fixtures.ts';

/** A project with one source file and a build, each with the modification time given (seconds). */
async function project(dir: string, times: { source: number; build?: number }) {
  await mkdir(join(dir, 'src'), { recursive: true });
  await writeFile(join(dir, 'src', 'page.ts'), '');
  await utimes(join(dir, 'src', 'page.ts'), times.source, times.source);
  const outDir = join(dir, 'dist');
  if (times.build !== undefined) {
    await mkdir(join(outDir, 'server'), { recursive: true });
    await writeFile(join(outDir, 'server', 'entry.mjs'), '');
    await utimes(join(outDir, 'server', 'entry.mjs'), times.build, times.build);
  }
  return { outDir, reason: (when: Parameters<typeof buildReason>[0]) => buildReason(when, outDir, dir, ['src', 'content']) };
}

test('always builds when asked, never when told not to, whatever is on disk', async ({ makeTempDir }) => {
  const fresh = await project(await makeTempDir('build-reason-'), { source: 1_000, build: 2_000 });
  expect(fresh.reason('always')).toBeDefined();
  const missing = await project(await makeTempDir('build-reason-'), { source: 1_000 });
  expect(missing.reason('never')).toBeUndefined();
});

test('with no build, if-missing and if-stale both build, and say so', async ({ makeTempDir }) => {
  const missing = await project(await makeTempDir('build-reason-'), { source: 1_000 });
  expect(missing.reason('if-missing')).toBe('No build in dist/');
  expect(missing.reason('if-stale')).toBe('No build in dist/');
});

test('a source newer than the build: if-stale builds, naming the file; if-missing does not', async ({ makeTempDir }) => {
  const stale = await project(await makeTempDir('build-reason-'), { source: 3_000, build: 2_000 });
  expect(stale.reason('if-stale')).toBe('src/page.ts is newer than the build in dist/');
  expect(stale.reason('if-missing')).toBeUndefined();
});

test('a build newer than every source is kept by if-stale', async ({ makeTempDir }) => {
  const fresh = await project(await makeTempDir('build-reason-'), { source: 1_000, build: 2_000 });
  expect(fresh.reason('if-stale')).toBeUndefined();
});
