import { LRUCache } from 'lru-cache';

/**
 * What the local tenant keeps per sign-in (experience sessions, the Naver mock's codes and tokens): each
 * entry is dropped when it expires, by lru-cache's autopurge timers, and at most `max` are held, the
 * oldest dropped first. So a tenant serving sign-ins for months holds a bounded amount of state.
 */
export function expiringCache<V extends object>({ max, ttlMs, now }: { max: number; ttlMs: number; now: () => number }): LRUCache<string, V> {
  // ttlResolution 0: read `now` on every check (the default reuses a reading for 1 ms, which a test's
  // clock can't move).
  return new LRUCache<string, V>({ max, ttl: ttlMs, ttlAutopurge: true, ttlResolution: 0, perf: { now } });
}
