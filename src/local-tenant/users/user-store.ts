import { createHash } from 'node:crypto';
import { splitVisitorId, visitorEmail } from '../naver-mock/visitor-accounts.ts';
import { memoryStore } from '../store/memory-store.ts';
import type { TenantStore } from '../store/store.ts';
import { generateLogtoId } from './ids.ts';

/** What a connector told us about the user, kept as Logto keeps it under `identities.<target>`. */
type SocialIdentity = {
  userId: string;
  details: { id: string; name?: string; email?: string; avatar?: string; rawData: unknown };
};

export type TenantUser = {
  id: string;
  username: string | null;
  name: string | null;
  picture: string | null;
  email: string | null;
  createdAt: number;
  updatedAt: number;
  identities: Record<string, SocialIdentity>;
};

/** A user the tenant already has when it starts (config `users`), as if they had signed up before. */
export type ExistingUser = { id: string; username: string | null; email: string; name: string | null };

type NewSocialUser = {
  target: string;
  identity: SocialIdentity;
  username: string | null;
  /** Whose users it joins (visitorScopeOf); '' on a LOCAL tenant. */
  scope?: string;
};

/** A user as stored: the user, and the visitor scope its username and email are unique in. */
type StoredUser = { scope: string; user: TenantUser };

export type UserLimits = {
  /** How long a user lives after its last sign-in or sign-up (seconds). */
  ttlSeconds: number;
  /** Users held at once; past it the one closest to expiring goes first. */
  maxUsers: number;
};

/** A LOCAL tenant's users live as long as a session (14 days); a public sandbox's, a day (main.ts). */
export const defaultUserLimits: UserLimits = { ttlSeconds: 14 * 24 * 60 * 60, maxUsers: 10_000 };

/**
 * Whose users a Naver account's lookups search: on a public sandbox each browser has its own copies of
 * the test accounts (naver-mock/visitor-accounts.ts), and its users, usernames and emails are its own,
 * never found by another visitor; '' (everyone's) for the fixed test accounts of a LOCAL tenant.
 */
export function visitorScopeOf(socialUserId: string): string {
  return splitVisitorId(socialUserId).tag ?? '';
}

const userKey = (id: string) => `user:${id}`;
const socialKey = (target: string, userId: string) => `user-social:${target}:${userId}`;
const usernameKey = (scope: string, username: string) => `user-username:${scope}:${username.toLowerCase()}`;
const emailKey = (scope: string, email: string) => `user-email:${scope}:${email.toLowerCase()}`;
/** Every user's id, scored by when it expires: how the count is capped. */
const allUsersKey = 'users';

/** The id a visitor's copy of an existing user has: derived, so each visitor gets the same one every time. */
function scopedSeedId(seedId: string, scope: string): string {
  if (scope === '') return seedId;
  const digest = createHash('sha256').update(`${seedId}:${scope}`).digest();
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  return Array.from(digest.subarray(0, seedId.length), (byte) => alphabet[byte % alphabet.length]).join('');
}

/**
 * The tenant's users, in the tenant's store (memory, or Redis shared by every instance), each expiring
 * `ttlSeconds` after it was last written and at most `maxUsers` of them. The existing users of the
 * config (`users`) are not written at start: each visitor meets its own copy, made when a lookup first
 * needs it (its email carries the visitor's tag, as the visitor's Naver accounts do).
 */
export class UserStore {
  readonly #store: TenantStore;
  readonly #seeds: readonly ExistingUser[];
  readonly #limits: UserLimits;
  readonly #now: () => number;

  constructor(options: { store?: TenantStore; seeds?: readonly ExistingUser[]; limits?: UserLimits; now?: () => number } = {}) {
    this.#store = options.store ?? memoryStore();
    this.#seeds = options.seeds ?? [];
    this.#limits = options.limits ?? defaultUserLimits;
    this.#now = options.now ?? Date.now;
  }

  async #read(id: string): Promise<StoredUser | undefined> {
    return this.#store.get<StoredUser>(userKey(id));
  }

  /** Writes the user and every key that finds it, all with a fresh lifetime. */
  async #write(stored: StoredUser): Promise<void> {
    const { scope, user } = stored;
    const ttl = this.#limits.ttlSeconds;
    await this.#store.set(userKey(user.id), stored, ttl);
    for (const [target, identity] of Object.entries(user.identities)) await this.#store.set(socialKey(target, identity.userId), user.id, ttl);
    if (user.username) await this.#store.set(usernameKey(scope, user.username), user.id, ttl);
    if (user.email) await this.#store.set(emailKey(scope, user.email), user.id, ttl);
    await this.#store.indexAdd(allUsersKey, user.id, this.#now() + ttl * 1000);
  }

  /** Past `maxUsers`, the users closest to expiring are removed, with the keys that find them. */
  async #makeRoom(): Promise<void> {
    const ids = await this.#store.indexMembers(allUsersKey);
    for (const id of ids.slice(0, Math.max(0, ids.length - this.#limits.maxUsers + 1))) {
      const stored = await this.#read(id);
      await this.#store.indexRemove(allUsersKey, id);
      if (!stored) continue;
      const { scope, user } = stored;
      await this.#store.delete(
        userKey(id),
        ...Object.entries(user.identities).map(([target, identity]) => socialKey(target, identity.userId)),
        ...(user.username ? [usernameKey(scope, user.username)] : []),
        ...(user.email ? [emailKey(scope, user.email)] : []),
      );
    }
  }

  /** The scope's copy of an existing user, made now if it isn't stored yet. */
  async #seeded(seed: ExistingUser, scope: string): Promise<TenantUser> {
    const id = scopedSeedId(seed.id, scope);
    const stored = await this.#read(id);
    if (stored) return stored.user;
    const now = this.#now();
    const email = scope === '' ? seed.email : visitorEmail(seed.email, scope);
    const user: TenantUser = { id, username: seed.username, name: seed.name, picture: null, email, createdAt: now, updatedAt: now, identities: {} };
    await this.#write({ scope, user });
    return user;
  }

  /** The user an index key names, when it still exists. */
  async #byKey(key: string): Promise<TenantUser | undefined> {
    const id = await this.#store.get<string>(key);
    return id === undefined ? undefined : (await this.#read(id))?.user;
  }

  async findById(id: string): Promise<TenantUser | undefined> {
    const stored = await this.#read(id);
    if (stored) return stored.user;
    const seed = this.#seeds.find((candidate) => candidate.id === id);
    return seed ? this.#seeded(seed, '') : undefined;
  }

  async findBySocialIdentity(target: string, userId: string): Promise<TenantUser | undefined> {
    return this.#byKey(socialKey(target, userId));
  }

  async findByUsername(username: string, scope = ''): Promise<TenantUser | undefined> {
    const found = await this.#byKey(usernameKey(scope, username));
    if (found) return found;
    const wanted = username.toLowerCase();
    const seed = this.#seeds.find((candidate) => candidate.username?.toLowerCase() === wanted);
    return seed ? this.#seeded(seed, scope) : undefined;
  }

  /** The user of this scope whose primary email this is (Logto compares emails case-insensitively). */
  async findByEmail(email: string, scope = ''): Promise<TenantUser | undefined> {
    const found = await this.#byKey(emailKey(scope, email));
    if (found) return found;
    const wanted = email.toLowerCase();
    const seed = this.#seeds.find((candidate) => (scope === '' ? candidate.email : visitorEmail(candidate.email, scope)).toLowerCase() === wanted);
    return seed ? this.#seeded(seed, scope) : undefined;
  }

  async isEmailTaken(email: string, scope = ''): Promise<boolean> {
    return (await this.findByEmail(email, scope)) !== undefined;
  }

  /**
   * A new user from a social identity, as Logto's sign-up does: name = the social name (Naver's
   * nickname), picture = avatar, and the email when no other user of the scope has it already.
   */
  async createFromSocialIdentity({ target, identity, username, scope = '' }: NewSocialUser): Promise<TenantUser> {
    await this.#makeRoom();
    let id = generateLogtoId();
    while (await this.#read(id)) id = generateLogtoId();
    const now = this.#now();
    const { email } = identity.details;
    const user: TenantUser = {
      id,
      username,
      name: identity.details.name ?? null,
      picture: identity.details.avatar ?? null,
      email: email && !(await this.isEmailTaken(email, scope)) ? email : null,
      createdAt: now,
      updatedAt: now,
      identities: { [target]: identity },
    };
    await this.#write({ scope, user });
    return user;
  }

  /** A returning user's sign-in refreshes the stored social details, as Logto does; linking adds them. */
  async updateSocialIdentity(user: TenantUser, target: string, identity: SocialIdentity): Promise<TenantUser> {
    const stored = await this.#read(user.id);
    const updated: TenantUser = {
      ...user,
      identities: { ...user.identities, [target]: identity },
      updatedAt: this.#now(),
    };
    await this.#write({ scope: stored?.scope ?? visitorScopeOf(identity.userId), user: updated });
    return updated;
  }
}
