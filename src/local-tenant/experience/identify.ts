import type { LogEntryDraft } from '../audit-log/log-entry.ts';
import type { TenantConfig } from '../config/schema.ts';
import { generateLogtoId } from '../users/ids.ts';
import { visitorScopeOf } from '../users/user-store.ts';
import type { TenantUser, UserStore } from '../users/user-store.ts';
import type { AppExperience } from './app-experience.ts';
import { userRowJson, verificationJson } from './interaction-json.ts';
import { RequestError } from '../http/request-error.ts';
import type { ExperienceSession, ProfileSocialIdentity, SocialVerification } from './sessions.ts';
import { findConnector } from './social-connectors.ts';

/** What identification needs from the request: the log and how to write the interaction's state. */
export type IdentificationContext = {
  config: TenantConfig;
  users: UserStore;
  session: ExperienceSession;
  experience: AppExperience;
  applicationId: string | undefined;
  /** Logto's `ctx.createLog`. */
  createLog(key: string): LogEntryDraft;
  /** Logto's `experienceInteraction.save()`: keeps the session and puts the interaction on every entry. */
  save(): Promise<void>;
};

/**
 * Whose users a session's lookups search: the visitor the session's Naver account belongs to on a
 * public sandbox (its verified identity, else any verified one), '' for everyone else.
 */
export function visitorScopeOfSession(session: ExperienceSession): string {
  const id = session.profile.socialIdentity?.userInfo.id ?? Object.values(session.verifications).find((item) => item.userInfo)?.userInfo?.id;
  return id === undefined ? '' : visitorScopeOf(id);
}

/** Logto's guardInteractionEvent: no registering in "sign in only" mode, no signing in in "register only". */
export function guardInteractionEvent(experience: AppExperience, event: string): void {
  const forbidden =
    (event === 'Register' && experience.signInMode === 'SignIn') || (event === 'SignIn' && experience.signInMode === 'Register');
  if (forbidden) throw new RequestError('auth.forbidden', 403);
}

/** A verification of this interaction; any other id is 404 `session.verification_session_not_found`. */
export function verificationOf(session: ExperienceSession, verificationId: string): SocialVerification {
  const verification = Object.hasOwn(session.verifications, verificationId) ? session.verifications[verificationId] : undefined;
  if (!verification) throw new RequestError('session.verification_session_not_found', 404);
  return verification;
}

/** The verified social identity (Logto's `toUserProfile`); an unverified record cannot identify anyone. */
function socialIdentityOf(config: TenantConfig, verification: SocialVerification): ProfileSocialIdentity {
  if (!verification.userInfo) throw new RequestError('session.verification_failed', 400);
  return { target: findConnector(config, verification.connectorId).target, userInfo: verification.userInfo };
}

/** Logto's findSocialRelatedUser: a user whose primary email is the social account's email. */
async function relatedUserOf(users: UserStore, identity: ProfileSocialIdentity): Promise<TenantUser | undefined> {
  return identity.userInfo.email ? users.findByEmail(identity.userInfo.email, visitorScopeOf(identity.userInfo.id)) : undefined;
}

/**
 * Sign-in identification (ExperienceInteraction.identifyUser, social record): by the social identity, or
 * with `linkSocialIdentity` by the related user. A social account nobody has is 404
 * `user.identity_not_exist`, with `data.relatedUser` when a user has its email (the page then offers
 * linking). The identity is synced to the user at submit; the entry `Interaction.<event>.Profile.Update`
 * records it (`syncedProfile`).
 */
export async function identifyUser(context: IdentificationContext, verificationId: string, linkSocialIdentity: boolean, log: LogEntryDraft): Promise<void> {
  const { config, users, session } = context;
  if (session.interactionEvent === 'Register') throw new RequestError('session.invalid_interaction_type', 400);
  const verification = verificationOf(session, verificationId);
  log.append({ verification: verificationJson(verification) });
  const identity = socialIdentityOf(config, verification);

  const related = await relatedUserOf(users, identity);
  const user = linkSocialIdentity ? related : await users.findBySocialIdentity(identity.target, identity.userInfo.id);
  if (!user) {
    // Recorded: `{"code":"user.identity_not_exist","data":{},…}`, or with `relatedUser` when the email matches
    // (linking to nobody: no data).
    if (linkSocialIdentity) throw new RequestError('user.identity_not_exist', 404);
    const data = related?.email ? { relatedUser: { type: 'email', value: related.email } } : {};
    throw new RequestError('user.identity_not_exist', 404, { data });
  }
  if (session.identifiedUserId) {
    if (session.identifiedUserId !== user.id) throw new RequestError('session.identity_conflict', 409);
    return;
  }
  session.identifiedUserId = user.id;
  const syncedProfile = { socialIdentity: identity };
  context.createLog(`Interaction.${session.interactionEvent}.Profile.Update`).append({ syncedProfile });
  session.profile = { ...session.profile, ...syncedProfile };
}

async function uniqueUsername(users: UserStore, target: string, scope: string): Promise<string> {
  let username = `${target}_${generateLogtoId(8)}`;
  while (await users.findByUsername(username, scope)) username = `${target}_${generateLogtoId(8)}`;
  return username;
}

/**
 * Registration (ExperienceInteraction.createUser): the verified social identity becomes a new user,
 * unless someone has it already (422) or the tenant needs a username first (422 `user.missing_profile`).
 * The entry records the verification, then the new user.
 */
export async function createUser(context: IdentificationContext, verificationId: string, log: LogEntryDraft): Promise<TenantUser> {
  const { config, users, session, experience } = context;
  if (session.interactionEvent !== 'Register') throw new RequestError('session.invalid_interaction_type', 400);
  const verification = verificationOf(session, verificationId);
  log.append({ verification: verificationJson(verification) });
  const identity = socialIdentityOf(config, verification);
  session.profile = { ...session.profile, socialIdentity: identity };
  await context.save();

  guardInteractionEvent(experience, 'Register');
  if (await users.findBySocialIdentity(identity.target, identity.userInfo.id)) throw new RequestError('user.identity_already_in_use', 422);
  if (config.signUp.requireUsername && !session.profile.username) {
    throw new RequestError('user.missing_profile', 422, { data: { missingProfile: ['username'] } });
  }
  const scope = visitorScopeOf(identity.userInfo.id);
  const user = await users.createFromSocialIdentity({
    target: identity.target,
    identity: socialIdentityRecord(identity),
    username: session.profile.username ?? (await uniqueUsername(users, identity.target, scope)),
    scope,
  });
  log.append({ user: userRowJson(user, context.applicationId) });
  session.identifiedUserId = user.id;
  session.profile = {};
  return user;
}

/** The identity as the user keeps it under `identities.<target>` (what userinfo's `identities` shows). */
export function socialIdentityRecord({ userInfo }: ProfileSocialIdentity) {
  return {
    userId: userInfo.id,
    details: {
      id: userInfo.id,
      ...(userInfo.name === undefined ? {} : { name: userInfo.name }),
      ...(userInfo.email === undefined ? {} : { email: userInfo.email }),
      ...(userInfo.avatar === undefined ? {} : { avatar: userInfo.avatar }),
      rawData: userInfo.rawData,
    },
  };
}
