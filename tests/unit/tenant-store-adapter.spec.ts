/**
 * The store adapter against oidc-provider's model contract (find, upsert, consume, destroy,
 * revokeByGrantId, findByUid, findByUserCode, TTL), the same cases over both stores: this process's
 * memory and a real Redis (Debian's redis-server, started for the file). `.ci/run` sets REQUIRE_REDIS,
 * so there a missing redis-server fails instead of skipping the Redis half.
 */
import { Redis } from 'ioredis';
import { StoreAdapter } from '../../src/local-tenant/oidc/store-adapter.ts';
import { memoryStore } from '../../src/local-tenant/store/memory-store.ts';
import { redisStore, sandboxKeyPrefix } from '../../src/local-tenant/store/redis-store.ts';
import type { TenantStore } from '../../src/local-tenant/store/store.ts';
import { isStoreUnavailable } from '../../src/local-tenant/store/store-unavailable.ts';
import { test as base, expect, workerFixture } from '../support/fixtures.ts';
import { findRedisServer, redisMissingMessage, startRedis, type TestRedis } from '../support/redis.ts';

// Started only where redis-server is installed, so the memory half runs everywhere.
const test = base.extend<object, { redis: TestRedis | undefined }>({
  redis: workerFixture(
    async () => (findRedisServer() ? startRedis() : undefined),
    async (redis) => redis?.close(),
    { timeout: 30_000 },
  ),
});

type Kind = 'memory' | 'redis';

/** A fresh store of the kind, on a clock the test moves (memory) or the real one (Redis). */
async function storeOf(kind: Kind, redis: TestRedis | undefined, clock: { now: number }): Promise<TenantStore> {
  if (kind === 'memory') return memoryStore({ now: () => clock.now });
  if (!redis) throw new Error(redisMissingMessage);
  return redisStore({ url: redis.url });
}

let counter = 0;
/** Ids unique across the file's tests, which share one Redis. */
const unique = (label: string) => `${label}-${process.pid}-${(counter += 1)}`;

for (const kind of ['memory', 'redis'] as const) {
  test.describe(`the ${kind} store adapter`, () => {
    test.beforeEach(() => {
      if (kind === 'memory' || findRedisServer()) return;
      if (process.env['REQUIRE_REDIS']) throw new Error(redisMissingMessage);
      test.skip(true, redisMissingMessage);
    });

    /** The adapter for `model` over a fresh store, closed after the test. */
    async function setUp(redisFixture: TestRedis | undefined, closeAfterTest: <T extends { close(): Promise<void> }>(thing: T) => T) {
      const clock = { now: 1_700_000_000_000 };
      const store = closeAfterTest(await storeOf(kind, redisFixture, clock));
      const adapter = (model: string) => new StoreAdapter(model, store, { now: () => (kind === 'memory' ? clock.now : Date.now()) });
      return { store, clock, adapter };
    }

    test('upsert then find gives the payload back, as a copy; an unknown id is undefined', async ({ redis, closeAfterTest }) => {
      const { adapter } = await setUp(kind === 'redis' ? redis : undefined, closeAfterTest);
      const codes = adapter('AuthorizationCode');
      const id = unique('code');
      const payload = { accountId: 'user-1', grantId: unique('grant'), scope: 'openid profile', kind: 'AuthorizationCode', jti: id };
      await codes.upsert(id, payload, 60);
      const found = await codes.find(id);
      expect(found).toEqual(payload);
      expect(found).not.toBe(payload);
      expect(await codes.find(unique('missing'))).toBeUndefined();
      // Another model's entry with the same id is another entry.
      expect(await adapter('AccessToken').find(id)).toBeUndefined();
    });

    test('upsert replaces the payload; consume marks it consumed (epoch seconds), and a new upsert starts unconsumed', async ({ redis, closeAfterTest }) => {
      const { adapter, clock } = await setUp(kind === 'redis' ? redis : undefined, closeAfterTest);
      const codes = adapter('AuthorizationCode');
      const id = unique('code');
      await codes.upsert(id, { accountId: 'a', jti: id }, 60);
      await codes.upsert(id, { accountId: 'b', jti: id }, 60);
      expect((await codes.find(id))?.accountId).toBe('b');
      const before = Math.floor((kind === 'memory' ? clock.now : Date.now()) / 1000);
      await codes.consume(id);
      const consumed = (await codes.find(id))?.consumed;
      expect(typeof consumed).toBe('number');
      expect(consumed as number).toBeGreaterThanOrEqual(before);
      expect(consumed as number).toBeLessThanOrEqual(before + 5);
      await codes.upsert(id, { accountId: 'c', jti: id }, 60);
      expect((await codes.find(id))?.consumed).toBeUndefined();
      // Consuming nothing writes nothing.
      const missing = unique('missing');
      await codes.consume(missing);
      expect(await codes.find(missing)).toBeUndefined();
    });

    test('destroy removes the entry, its consumed mark and the indexes that name it', async ({ redis, closeAfterTest }) => {
      const { adapter } = await setUp(kind === 'redis' ? redis : undefined, closeAfterTest);
      const sessions = adapter('Session');
      const id = unique('session');
      const uid = unique('uid');
      await sessions.upsert(id, { uid, accountId: 'user-1' }, 600);
      expect((await sessions.findByUid(uid))?.accountId).toBe('user-1');
      await sessions.consume(id);
      await sessions.destroy(id);
      expect(await sessions.find(id)).toBeUndefined();
      expect(await sessions.findByUid(uid)).toBeUndefined();
      // Written again, it is not consumed: the mark went with the entry.
      await sessions.upsert(id, { uid, accountId: 'user-1' }, 600);
      expect((await sessions.find(id))?.consumed).toBeUndefined();
    });

    test('findByUid follows a session to its new uid, and the old uid finds nothing', async ({ redis, closeAfterTest }) => {
      const { adapter } = await setUp(kind === 'redis' ? redis : undefined, closeAfterTest);
      const sessions = adapter('Session');
      const id = unique('session');
      const [first, second] = [unique('uid'), unique('uid')];
      await sessions.upsert(id, { uid: first, accountId: 'user-1' }, 600);
      await sessions.upsert(id, { uid: second, accountId: 'user-1' }, 600);
      expect(await sessions.findByUid(first)).toBeUndefined();
      expect((await sessions.findByUid(second))?.uid).toBe(second);
    });

    test('findByUserCode finds a device code by its user code, until it is destroyed', async ({ redis, closeAfterTest }) => {
      const { adapter } = await setUp(kind === 'redis' ? redis : undefined, closeAfterTest);
      const deviceCodes = adapter('DeviceCode');
      const id = unique('device');
      const userCode = unique('USER-CODE');
      await deviceCodes.upsert(id, { userCode, grantId: unique('grant'), jti: id }, 600);
      expect((await deviceCodes.findByUserCode(userCode))?.jti).toBe(id);
      expect(await deviceCodes.findByUserCode(unique('other'))).toBeUndefined();
      await deviceCodes.destroy(id);
      expect(await deviceCodes.findByUserCode(userCode)).toBeUndefined();
    });

    test('revokeByGrantId removes every model issued under the grant, and only those', async ({ redis, closeAfterTest }) => {
      const { adapter } = await setUp(kind === 'redis' ? redis : undefined, closeAfterTest);
      const grantId = unique('grant');
      const otherGrant = unique('grant');
      const code = { id: unique('code'), model: adapter('AuthorizationCode') };
      const access = { id: unique('at'), model: adapter('AccessToken') };
      const refresh = { id: unique('rt'), model: adapter('RefreshToken') };
      const kept = { id: unique('at'), model: adapter('AccessToken') };
      for (const { id, model } of [code, access, refresh]) await model.upsert(id, { grantId, jti: id }, 600);
      await kept.model.upsert(kept.id, { grantId: otherGrant, jti: kept.id }, 600);
      // The Grant itself is not "issued under" a grant: it is what revocation starts from.
      const grants = adapter('Grant');
      await grants.upsert(grantId, { jti: grantId, accountId: 'user-1' }, 600);

      await access.model.revokeByGrantId(grantId);
      for (const { id, model } of [code, access, refresh]) expect(await model.find(id)).toBeUndefined();
      expect((await kept.model.find(kept.id))?.grantId).toBe(otherGrant);
      expect(await grants.find(grantId)).toBeDefined();
      // A destroyed member leaves the index: revoking again finds nothing to do and fails on nothing.
      await kept.model.destroy(kept.id);
      await kept.model.revokeByGrantId(otherGrant);
    });

    test('every entry and index expires with its TTL (+ nothing kept without one for ever)', async ({ redis, closeAfterTest }) => {
      const { adapter, store, clock } = await setUp(kind === 'redis' ? redis : undefined, closeAfterTest);
      const sessions = adapter('Session');
      const codes = adapter('AuthorizationCode');
      const [sessionId, uid, codeId, grantId] = [unique('session'), unique('uid'), unique('code'), unique('grant')];
      await sessions.upsert(sessionId, { uid }, 120);
      await codes.upsert(codeId, { grantId, jti: codeId }, 60);
      await codes.consume(codeId);
      const ttl = (key: string) => store.ttl(key);
      // Each key's lifetime is the model's TTL; the consumed mark keeps what the entry has left.
      for (const [key, expected] of [
        [`oidc:Session:${sessionId}`, 120],
        [`oidc:sessionUid:${uid}`, 120],
        [`oidc:AuthorizationCode:${codeId}`, 60],
        [`oidc:consumed:AuthorizationCode:${codeId}`, 60],
        [`oidc:grant:${grantId}`, 60],
      ] as const) {
        const left = await ttl(key);
        expect(left, key).toBeGreaterThan(expected - 5);
        expect(left, key).toBeLessThanOrEqual(expected);
      }
      // Without expiresIn the memory adapter would keep it for ever; this one keeps it for the longest lifetime.
      const grantModel = adapter('Grant');
      const grant = unique('grant');
      await grantModel.upsert(grant, { jti: grant });
      expect(await ttl(`oidc:Grant:${grant}`)).toBeGreaterThan(0);

      if (kind === 'memory') {
        clock.now += 61_000;
        expect(await codes.find(codeId)).toBeUndefined();
        expect(await sessions.findByUid(uid)).toBeDefined();
        clock.now += 60_000;
        expect(await sessions.find(sessionId)).toBeUndefined();
        expect(await sessions.findByUid(uid)).toBeUndefined();
      }
    });
  });
}

test('the Redis store keeps every key under the sandbox prefix, each with a lifetime', async ({ redis, closeAfterTest }) => {
  test.skip(!redis && !process.env['REQUIRE_REDIS'], redisMissingMessage);
  if (!redis) throw new Error(redisMissingMessage);
  const store = closeAfterTest(await redisStore({ url: redis.url }));
  const id = unique('entry');
  const adapter = new StoreAdapter('Session', store);
  await adapter.upsert(id, { uid: unique('uid') }, 300);
  await store.lists('audit-log').push(unique('list'), { key: 'x' }, { maxLength: 3, ttlSeconds: 60 });
  const client = new Redis(redis.url);
  closeAfterTest({ close: async () => void (await client.quit()) });
  const keys = await client.keys('*');
  expect(keys.length).toBeGreaterThan(0);
  for (const key of keys) {
    expect(key.startsWith(sandboxKeyPrefix), key).toBe(true);
    expect(await client.pttl(key), key).toBeGreaterThan(0);
  }
});

test('a Redis that went away fails each call with StoreUnavailableError at once, and the store works again when it is back', async ({
  closeAfterTest,
}) => {
  test.skip(!findRedisServer() && !process.env['REQUIRE_REDIS'], redisMissingMessage);
  const redis = closeAfterTest(await startRedis());
  const store = closeAfterTest(await redisStore({ url: redis.url }));
  await store.set('k', { a: 1 }, 60);
  expect(await store.get('k')).toEqual({ a: 1 });
  await redis.close();
  const failure = await store.get('k').then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(isStoreUnavailable(failure)).toBe(true);
  expect(String((failure as Error).message)).not.toContain(redis.url);
});
