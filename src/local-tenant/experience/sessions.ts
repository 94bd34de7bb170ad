import type { LRUCache } from 'lru-cache';
import type { NaverUserInfo } from '../naver-connector/index.ts';
import { expiringCache } from '../expiring-cache.ts';
import { INTERACTION_TTL_SECONDS } from '../oidc/lifetimes.ts';

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

/** Sessions held at once; past it the oldest is dropped, so abandoned sign-ins can't pile up. */
export const MAX_EXPERIENCE_SESSIONS = 1000;

/**
 * Experience sessions by oidc-provider interaction uid, in memory. One is made per sign-in; it ends with
 * the sign-in, and one that is abandoned expires with its interaction.
 */
export class ExperienceSessions {
  readonly #sessions: LRUCache<string, ExperienceSession>;

  constructor(now: () => number = Date.now) {
    this.#sessions = expiringCache({ max: MAX_EXPERIENCE_SESSIONS, ttlMs: INTERACTION_TTL_SECONDS * 1000, now });
  }

  start(uid: string, interactionEvent: InteractionEvent): ExperienceSession {
    const session: ExperienceSession = { interactionEvent, verifications: {}, profile: {}, captcha: { verified: false, skipped: false } };
    this.#sessions.set(uid, session);
    return session;
  }

  get(uid: string): ExperienceSession | undefined {
    return this.#sessions.get(uid);
  }

  /** Keeps the changes made to a session (in memory it is the same object; a store keeps a copy). */
  save(uid: string, session: ExperienceSession): void {
    if (this.#sessions.has(uid)) this.#sessions.set(uid, session, { noUpdateTTL: true });
  }

  end(uid: string): void {
    this.#sessions.delete(uid);
  }
}
