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
};

/**
 * The tenant's users, in memory. Each tenant instance has its own store, so tests can start as many
 * tenants as they like without sharing accounts.
 */
export class UserStore {
  readonly #users = new Map<string, TenantUser>();

  findById(id: string): TenantUser | undefined {
    return this.#users.get(id);
  }

  findBySocialIdentity(target: string, userId: string): TenantUser | undefined {
    for (const user of this.#users.values()) {
      if (user.identities[target]?.userId === userId) return user;
    }
    return undefined;
  }

  findByUsername(username: string): TenantUser | undefined {
    const wanted = username.toLowerCase();
    for (const user of this.#users.values()) {
      if (user.username?.toLowerCase() === wanted) return user;
    }
    return undefined;
  }

  /** The user whose primary email this is (Logto compares emails case-insensitively). */
  findByEmail(email: string): TenantUser | undefined {
    const wanted = email.toLowerCase();
    for (const user of this.#users.values()) {
      if (user.email?.toLowerCase() === wanted) return user;
    }
    return undefined;
  }

  isEmailTaken(email: string): boolean {
    return this.findByEmail(email) !== undefined;
  }

  /** Adds the users the tenant starts with: no social identity yet, no picture. */
  seed(existing: readonly ExistingUser[]): void {
    const now = Date.now();
    for (const { id, username, email, name } of existing) {
      this.#users.set(id, { id, username, name, picture: null, email, createdAt: now, updatedAt: now, identities: {} });
    }
  }

  /**
   * A new user from a social identity, as Logto's sign-up does: name = the social name (Naver's
   * nickname), picture = avatar, and the email when no other user has it already.
   */
  createFromSocialIdentity({ target, identity, username }: NewSocialUser): TenantUser {
    let id = generateLogtoId();
    while (this.#users.has(id)) id = generateLogtoId();
    const now = Date.now();
    const { email } = identity.details;
    const user: TenantUser = {
      id,
      username,
      name: identity.details.name ?? null,
      picture: identity.details.avatar ?? null,
      email: email && !this.isEmailTaken(email) ? email : null,
      createdAt: now,
      updatedAt: now,
      identities: { [target]: identity },
    };
    this.#users.set(id, user);
    return user;
  }

  /** A returning user's sign-in refreshes the stored social details, as Logto does; linking adds them. */
  updateSocialIdentity(user: TenantUser, target: string, identity: SocialIdentity): TenantUser {
    const updated: TenantUser = {
      ...user,
      identities: { ...user.identities, [target]: identity },
      updatedAt: Date.now(),
    };
    this.#users.set(user.id, updated);
    return updated;
  }
}
