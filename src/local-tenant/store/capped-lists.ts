/**
 * Newest-first lists of at most `maxLength` items that expire `ttlSeconds` after the last push: the
 * tenant store's lists (store.ts `lists`), in memory or in Redis (LPUSH, LTRIM, EXPIRE).
 */
export interface CappedLists<T> {
  push(id: string, item: T, options: { maxLength: number; ttlSeconds: number }): Promise<void>;
  /** Items `offset` to `offset + count - 1`, newest first. */
  range(id: string, offset: number, count: number): Promise<T[]>;
}

/**
 * The lists in this process's memory. Items are kept as JSON text, so what is read is a copy, as from
 * Redis; a list past its lifetime reads as empty and is dropped when next touched.
 */
export function memoryCappedLists<T>(now: () => number = Date.now, lists = new Map<string, { items: string[]; expiresAt: number }>()): CappedLists<T> {
  const live = (id: string) => {
    const list = lists.get(id);
    if (list && list.expiresAt <= now()) lists.delete(id);
    return lists.get(id);
  };
  return {
    async push(id, item, { maxLength, ttlSeconds }) {
      const items = [JSON.stringify(item), ...(live(id)?.items ?? [])].slice(0, maxLength);
      lists.set(id, { items, expiresAt: now() + ttlSeconds * 1000 });
    },
    async range(id, offset, count) {
      return (live(id)?.items ?? []).slice(offset, offset + count).map((json) => JSON.parse(json) as T);
    },
  };
}
