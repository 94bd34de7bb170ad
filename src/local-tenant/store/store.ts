import type { CappedLists } from './capped-lists.ts';

/**
 * Where the sandbox keeps everything that must outlive one request: oidc-provider's models, the
 * experience sessions, the users, the Naver mock's codes and tokens, the audit log, the rotated keys.
 * One interface, two homes: this process's memory (memory-store.ts, `npm start` and the tests), or
 * Redis (redis-store.ts, REDIS_URL), so that any number of tenant instances serve one reader.
 *
 * Values are JSON: what is read is always a copy, in memory as from Redis. Every key has a lifetime
 * (seconds, at least 1): nothing is kept forever, so a sandbox that runs for months holds a bounded
 * amount of state. A store that can't be reached throws StoreUnavailableError (store-unavailable.ts).
 */
export interface TenantStore {
  get<T>(key: string): Promise<T | undefined>;
  /** Several values in one round trip, in the order of `keys`. */
  getMany<T>(keys: readonly string[]): Promise<(T | undefined)[]>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  /** Sets `key` only when it holds nothing; true when this call set it. */
  add(key: string, value: unknown, ttlSeconds: number): Promise<boolean>;
  /** Reads and deletes at once: what works once (a Naver code) can't be used twice, by two instances either. */
  take<T>(key: string): Promise<T | undefined>;
  delete(...keys: string[]): Promise<void>;
  /** Seconds `key` has left, undefined when it holds nothing. */
  ttl(key: string): Promise<number | undefined>;
  /**
   * Indexes: members with their own expiry (unix ms), the key living as long as its longest member.
   * `indexMembers` lists the live ones, oldest expiry first (dropping the expired).
   */
  indexAdd(key: string, member: string, expiresAtMs: number): Promise<void>;
  indexRemove(key: string, member: string): Promise<void>;
  indexMembers(key: string): Promise<string[]>;
  /** Newest-first capped lists (the audit log, the rotated keys). */
  lists<T>(namespace: string): CappedLists<T>;
  close(): Promise<void>;
}

/** oidc-provider's clock is in seconds; a key's lifetime is never less than one of them. */
export function ttlAtLeastOneSecond(ttlSeconds: number): number {
  return Math.max(1, Math.ceil(ttlSeconds));
}
