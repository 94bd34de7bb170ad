import type { TenantApp } from '../config/schema.ts';

/**
 * Logto 1.41+'s app-level access control, as this tenant keeps it: per app, whether it is on and which
 * users its "Custom allow rules" let in (a user rule is the only kind here: the tenant has no roles or
 * organizations). Built from the config's `accessControl`; `allowOnly` replaces an app's rules and
 * switches them on, as Logto's Console does with `PUT …/access-control` then the flag. That is for
 * tests and scripts in the same process: no HTTP route changes it, so a shared tenant stays as its
 * config says. Logto checks it at `/consent`, on the consent API, in `loadExistingGrant` (an
 * authorization with an existing grant) and on a refresh; never at userinfo.
 */
export class AppAccessControl {
  readonly #allowed = new Map<string, ReadonlySet<string>>();

  constructor(apps: readonly Pick<TenantApp, 'id' | 'accessControl'>[]) {
    for (const app of apps) {
      if (app.accessControl) this.#allowed.set(app.id, new Set(app.accessControl.userIds));
    }
  }

  /** Whether `userId` may use the app: always, while the app's access control is off. */
  allows(appId: string, userId: string): boolean {
    const allowed = this.#allowed.get(appId);
    return allowed === undefined || allowed.has(userId);
  }

  /** Switches the app's access control on with only these users allowed (at least one, as Logto requires). */
  allowOnly(appId: string, userIds: readonly string[]): void {
    if (userIds.length === 0) throw new RangeError('Application access control must include at least one rule before it can be enabled.');
    this.#allowed.set(appId, new Set(userIds));
  }

  /** Switches the app's access control off: every user may use it. */
  disable(appId: string): void {
    this.#allowed.delete(appId);
  }
}
