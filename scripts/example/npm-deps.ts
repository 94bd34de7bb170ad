import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SampleId } from '../../src/lib/local-tenant-defaults.ts';
import { withLock } from './lock.ts';
import { fingerprint, sampleDir } from './paths.ts';
import { runCommand } from './run-command.ts';

const stampFile = 'node_modules/.installed-from-lock';

/**
 * `npm ci` in a Node sample's own folder, from its own package-lock.json, unless node_modules was
 * already installed from this very lockfile. Each sample is its own app (a reader copies the folder),
 * so it is not a workspace of the site: the site's `npm install` does not pull in Next.js.
 */
export async function ensureNodeModules(id: SampleId, log: (line: string) => void): Promise<void> {
  const dir = sampleDir(id);
  const wanted = fingerprint(dir, ['package.json', 'package-lock.json']);
  const current = () => (existsSync(join(dir, stampFile)) ? readFileSync(join(dir, stampFile), 'utf8') : '');
  if (current() === wanted) return;
  await withLock(`${id}-npm`, async () => {
    if (current() === wanted) return;
    log(`Installing the ${id} sample's dependencies (npm ci in examples/${id}, once)…`);
    await runCommand('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, what: `npm ci in examples/${id}` });
    writeFileSync(join(dir, stampFile), wanted);
  });
}
