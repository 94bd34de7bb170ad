import { expect, test } from '@playwright/test';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedReference, sharedReferenceIn, SharedReferenceMissing } from '../support/shared-reference.ts';

/** Tests that read ../shared/reference fail with one line naming the missing folder (tests/support/shared-reference.ts). */
test.describe('the shared reference records', () => {
  test('a missing folder fails with one line that names it and says where it must sit', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'shared-ref-')), 'shared', 'reference');
    let thrown: unknown;
    try {
      sharedReferenceIn(root, 'logto-python-sdk');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SharedReferenceMissing);
    const message = (thrown as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain(`${root} is missing`);
    expect(message).toContain('beside the checkout');
  });

  test('a missing record in a present folder names the record', () => {
    const root = mkdtempSync(join(tmpdir(), 'shared-ref-'));
    mkdirSync(join(root, 'present'));
    expect(sharedReferenceIn(root, 'present')).toBe(join(root, 'present'));
    expect(() => sharedReferenceIn(root, 'absent.md')).toThrow(`${join(root, 'absent.md')} is missing`);
  });

  test('this checkout has the records beside it', () => {
    expect(sharedReference('real-logto-faults.md')).toMatch(/shared\/reference\/real-logto-faults\.md$/);
  });
});
