import { Redis } from 'ioredis';
import type { CappedLists } from './capped-lists.ts';
import { StoreUnavailableError } from './store-unavailable.ts';
import { ttlAtLeastOneSecond } from './store.ts';
import type { TenantStore } from './store.ts';

/** Every key of the sandbox, so it can share a Redis with the site's rate limits and anything else. */
export const sandboxKeyPrefix = 'logto-naver-guide:sandbox:';

export type RedisStoreOptions = {
  url: string;
  /** One line when Redis goes away or comes back: the error's code only, never the URL (it may carry a password). */
  log?: (line: string) => void;
};

function parsed<T>(json: string | null): T | undefined {
  return json === null ? undefined : (JSON.parse(json) as T);
}

/**
 * The store in Redis (REDIS_URL): every instance with the same URL reads and writes the same state.
 * Values are JSON strings with EX; indexes are sorted sets scored by each member's expiry, the key
 * living as long as its longest member (PEXPIREAT GT); lists are LPUSH + LTRIM + EXPIRE. Commands fail
 * at once while Redis is down (no offline queue, no retries per request) and throw
 * StoreUnavailableError, so a reader is told at once instead of waiting; the client keeps reconnecting.
 */
export async function redisStore({ url, log = () => {} }: RedisStoreOptions): Promise<TenantStore> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    keyPrefix: sandboxKeyPrefix,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let reachable = true;
  client.on('error', (error: Error & { code?: string }) => {
    if (!reachable) return;
    reachable = false;
    log(`[sandbox store] Redis unreachable (${error.code ?? error.name}); the sandbox answers "unavailable" until it is back`);
  });
  client.on('ready', () => {
    if (reachable) return;
    reachable = true;
    log('[sandbox store] Redis reachable again');
  });
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new StoreUnavailableError((error as { code?: string }).code ?? 'connect failed', { cause: error });
  }

  /** Runs one command; a failure of Redis itself becomes StoreUnavailableError. */
  async function run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw new StoreUnavailableError((error as { code?: string }).code ?? (error as Error).name ?? 'error', { cause: error });
    }
  }

  /** A MULTI's replies; the first failed command's error is thrown. */
  async function exec(multi: ReturnType<typeof client.multi>): Promise<unknown[]> {
    const results = await run(() => multi.exec());
    return (results ?? []).map(([error, value]) => {
      if (error) throw new StoreUnavailableError(error.name, { cause: error });
      return value;
    });
  }

  async function liveIndex(key: string): Promise<string[]> {
    const [, members] = await exec(client.multi().zremrangebyscore(key, '-inf', String(Date.now())).zrange(key, '0', '-1'));
    return (members as string[] | undefined) ?? [];
  }

  return {
    async get<T>(key: string) {
      return parsed<T>(await run(() => client.get(key)));
    },
    async getMany<T>(keys: readonly string[]) {
      if (keys.length === 0) return [];
      const values = await run(() => client.mget(...keys));
      return values.map((value) => parsed<T>(value));
    },
    async set(key, value, ttlSeconds) {
      await run(() => client.set(key, JSON.stringify(value), 'EX', ttlAtLeastOneSecond(ttlSeconds)));
    },
    async add(key, value, ttlSeconds) {
      return (await run(() => client.set(key, JSON.stringify(value), 'EX', ttlAtLeastOneSecond(ttlSeconds), 'NX'))) === 'OK';
    },
    async take<T>(key: string) {
      return parsed<T>(await run(() => client.getdel(key)));
    },
    async delete(...keys) {
      if (keys.length > 0) await run(() => client.del(...keys));
    },
    async ttl(key) {
      const seconds = await run(() => client.ttl(key));
      return seconds < 0 ? undefined : Math.max(1, seconds);
    },
    async indexAdd(key, member, expiresAtMs) {
      // GT: never shortens the key's life; NX: the first member gives the key its first expiry.
      const at = Math.ceil(expiresAtMs);
      await exec(client.multi().zadd(key, at, member).pexpireat(key, at, 'GT').pexpireat(key, at, 'NX'));
    },
    async indexRemove(key, member) {
      await run(() => client.zrem(key, member));
    },
    indexMembers: liveIndex,
    lists<T>(namespace: string): CappedLists<T> {
      const listKey = (id: string) => `list:${namespace}:${id}`;
      return {
        async push(id, item, { maxLength, ttlSeconds }) {
          const key = listKey(id);
          await exec(client.multi().lpush(key, JSON.stringify(item)).ltrim(key, 0, maxLength - 1).expire(key, ttlAtLeastOneSecond(ttlSeconds)));
        },
        async range(id, offset, count) {
          if (count <= 0) return [];
          const items = await run(() => client.lrange(listKey(id), offset, offset + count - 1));
          return items.map((json) => JSON.parse(json) as T);
        },
      };
    },
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
