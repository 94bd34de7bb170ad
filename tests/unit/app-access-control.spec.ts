import { memoryStore } from '../../src/local-tenant/store/memory-store.ts';
import { AppAccessControl } from '../../src/local-tenant/users/app-access-control.ts';
import { expect, test } from '../support/fixtures.ts';

const guarded = 'aaaaaaaaaaaaaaaaaaaa1';
const open = 'aaaaaaaaaaaaaaaaaaaa2';
const apps = [{ id: guarded, accessControl: { userIds: ['existing-user'] } }, { id: open }];

test('the config’s rules: an app with access control lets in only its users; one without lets in everyone', async () => {
  const control = new AppAccessControl(apps, memoryStore());
  expect(await control.allows(guarded, 'existing-user')).toBe(true);
  expect(await control.allows(guarded, 'reader')).toBe(false);
  expect(await control.allows(open, 'reader')).toBe(true);
});

test('a change made on one instance is what every instance sharing the store answers by', async () => {
  const store = memoryStore();
  const [one, two] = [new AppAccessControl(apps, store), new AppAccessControl(apps, store)];
  await one.allowOnly(open, ['reader']);
  expect(await two.allows(open, 'reader')).toBe(true);
  expect(await two.allows(open, 'someone-else')).toBe(false);
  await two.disable(guarded);
  expect(await one.allows(guarded, 'reader')).toBe(true);
  // Another store (another sandbox) keeps its config's rules.
  expect(await new AppAccessControl(apps, memoryStore()).allows(open, 'someone-else')).toBe(true);
});

test('switching access control on without a rule is refused, as Logto refuses it', async () => {
  const control = new AppAccessControl(apps, memoryStore());
  await expect(control.allowOnly(open, [])).rejects.toThrow('at least one rule');
  expect(await control.allows(open, 'anyone')).toBe(true);
});
