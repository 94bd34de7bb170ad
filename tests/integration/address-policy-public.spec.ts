import { expect, test } from '../support/fixtures.ts';
import { freePort } from '../../src/launcher/index.ts';

// A site started in PUBLIC mode, asked by a reader's settings to fetch addresses that lead to this
// machine or to non-global space. The settings pre-check shows which were refused before connecting
// (`endpoint_blocked`) and which were tried.

// Each test starts its own site instance, which takes a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function diagnosisFor(origin: string, endpoint: string): Promise<string[]> {
  const saved = await fetch(`${origin}/playground/settings`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      lang: 'en',
      returnTo: '/en/playground/',
      endpoint,
      appId: 'abcdefghijklmnopqrstu',
      appSecret: 'not-a-real-secret',
      directSignInTarget: 'naver',
      interactionMode: 'signIn',
      scopes: 'email',
    }),
  });
  expect(saved.status).toBe(303);
  const cookies = saved.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  const page = await (await fetch(`${origin}/en/playground/`, { headers: { Cookie: cookies } })).text();
  return [...page.matchAll(/data-diagnosis="([^"]+)"/g)].map((match) => match[1]!);
}

test('PUBLIC mode refuses endpoints that lead to loopback or non-global space, and tries global ones', async ({
  startSiteInstance,
}) => {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  await startSiteInstance({
    PORT: String(port),
    PLAYGROUND_MODE: 'PUBLIC',
    SITE_ORIGIN: origin,
    COOKIE_SECRET: 'address-policy-test-secret-0123456789abcdef',
  });
  const refused = [
    'https://[::7f00:1]/', // IPv4-compatible 127.0.0.1
    'https://[::127.0.0.1]/', // the same, dotted
    'https://[fec0::1]/', // site-local
    'https://[64:ff9b::7f00:1]/', // NAT64 of 127.0.0.1
    'https://[2002:a9fe:a9fe::]/', // 6to4 of 169.254.169.254
    'https://[::ffff:a9fe:a9fe]/', // IPv4-mapped 169.254.169.254
  ];
  for (const endpoint of refused) expect({ endpoint, diagnoses: await diagnosisFor(origin, endpoint) }).toEqual({ endpoint, diagnoses: ['endpoint_blocked'] });
  // A global address is not refused by the policy: it is tried (and on a closed network not reached).
  const tried = await diagnosisFor(origin, 'https://[2606:4700:4700::1111]:9/');
  expect(tried).toHaveLength(1);
  expect(tried).not.toContain('endpoint_blocked');
});
