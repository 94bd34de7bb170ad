import { expect, test } from '@playwright/test';
import { ExperienceSessions, MAX_EXPERIENCE_SESSIONS } from '../../src/local-tenant/experience/sessions.ts';
import { INTERACTION_TTL_SECONDS } from '../../src/local-tenant/oidc/lifetimes.ts';

test('a session lives as long as its interaction, and ends with the sign-in', () => {
  let now = 5_000_000;
  const sessions = new ExperienceSessions(() => now);
  sessions.start('abandoned', 'SignIn');
  sessions.start('finished', 'SignIn');
  expect(sessions.get('abandoned')?.interactionEvent).toBe('SignIn');
  sessions.end('finished');
  expect(sessions.get('finished')).toBeUndefined();
  now += INTERACTION_TTL_SECONDS * 1000 - 1;
  expect(sessions.get('abandoned')).toBeDefined();
  now += 2;
  expect(sessions.get('abandoned')).toBeUndefined();
});

test(`at most ${MAX_EXPERIENCE_SESSIONS} sessions are held: abandoned sign-ins can't pile up`, () => {
  const sessions = new ExperienceSessions();
  for (let i = 0; i <= MAX_EXPERIENCE_SESSIONS; i += 1) sessions.start(`uid-${i}`, 'SignIn');
  expect(sessions.get('uid-0')).toBeUndefined();
  expect(sessions.get('uid-1')).toBeDefined();
  expect(sessions.get(`uid-${MAX_EXPERIENCE_SESSIONS}`)).toBeDefined();
});
