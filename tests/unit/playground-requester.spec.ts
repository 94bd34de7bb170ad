import { createRequester } from '@logto/client';
import { playgroundAdapter } from '../../src/playground/logto/client.ts';
import { expect, test } from '../support/fixtures.ts';

/**
 * The playground's requester must fail exactly like the SDK's own (the diagnosis reads those errors),
 * but never write a tenant's answer to the server log: the tenant is a URL the reader typed, and an
 * error body can echo anything, the Basic header with the app secret included.
 */

const appSecret = 'XoAFwss0vRdRv2e6Mr8rRI2LjqAs1AM1';
const answers: Record<string, () => Response> = {
  'Logto error body': () => Response.json({ code: 'oidc.invalid_client', message: 'client authentication failed' }, { status: 401 }),
  'plain OAuth error body': () => Response.json({ error: 'invalid_token', error_description: 'bad' }, { status: 401 }),
  'non-JSON error page': () => new Response('<h1>Bad gateway</h1>', { status: 502 }),
  'rate limited': () => new Response('', { status: 429 }),
  'a body echoing the request': () => Response.json({ echoed: `Basic ${Buffer.from(`app:${appSecret}`).toString('base64')} ${appSecret}` }, { status: 400 }),
};

function errorOf(run: () => Promise<unknown>) {
  return run().then(
    () => undefined,
    (error: { name?: string; code?: string; data?: unknown }) => ({ name: error.name, code: error.code, data: error.data }),
  );
}

for (const [name, answer] of Object.entries(answers)) {
  test(`${name}: the same error as @logto/client's requester, and nothing logged`, async ({ replaceDuringTest }) => {
    const fetchFn = (async () => answer()) as typeof fetch;
    const logged: unknown[][] = [];
    // The SDK's requester is the reference; silence it so this test's output stays clean.
    const restoreConsole = replaceDuringTest(console, 'error', () => undefined);
    const expected = await errorOf(() => createRequester(fetchFn)('https://t.example/oidc/token'));
    replaceDuringTest(console, 'error', (...args: unknown[]) => void logged.push(args));
    const actual = await errorOf(() => playgroundAdapter('app', appSecret, fetchFn).requester('https://t.example/oidc/token'));
    expect(actual).toEqual(expected);
    restoreConsole();
    expect(expected?.name).toMatch(/^Logto(Request)?Error$/);
    expect(logged).toEqual([]);
  });
}

test('a successful answer is parsed JSON, with the app credentials sent as a Basic header', async () => {
  let authorization: string | null = null;
  const fetchFn = (async (_input: unknown, init?: RequestInit) => {
    authorization = new Headers(init?.headers).get('authorization');
    return Response.json({ issuer: 'https://t.example/oidc' });
  }) as typeof fetch;
  expect(await playgroundAdapter('app', appSecret, fetchFn).requester('https://t.example/oidc/.well-known/openid-configuration')).toEqual({
    issuer: 'https://t.example/oidc',
  });
  expect(authorization).toBe(`Basic ${Buffer.from(`app:${appSecret}`).toString('base64')}`);
});
