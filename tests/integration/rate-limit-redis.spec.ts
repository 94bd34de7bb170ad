import { rateLimitStrings } from '../../src/rate-limit/strings.ts';
import { countedRequest } from '../support/counted-requests.ts';
import { expect, test } from '../support/fixtures.ts';
import { testTenantEndpoint } from '../support/ports.ts';
import { findRedisServer, redisMissingMessage, startRedis } from '../support/redis.ts';

// A real Redis (Debian's redis-server) shared by two instances of the built site, as in a deployment
// with REDIS_URL. `.ci/run` installs redis-server and sets REQUIRE_REDIS, so there a missing binary fails.
test.beforeEach(() => {
  if (findRedisServer()) return;
  if (process.env['REQUIRE_REDIS']) throw new Error(redisMissingMessage);
  test.skip(true, redisMissingMessage);
});

// Each test starts its own site instance, which takes a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

const siteEnv = { COOKIE_SECRET: 'rate-limit-test-secret-0123456789abcdef', SANDBOX_ENDPOINT: testTenantEndpoint };

test('two instances with one REDIS_URL share one budget: the 31st counted request gets the 429 page', async ({
  startSiteInstance,
  closeAfterTest,
}) => {
  const redis = closeAfterTest(await startRedis());
  // A PUBLIC deployment's default budget of 30 (RATE_LIMIT_POINTS unset), over a window long enough
  // that a slow machine can't let it run out between the first request and the 31st. The forms are
  // posted from the public origin, as its readers' browsers would.
  const publicOrigin = 'https://guide.example.com';
  const env = { ...siteEnv, PLAYGROUND_MODE: 'PUBLIC', SITE_ORIGIN: publicOrigin, REDIS_URL: redis.url, RATE_LIMIT_WINDOW_SECONDS: '600' };
  const fromReader = { Origin: publicOrigin };
  const instances = await Promise.all([startSiteInstance(env), startSiteInstance(env)]);
  const statuses: number[] = [];
  for (let n = 0; n < 30; n++) {
    const response = await countedRequest(n, instances[n % 2]!.origin, 'ko', fromReader);
    await response.body?.cancel();
    statuses.push(response.status);
  }
  // Each instance has seen 15: only a shared count refuses the next one.
  expect(statuses).toEqual(Array(30).fill(303));

  for (const instance of instances) {
    const limited = await countedRequest(30, instance.origin, 'ko', fromReader);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const page = await limited.text();
    expect(page).toContain('<html lang="ko"');
    expect(page).toContain(rateLimitStrings.ko.title);
  }
});

test('Redis going away neither fails a request nor lifts the limit: each instance counts in memory', async ({
  startSiteInstance,
  closeAfterTest,
}) => {
  const redis = closeAfterTest(await startRedis());
  const instance = await startSiteInstance({
    ...siteEnv,
    REDIS_URL: redis.url,
    RATE_LIMIT_POINTS: '2',
    RATE_LIMIT_WINDOW_SECONDS: '600',
  });
  const first = await countedRequest(0, instance.origin, 'en');
  expect(first.status).toBe(303);

  await redis.close();
  const statuses: number[] = [];
  for (let n = 1; n <= 3; n++) {
    const response = await countedRequest(n, instance.origin, 'en');
    await response.body?.cancel();
    statuses.push(response.status);
  }
  // The memory count starts afresh when Redis goes: two more, then the third is refused.
  expect(statuses).toEqual([303, 303, 429]);
});
