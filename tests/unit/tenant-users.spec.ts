import { UserStore } from '../../src/local-tenant/users/user-store.ts';
import { memoryStore } from '../../src/local-tenant/store/memory-store.ts';
import { expect, test } from '../support/fixtures.ts';

const seed = { id: 'tna0v00kyeia', username: 'yeondong', email: 'yeondong.choi.mock@naver.com', name: '최연동' };
const identity = (userId: string, email?: string) => ({ userId, details: { id: userId, ...(email ? { email } : {}), rawData: {} } });

test('sandbox users expire after their lifetime; a sign-in renews it', async () => {
  let now = 1_700_000_000_000;
  const users = new UserStore({ store: memoryStore({ now: () => now }), limits: { ttlSeconds: 60, maxUsers: 10 }, now: () => now });
  const user = await users.createFromSocialIdentity({ target: 'naver', identity: identity('naver-1'), username: 'one' });
  now += 50_000;
  await users.updateSocialIdentity(user, 'naver', identity('naver-1'));
  now += 50_000;
  expect((await users.findById(user.id))?.username).toBe('one');
  expect((await users.findBySocialIdentity('naver', 'naver-1'))?.id).toBe(user.id);
  now += 11_000;
  expect(await users.findById(user.id)).toBeUndefined();
  expect(await users.findBySocialIdentity('naver', 'naver-1')).toBeUndefined();
  expect(await users.findByUsername('one')).toBeUndefined();
});

test('their count is capped: past maxUsers the one closest to expiring goes, with what finds it', async () => {
  let now = 1_700_000_000_000;
  const users = new UserStore({ store: memoryStore({ now: () => now }), limits: { ttlSeconds: 3600, maxUsers: 3 }, now: () => now });
  const created = [];
  for (let n = 0; n < 4; n += 1) {
    now += 1000;
    created.push(await users.createFromSocialIdentity({ target: 'naver', identity: identity(`naver-${n}`), username: `user_${n}` }));
  }
  expect(await users.findById(created[0]!.id)).toBeUndefined();
  expect(await users.findByUsername('user_0')).toBeUndefined();
  expect(await users.findBySocialIdentity('naver', 'naver-0')).toBeUndefined();
  for (const user of created.slice(1)) expect((await users.findById(user.id))?.id).toBe(user.id);
});

test('visitors never meet: usernames and emails are each visitor’s own, and each gets its own copy of an existing user', async () => {
  const users = new UserStore({ seeds: [seed] });
  await users.createFromSocialIdentity({ target: 'naver', identity: identity('a.visitor-a', 'same@naver.com'), username: 'taken', scope: 'visitor-a' });
  expect(await users.findByUsername('taken', 'visitor-a')).toBeDefined();
  expect(await users.findByUsername('taken', 'visitor-b')).toBeUndefined();
  expect(await users.findByEmail('same@naver.com', 'visitor-b')).toBeUndefined();
  const b = await users.createFromSocialIdentity({ target: 'naver', identity: identity('b.visitor-b', 'same@naver.com'), username: 'taken', scope: 'visitor-b' });
  expect(b.email).toBe('same@naver.com');
  // The existing user of the config: the LOCAL one as configured, each visitor's with its tag in the email.
  expect((await users.findByEmail(seed.email))?.id).toBe(seed.id);
  const copyA = await users.findByEmail('yeondong.choi.mock+visitor-a@naver.com', 'visitor-a');
  const copyB = await users.findByEmail('yeondong.choi.mock+visitor-b@naver.com', 'visitor-b');
  expect(copyA?.id).toMatch(/^[a-z0-9]{12}$/);
  expect(copyA?.id).not.toBe(copyB?.id);
  expect(copyA?.id).not.toBe(seed.id);
  // Linking in one visitor's copy leaves the other's untouched.
  await users.updateSocialIdentity(copyA!, 'naver', identity('d.visitor-a'));
  expect(Object.keys((await users.findById(copyB!.id))?.identities ?? {})).toEqual([]);
  expect(Object.keys((await users.findById(seed.id))?.identities ?? {})).toEqual([]);
});
