import { expect, test } from '@playwright/test';
import { ExperienceSessions } from '../../src/local-tenant/experience/sessions.ts';
import { INTERACTION_TTL_SECONDS } from '../../src/local-tenant/oidc/lifetimes.ts';
import { memoryStore } from '../../src/local-tenant/store/memory-store.ts';

test('a session lives as long as its interaction, and ends with the sign-in', async () => {
  let now = 5_000_000;
  const sessions = new ExperienceSessions(memoryStore({ now: () => now }));
  await sessions.start('abandoned', 'SignIn');
  await sessions.start('finished', 'SignIn');
  expect((await sessions.get('abandoned'))?.interactionEvent).toBe('SignIn');
  await sessions.end('finished');
  expect(await sessions.get('finished')).toBeUndefined();
  now += INTERACTION_TTL_SECONDS * 1000 - 1;
  expect(await sessions.get('abandoned')).toBeDefined();
  now += 2;
  expect(await sessions.get('abandoned')).toBeUndefined();
});

test('what is read is a copy: a change counts once saved, and saving keeps the lifetime left', async () => {
  let now = 5_000_000;
  const sessions = new ExperienceSessions(memoryStore({ now: () => now }));
  const session = await sessions.start('uid', 'SignIn');
  session.profile.username = 'not_saved';
  expect((await sessions.get('uid'))?.profile).toEqual({});
  now += (INTERACTION_TTL_SECONDS - 10) * 1000;
  await sessions.save('uid', { ...session, interactionEvent: 'Register' });
  expect((await sessions.get('uid'))?.interactionEvent).toBe('Register');
  now += 11 * 1000;
  expect(await sessions.get('uid')).toBeUndefined();
});

test('an ended session is not brought back by a late save', async () => {
  const sessions = new ExperienceSessions();
  const session = await sessions.start('uid', 'SignIn');
  await sessions.end('uid');
  await sessions.save('uid', session);
  expect(await sessions.get('uid')).toBeUndefined();
});
