import { generateLogtoId } from '../users/ids.ts';
import type { CappedLists } from '../store/capped-lists.ts';
import type { AuditLogEntry, LogPayload } from './log-entry.ts';
import type { LogsApiProfile } from '../config/logto-version.ts';

/**
 * How much of the log is kept: an entry is gone after `retentionSeconds`, and past `maxEntries` the oldest
 * go first (a sign-in writes about ten), so a tenant that runs for months holds a bounded log.
 */
export type AuditLogLimits = { maxEntries: number; retentionSeconds: number };
export const defaultAuditLogLimits: AuditLogLimits = { maxEntries: 5000, retentionSeconds: 24 * 60 * 60 };

/** What `GET /api/logs` filters on (each exact), and the time window of the versions that have one. */
export type LogFilter = {
  applicationId?: string | undefined;
  userId?: string | undefined;
  logKey?: string | undefined;
  /** Unix ms: `createdAt >= startTime`. */
  startTime?: number | undefined;
  /** Unix ms: `createdAt <= endTime`. */
  endTime?: number | undefined;
};

/** The tenant's one log. */
const listId = 'default';

/**
 * The tenant's audit log (Logto's `logs` table): entries as Logto writes them, newest first. It keeps
 * them in a capped list of the tenant's store (capped-lists.ts); a query reads the live entries and
 * filters them here, which for a log of a few thousand entries is a few milliseconds.
 */
export class AuditLog {
  readonly profile: LogsApiProfile;
  readonly #lists: CappedLists<AuditLogEntry>;
  readonly #limits: AuditLogLimits;
  readonly #now: () => number;

  constructor(lists: CappedLists<AuditLogEntry>, options: { profile: LogsApiProfile; limits?: AuditLogLimits; now?: () => number }) {
    this.#lists = lists;
    this.profile = options.profile;
    this.#limits = options.limits ?? defaultAuditLogLimits;
    this.#now = options.now ?? Date.now;
  }

  async insert(key: string, payload: LogPayload): Promise<AuditLogEntry> {
    const entry: AuditLogEntry = { tenantId: 'default', id: generateLogtoId(21), key, createdAt: this.#now(), payload };
    await this.#lists.push(listId, entry, { maxLength: this.#limits.maxEntries, ttlSeconds: this.#limits.retentionSeconds });
    return entry;
  }

  /** Entries still within their lifetime, newest first (a stable sort keeps a request's entries in write order). */
  async #live(): Promise<AuditLogEntry[]> {
    const oldest = this.#now() - this.#limits.retentionSeconds * 1000;
    const entries = await this.#lists.range(listId, 0, this.#limits.maxEntries);
    return entries.filter((entry) => entry.createdAt > oldest).sort((a, b) => b.createdAt - a.createdAt);
  }

  /** One page of the entries `GET /api/logs` lists that match `filter`, and how many match in all. */
  async find(filter: LogFilter, page: { offset: number; limit: number }): Promise<{ total: number; entries: AuditLogEntry[] }> {
    const matching = (await this.#live()).filter(
      (entry) =>
        this.profile.listedKeyPrefixes.some((prefix) => entry.key.startsWith(prefix)) &&
        (filter.logKey === undefined || entry.key === filter.logKey) &&
        (filter.applicationId === undefined || entry.payload['applicationId'] === filter.applicationId) &&
        (filter.userId === undefined || entry.payload['userId'] === filter.userId) &&
        (filter.startTime === undefined || entry.createdAt >= filter.startTime) &&
        (filter.endTime === undefined || entry.createdAt <= filter.endTime),
    );
    return { total: matching.length, entries: matching.slice(page.offset, page.offset + page.limit) };
  }

  async findById(id: string): Promise<AuditLogEntry | undefined> {
    return (await this.#live()).find((entry) => entry.id === id);
  }
}
