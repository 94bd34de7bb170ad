import type { NaverUserInfo } from '../naver-connector/index.ts';
import { INTERACTION_TTL_SECONDS } from '../oidc/lifetimes.ts';
import { memoryStore } from '../store/memory-store.ts';
import type { TenantStore } from '../store/store.ts';

export const interactionEvents = ['SignIn', 'Register', 'ForgotPassword'] as const;
export type InteractionEvent = (typeof interactionEvents)[number];

export type SocialVerification = {
  id: string;
  connectorId: string;
  state: string;
  redirectUri: string;
  /** Set once the connector has verified the callback (Logto's `socialUserInfo`). */
  userInfo?: NaverUserInfo;
};

/** A social identity as the interaction's profile holds it until submit (Logto's `socialIdentity`). */
export type ProfileSocialIdentity = { target: string; userInfo: NaverUserInfo };

/**
 * What Logto keeps for one sign-in interaction between the experience API calls. Plain JSON (a record
 * of verifications, not a Map), so it can live in the tenant's store.
 */
export type ExperienceSession = {
  interactionEvent: InteractionEvent;
  /** By verification id. */
  verifications: Record<string, SocialVerification>;
  /** What submit writes to the user: a chosen username, the social identity to sync or link. */
  profile: { username?: string; socialIdentity?: ProfileSocialIdentity };
  identifiedUserId?: string;
  /** Logto's captcha state: a social verification skips it. */
  captcha: { verified: boolean; skipped: boolean };
};

const sessionKey = (uid: string) => `experience:${uid}`;

/**
 * Experience sessions by oidc-provider interaction uid, in the tenant's store (memory, or Redis shared
 * by every instance). One is made per sign-in; it ends with the sign-in, and one that is abandoned
 * expires with its interaction. What is read is a copy: a change counts once it is saved.
 */
export class ExperienceSessions {
  readonly #store: TenantStore;

  constructor(store: TenantStore = memoryStore()) {
    this.#store = store;
  }

  async start(uid: string, interactionEvent: InteractionEvent): Promise<ExperienceSession> {
    const session: ExperienceSession = { interactionEvent, verifications: {}, profile: {}, captcha: { verified: false, skipped: false } };
    await this.#store.set(sessionKey(uid), session, INTERACTION_TTL_SECONDS);
    return session;
  }

  get(uid: string): Promise<ExperienceSession | undefined> {
    return this.#store.get<ExperienceSession>(sessionKey(uid));
  }

  /** Keeps the changes made to a session, within the lifetime it has left (an ended or expired one stays gone). */
  async save(uid: string, session: ExperienceSession): Promise<void> {
    const left = await this.#store.ttl(sessionKey(uid));
    if (left !== undefined) await this.#store.set(sessionKey(uid), session, left);
  }

  async end(uid: string): Promise<void> {
    await this.#store.delete(sessionKey(uid));
  }
}
