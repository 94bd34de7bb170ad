import type { TenantUser } from '../users/user-store.ts';
import type { ExperienceSession, SocialVerification } from './sessions.ts';

/** A social verification as Logto stores it in the interaction (SocialVerification.toJson). */
export function verificationJson(verification: SocialVerification): Record<string, unknown> {
  return {
    id: verification.id,
    connectorId: verification.connectorId,
    type: 'Social',
    socialUserInfo: verification.userInfo,
    // The Naver connector keeps nothing between its two calls.
    connectorSession: {},
  };
}

/**
 * The interaction as Logto's log holds it (ExperienceInteraction.toJson): the event, the user once
 * identified, the pending profile, MFA, every verification (with Naver's whole profile once verified) and
 * the captcha state.
 */
export function interactionJson(session: ExperienceSession): Record<string, unknown> {
  return {
    interactionEvent: session.interactionEvent,
    userId: session.identifiedUserId,
    profile: session.profile,
    mfa: {},
    verificationRecords: Object.values(session.verifications).map(verificationJson),
    captcha: session.captcha,
  };
}

/** A new user as Logto's log holds it after registration (its `users` row, in Logto's field names). */
export function userRowJson(user: TenantUser, applicationId: string | undefined): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    primaryEmail: user.email,
    primaryPhone: null,
    name: user.name,
    avatar: user.picture,
    customData: {},
    identities: user.identities,
    profile: {},
    applicationId: applicationId ?? null,
    isSuspended: false,
    lastSignInAt: null,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
