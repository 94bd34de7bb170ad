import type { NaverUserInfo } from '../naver-connector/index.ts';

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

const maxSessions = 1000;

/** Experience sessions by oidc-provider interaction uid, in memory, oldest dropped past a cap. */
export class ExperienceSessions {
  readonly #sessions = new Map<string, ExperienceSession>();

  start(uid: string, interactionEvent: InteractionEvent): ExperienceSession {
    const session: ExperienceSession = { interactionEvent, verifications: new Map(), profile: {} };
    this.#sessions.delete(uid);
    this.#sessions.set(uid, session);
    if (this.#sessions.size > maxSessions) {
      const oldest = this.#sessions.keys().next().value;
      if (oldest !== undefined) this.#sessions.delete(oldest);
    }
    return session;
  }

  get(uid: string): ExperienceSession | undefined {
    return this.#sessions.get(uid);
  }

  end(uid: string): void {
    this.#sessions.delete(uid);
  }
}
