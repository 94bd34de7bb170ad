/**
 * The records the tests compare against (what real Logto and its SDKs do) live in ../shared/reference,
 * beside the checkout, not in it: shared by every checkout, read-only. A test that needs one asks here,
 * so a checkout without the folder fails those tests with one line that names what is missing, instead
 * of an ENOENT deep in a parser or a test that quietly compares against nothing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the records must be: `shared/reference` in the checkout's parent folder. */
export const sharedReferenceRoot = resolve(import.meta.dirname, '../../../shared/reference');

export class SharedReferenceMissing extends Error {
  override name = 'SharedReferenceMissing';
}

/** The path of a record under ../shared/reference; throws a one-line SharedReferenceMissing when it isn't there. */
export function sharedReference(...segments: string[]): string {
  return sharedReferenceIn(sharedReferenceRoot, ...segments);
}

/** sharedReference() against another root: what its self-test uses. */
export function sharedReferenceIn(root: string, ...segments: string[]): string {
  const path = join(root, ...segments);
  if (existsSync(path)) return path;
  const what = existsSync(root) ? `${path} is missing` : `${root} is missing`;
  throw new SharedReferenceMissing(`${what}: this test reads the real-Logto records in ../shared/reference, which must sit beside the checkout.`);
}
