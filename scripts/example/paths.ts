import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SampleId } from '../../src/lib/local-tenant-defaults.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** examples/<id>/: the sample app, as a reader copies it. */
export function sampleDir(id: SampleId): string {
  return join(repoRoot, 'examples', id);
}

/** Where what the runner makes for itself (locks) lives: gitignored with node_modules. */
export const runnerCacheDir = join(repoRoot, 'node_modules', '.cache', 'examples');

/** The Logto Python SDK's source beside the checkout, for machines where PyPI can't be reached. */
export const pythonSdkReference = resolve(repoRoot, '../shared/reference/logto-python-sdk');

/** A SHA-256 over files (names and contents), to tell whether what was prepared from them is current. */
export function fingerprint(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** One failure a reader can act on, said in one line (the runner prints it without a stack). */
export class SampleError extends Error {
  override name = 'SampleError';
}
