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
  /** Set once the connector has verified the callback. */
  userInfo?: NaverUserInfo;
};

/** What Logto keeps for one sign-in interaction between the experience API calls. */
export type ExperienceSession = {
  interactionEvent: InteractionEvent;
  verifications: Map<string, SocialVerification>;
  profile: { username?: string };
  identifiedUserId?: string;
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
    const session: ExperienceSession = { interactionEvent, verifications: new Map(), profile: {} };
    this.#sessions.set(uid, session);
    return session;
  }

  get(uid: string): ExperienceSession | undefined {
    return this.#sessions.get(uid);
  }

  end(uid: string): void {
    this.#sessions.delete(uid);
  }
}
