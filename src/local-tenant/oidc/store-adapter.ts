import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';
import type { TenantStore } from '../store/store.ts';
import { tokenLifetimes } from './lifetimes.ts';

/**
 * oidc-provider's models (sessions, interactions, codes, grants, tokens, …) in the tenant's store, in
 * memory or in Redis. It follows oidc-provider 9's own memory adapter (lib/adapters/memory_adapter.js)
 * step by step: each model's entry lives `expiresIn` (+ clock tolerance) seconds; the models issued
 * under a grant are indexed by it, so revokeByGrantId reaches them all and the index lives as long as
 * its longest member; a Session is also found by its `uid`, a device code by its `userCode`; consume
 * marks the entry `consumed` (epoch seconds), and destroy removes it and the indexes that still name it.
 *
 * Unlike the memory adapter, nothing lives forever: a payload without `expiresIn` is kept as long as
 * the longest lifetime the tenant grants (a Session's).
 */

/** The models oidc-provider issues under a grant, as its memory adapter lists them. */
const grantable = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest', 'PreAuthorizedCode']);

/** What a payload without `expiresIn` is kept for. */
export const longestLifetimeSeconds = Math.max(...Object.values(tokenLifetimes));

const entryKey = (member: string) => `oidc:${member}`;
/** `consumed` is kept beside the entry, so marking it is one write that keeps the entry's lifetime. */
const consumedKey = (member: string) => `oidc:consumed:${member}`;
const grantKey = (grantId: string) => `oidc:grant:${grantId}`;
const sessionUidKey = (uid: string) => `oidc:sessionUid:${uid}`;
const userCodeKey = (userCode: string) => `oidc:userCode:${userCode}`;

const epochSeconds = (now: number) => Math.floor(now / 1000);

export class StoreAdapter implements Adapter {
  readonly #model: string;
  readonly #store: TenantStore;
  readonly #clockTolerance: number;
  readonly #now: () => number;

  constructor(model: string, store: TenantStore, options: { clockTolerance?: number; now?: () => number } = {}) {
    this.#model = model;
    this.#store = store;
    this.#clockTolerance = options.clockTolerance ?? 0;
    this.#now = options.now ?? Date.now;
  }

  #member(id: string): string {
    return `${this.#model}:${id}`;
  }

  async #removeSecondaryIndexes(id: string, payload: AdapterPayload): Promise<void> {
    const candidates = [payload.uid ? sessionUidKey(payload.uid) : undefined, payload.userCode ? userCodeKey(payload.userCode) : undefined].filter(
      (key): key is string => key !== undefined,
    );
    const owners = await this.#store.getMany<string>(candidates);
    const stale = candidates.filter((_key, index) => owners[index] === id);
    await this.#store.delete(...stale);
  }

  async #removeIndexes(id: string, payload: AdapterPayload): Promise<void> {
    await this.#removeSecondaryIndexes(id, payload);
    if (grantable.has(this.#model) && payload.grantId) await this.#store.indexRemove(grantKey(payload.grantId), this.#member(id));
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const member = this.#member(id);
    const ttl = (typeof expiresIn === 'number' ? expiresIn : longestLifetimeSeconds) + this.#clockTolerance;
    const previous = await this.#store.get<AdapterPayload>(entryKey(member));
    if (previous) await this.#removeIndexes(id, previous);
    if (this.#model === 'Session' && payload.uid) await this.#store.set(sessionUidKey(payload.uid), id, ttl);
    const { grantId, userCode } = payload;
    if (grantable.has(this.#model) && grantId) await this.#store.indexAdd(grantKey(grantId), member, this.#now() + ttl * 1000);
    if (userCode) await this.#store.set(userCodeKey(userCode), id, ttl);
    // A new payload is a new entry: an earlier `consumed` mark does not carry over.
    await this.#store.delete(consumedKey(member));
    await this.#store.set(entryKey(member), payload, ttl);
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const member = this.#member(id);
    const [payload, consumed] = await this.#store.getMany<unknown>([entryKey(member), consumedKey(member)]);
    if (!payload) return undefined;
    return typeof consumed === 'number' ? { ...(payload as AdapterPayload), consumed } : (payload as AdapterPayload);
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const id = await this.#store.get<string>(sessionUidKey(uid));
    return id === undefined ? undefined : this.find(id);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const id = await this.#store.get<string>(userCodeKey(userCode));
    return id === undefined ? undefined : this.find(id);
  }

  async consume(id: string): Promise<void> {
    const member = this.#member(id);
    const left = await this.#store.ttl(entryKey(member));
    if (left === undefined) return;
    await this.#store.set(consumedKey(member), epochSeconds(this.#now()), left);
  }

  async destroy(id: string): Promise<void> {
    const member = this.#member(id);
    const payload = await this.#store.get<AdapterPayload>(entryKey(member));
    await this.#store.delete(entryKey(member), consumedKey(member));
    if (payload) await this.#removeIndexes(id, payload);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    const key = grantKey(grantId);
    const members = await this.#store.indexMembers(key);
    for (const member of members) {
      const payload = await this.#store.get<AdapterPayload>(entryKey(member));
      await this.#store.delete(entryKey(member), consumedKey(member));
      if (payload) {
        const id = payload.jti ?? member.slice(member.indexOf(':') + 1);
        await this.#removeSecondaryIndexes(id, payload);
      }
    }
    await this.#store.delete(key);
  }
}

/** The adapter oidc-provider's `adapter` setting takes: one StoreAdapter per model, over one store. */
export function storeAdapterFactory(store: TenantStore, options: { clockTolerance?: number; now?: () => number } = {}): AdapterFactory {
  return (model) => new StoreAdapter(model, store, options);
}
