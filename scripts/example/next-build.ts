import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { withLock } from './lock.ts';
import { fingerprint, sampleDir } from './paths.ts';
import { outputOf, runCommand } from './run-command.ts';
import { SampleError } from './paths.ts';

const dir = sampleDir('next');
const stampFile = join(dir, '.next', '.built-from');

/** Everything the build reads besides node_modules: the app's files and its configuration. */
function buildInputs(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : [relative(dir, join(folder, entry.name))],
    );
  return [...walk(join(dir, 'app')), 'next.config.ts', 'tsconfig.json', 'package-lock.json'];
}

/**
 * `next build` in examples/next, once for these sources: the test run (and a reader's second
 * `npm run example -- next`) starts the build that is already there. The build holds no tenant
 * values: the app reads them from the environment on each request.
 */
export async function ensureNextBuild(log: (line: string) => void): Promise<void> {
  const wanted = () => fingerprint(dir, buildInputs());
  const current = () => (existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '');
  if (current() === wanted()) return;
  await withLock('next-build', async () => {
    if (current() === wanted()) return;
    log('Building the Next.js sample (next build in examples/next, once per change)…');
    try {
      await runCommand(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
        cwd: dir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        what: 'next build in examples/next',
      });
    } catch (error) {
      throw new SampleError(`${error instanceof Error ? error.message : String(error)}\n${outputOf(error)}`);
    }
    writeFileSync(stampFile, wanted());
  });
}
