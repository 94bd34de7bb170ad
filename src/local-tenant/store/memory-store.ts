import { LRUCache } from 'lru-cache';
import { memoryCappedLists } from './capped-lists.ts';
import type { CappedLists } from './capped-lists.ts';
import { ttlAtLeastOneSecond } from './store.ts';
import type { TenantStore } from './store.ts';

/** Keys held at once in memory; past it the least recently used goes first (far above what a test or reader keeps in play). */
export const MAX_MEMORY_STORE_KEYS = 100_000;

type Entry = { json: string } | { index: Map<string, number> };

/**
 * The store in this process's memory, for `npm start` and the tests: each key dropped when it expires
 * (lru-cache's TTLs) and at most `maxKeys` held, so memory stays bounded. Values are kept as JSON text,
 * so a reader gets a copy, exactly as from Redis.
 */
export function memoryStore({ now = Date.now, maxKeys = MAX_MEMORY_STORE_KEYS }: { now?: () => number; maxKeys?: number } = {}): TenantStore {
  // ttlResolution 0: read `now` on every check (the default reuses a reading for 1 ms, which a test's clock can't move).
  const entries = new LRUCache<string, Entry>({ max: maxKeys, ttlAutopurge: true, ttlResolution: 0, perf: { now } });
  const listMaps = new Map<string, Map<string, { items: string[]; expiresAt: number }>>();
  const read = <T>(key: string): T | undefined => {
    const entry = entries.get(key);
    return entry && 'json' in entry ? (JSON.parse(entry.json) as T) : undefined;
  };
  const write = (key: string, value: unknown, ttlSeconds: number) => {
    entries.set(key, { json: JSON.stringify(value) }, { ttl: ttlAtLeastOneSecond(ttlSeconds) * 1000 });
  };
  const liveIndex = (key: string): Map<string, number> | undefined => {
    const entry = entries.get(key);
    if (!entry || !('index' in entry)) return undefined;
    for (const [member, expiresAt] of entry.index) if (expiresAt <= now()) entry.index.delete(member);
    return entry.index;
  };
  const keepIndex = (key: string, index: Map<string, number>) => {
    if (index.size === 0) {
      entries.delete(key);
      return;
    }
    const longest = Math.max(...index.values());
    entries.set(key, { index }, { ttl: Math.max(1, longest - now()) });
  };
  return {
    async get<T>(key: string) {
      return read<T>(key);
    },
    async getMany<T>(keys: readonly string[]) {
      return keys.map((key) => read<T>(key));
    },
    async set(key, value, ttlSeconds) {
      write(key, value, ttlSeconds);
    },
    async add(key, value, ttlSeconds) {
      if (entries.has(key)) return false;
      write(key, value, ttlSeconds);
      return true;
    },
    async take<T>(key: string) {
      const value = read<T>(key);
      entries.delete(key);
      return value;
    },
    async delete(...keys) {
      for (const key of keys) entries.delete(key);
    },
    async ttl(key) {
      if (!entries.has(key)) return undefined;
      return Math.max(1, Math.ceil(entries.getRemainingTTL(key) / 1000));
    },
    async indexAdd(key, member, expiresAtMs) {
      const index = liveIndex(key) ?? new Map<string, number>();
      index.set(member, expiresAtMs);
      keepIndex(key, index);
    },
    async indexRemove(key, member) {
      const index = liveIndex(key);
      if (!index) return;
      index.delete(member);
      keepIndex(key, index);
    },
    async indexMembers(key) {
      const index = liveIndex(key);
      return index ? [...index].sort((a, b) => a[1] - b[1]).map(([member]) => member) : [];
    },
    lists<T>(namespace: string): CappedLists<T> {
      let lists = listMaps.get(namespace);
      if (!lists) listMaps.set(namespace, (lists = new Map()));
      return memoryCappedLists<T>(now, lists);
    },
    async close() {
      entries.clear();
    },
  };
}
