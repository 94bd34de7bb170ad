import type { TenantApp } from '../config/schema.ts';
import type { TenantStore } from '../store/store.ts';

/** What `allowOnly`/`disable` set for an app: on with these users, or off. */
type AccessRule = { userIds: string[] } | { off: true };

/** How long a change made in process holds: a test's or a script's, never forever (every store key has a lifetime). */
const changeTtlSeconds = 24 * 60 * 60;

/**
 * Logto 1.41+'s app-level access control, as this tenant keeps it: per app, whether it is on and which
 * users its "Custom allow rules" let in (a user rule is the only kind here: the tenant has no roles or
 * organizations). Built from the config's `accessControl`, which stays in memory (every instance reads
 * the same config); `allowOnly` replaces an app's rules and switches them on, as Logto's Console does
 * with `PUT …/access-control` then the flag, and `disable` switches them off. Those changes go through
 * the tenant's store, so every instance behind a balancer answers by them. They are for tests and
 * scripts in the same process: no HTTP route changes them, so a shared tenant stays as its config says.
 * Logto checks it at `/consent`, on the consent API, in `loadExistingGrant` (an authorization with an
 * existing grant) and on a refresh; never at userinfo.
 */
export class AppAccessControl {
  readonly #configured = new Map<string, ReadonlySet<string>>();
  readonly #store: TenantStore;

  constructor(apps: readonly Pick<TenantApp, 'id' | 'accessControl'>[], store: TenantStore) {
    for (const app of apps) {
      if (app.accessControl) this.#configured.set(app.id, new Set(app.accessControl.userIds));
    }
    this.#store = store;
  }

  /** Whether `userId` may use the app: always, while the app's access control is off. */
  async allows(appId: string, userId: string): Promise<boolean> {
    const changed = await this.#store.get<AccessRule>(keyOf(appId));
    if (changed) return 'off' in changed || changed.userIds.includes(userId);
    const configured = this.#configured.get(appId);
    return configured === undefined || configured.has(userId);
  }

  /** Switches the app's access control on with only these users allowed (at least one, as Logto requires). */
  async allowOnly(appId: string, userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) throw new RangeError('Application access control must include at least one rule before it can be enabled.');
    await this.#store.set(keyOf(appId), { userIds: [...userIds] } satisfies AccessRule, changeTtlSeconds);
  }

  /** Switches the app's access control off: every user may use it. */
  async disable(appId: string): Promise<void> {
    await this.#store.set(keyOf(appId), { off: true } satisfies AccessRule, changeTtlSeconds);
  }
}

function keyOf(appId: string): string {
  return `access-control:${appId}`;
}
