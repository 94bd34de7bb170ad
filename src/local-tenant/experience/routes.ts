import Router from '@koa/router';
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import { z } from 'zod';
import type { TenantConfig } from '../config/schema.ts';
import type { NaverEndpoints } from '../naver-connector/index.ts';
import { generateLogtoId } from '../users/ids.ts';
import type { TenantUser, UserStore } from '../users/user-store.ts';
import { RequestError } from './request-error.ts';
import { checkedBody, experienceBodyParser } from './request-body.ts';
import { interactionEvents } from './sessions.ts';
import type { ExperienceSession, ExperienceSessions, SocialVerification } from './sessions.ts';
import { experienceForApp } from './app-experience.ts';
import type { AppExperience } from './app-experience.ts';
import { signInExperienceBody } from './sign-in-experience.ts';
import { connectorRuntime, findConnector } from './social-connectors.ts';

type ExperienceDeps = {
  endpoint: string;
  config: TenantConfig;
  provider: Provider;
  users: UserStore;
  sessions: ExperienceSessions;
  naverEndpoints: NaverEndpoints;
};

const interactionEventBody = z.object({ interactionEvent: z.enum(interactionEvents) });
const authorizationUriBody = z.object({ state: z.string().min(1), redirectUri: z.url() });
const verifyBody = z.object({ connectorData: z.record(z.string(), z.unknown()), verificationId: z.string().min(1) });
const identificationBody = z.object({ verificationId: z.string().min(1) });
const profileBody = z.object({ type: z.literal('username'), value: z.string() });

// Logto's username rule: a letter or underscore, then letters, digits or underscores.
const usernamePattern = /^[A-Z_a-z]\w*$/;

/**
 * Logto's experience API (`/api/experience/*`), the part the sign-in page needs for a social sign-in:
 * start, social verification, identification, profile, submit. Each call needs the interaction
 * cookies that `/oidc/auth` set.
 */
export function experienceRouter(deps: ExperienceDeps): Router {
  const { config, provider, users, sessions, naverEndpoints, endpoint } = deps;

  async function interactionUid(ctx: Context): Promise<string> {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    return details.uid;
  }

  /** The sign-in experience of the app that started the interaction. */
  async function interactionExperience(ctx: Context): Promise<AppExperience> {
    const { params } = await provider.interactionDetails(ctx.req, ctx.res);
    return experienceForApp(config, typeof params['client_id'] === 'string' ? params['client_id'] : undefined);
  }

  /** Logto's guardInteractionEvent: no registering in "sign in only" mode, no signing in in "register only". */
  function guardInteractionEvent(experience: AppExperience, event: string): void {
    const forbidden =
      (event === 'Register' && experience.signInMode === 'SignIn') || (event === 'SignIn' && experience.signInMode === 'Register');
    if (forbidden) throw new RequestError('auth.forbidden', 403);
  }

  async function currentSession(ctx: Context): Promise<{ uid: string; session: ExperienceSession }> {
    const uid = await interactionUid(ctx);
    const session = sessions.get(uid);
    if (!session) throw new RequestError('session.interaction_not_found', 400);
    return { uid, session };
  }

  function verificationOf(session: ExperienceSession, verificationId: string): SocialVerification {
    const verification = session.verifications.get(verificationId);
    if (!verification) throw new RequestError('session.verification_session_not_found', 404);
    return verification;
  }

  function uniqueUsername(target: string): string {
    let username = `${target}_${generateLogtoId(8)}`;
    while (users.findByUsername(username)) username = `${target}_${generateLogtoId(8)}`;
    return username;
  }

  function identify(session: ExperienceSession, verification: SocialVerification): { user: TenantUser; created: boolean } {
    const { userInfo } = verification;
    if (!userInfo) throw new RequestError('session.verification_failed', 400);
    const connector = findConnector(config, verification.connectorId);
    const identity = {
      userId: userInfo.id,
      details: {
        id: userInfo.id,
        ...(userInfo.name === undefined ? {} : { name: userInfo.name }),
        ...(userInfo.email === undefined ? {} : { email: userInfo.email }),
        ...(userInfo.avatar === undefined ? {} : { avatar: userInfo.avatar }),
        rawData: userInfo.rawData,
      },
    };
    const existing = users.findBySocialIdentity(connector.target, userInfo.id);

    if (session.interactionEvent === 'SignIn') {
      // Recorded body: {"code":"user.identity_not_exist","data":{},"message":…}.
      if (!existing) throw new RequestError('user.identity_not_exist', 404, { data: {} });
      return { user: users.updateSocialIdentity(existing, connector.target, identity), created: false };
    }
    if (session.interactionEvent === 'Register') {
      if (existing) throw new RequestError('user.identity_already_in_use', 422);
      if (config.signUp.requireUsername && !session.profile.username) {
        throw new RequestError('user.missing_profile', 422, { data: { missingProfile: ['username'] } });
      }
      const username = session.profile.username ?? uniqueUsername(connector.target);
      return { user: users.createFromSocialIdentity({ target: connector.target, identity, username }), created: true };
    }
    throw new RequestError('session.verification_failed', 400);
  }

  // Exact paths, as Logto's routes are: no trailing slash, case-sensitive.
  return new Router({ strict: true, sensitive: true })
    .use(experienceBodyParser)
    .get('/api/.well-known/sign-in-exp', (ctx) => {
      const appId = ctx.query['appId'];
      ctx.body = signInExperienceBody(config, endpoint, typeof appId === 'string' ? appId : undefined);
    })
    .put('/api/experience', async (ctx) => {
      const { interactionEvent } = checkedBody(ctx, interactionEventBody);
      guardInteractionEvent(await interactionExperience(ctx), interactionEvent);
      sessions.start(await interactionUid(ctx), interactionEvent);
      ctx.status = 204;
    })
    .put('/api/experience/interaction-event', async (ctx) => {
      const { interactionEvent } = checkedBody(ctx, interactionEventBody);
      const { session } = await currentSession(ctx);
      guardInteractionEvent(await interactionExperience(ctx), interactionEvent);
      session.interactionEvent = interactionEvent;
      ctx.status = 204;
    })
    .post('/api/experience/verification/social/:connectorId/authorization-uri', async (ctx) => {
      const { state, redirectUri } = checkedBody(ctx, authorizationUriBody);
      const { session } = await currentSession(ctx);
      const connector = findConnector(config, ctx.params['connectorId'] ?? '');
      // The app's sign-in page shows no button for a connector outside its experience; a request built by
      // hand is refused too (an approximation: real Logto's page is what keeps the reader from it).
      const experience = await interactionExperience(ctx);
      if (!experience.connectors.some((candidate) => candidate.id === connector.id)) {
        throw new RequestError('connector.not_enabled', 400);
      }
      const authorizationUri = connectorRuntime(connector, naverEndpoints).getAuthorizationUri({ state, redirectUri });
      const verification: SocialVerification = { id: generateLogtoId(21), connectorId: connector.id, state, redirectUri };
      session.verifications.set(verification.id, verification);
      ctx.body = { authorizationUri, verificationId: verification.id };
    })
    .post('/api/experience/verification/social/:connectorId/verify', async (ctx) => {
      const { connectorData, verificationId } = checkedBody(ctx, verifyBody);
      const { session } = await currentSession(ctx);
      const verification = verificationOf(session, verificationId);
      const connector = findConnector(config, ctx.params['connectorId'] ?? '');
      if (verification.connectorId !== connector.id) throw new RequestError('session.verification_session_not_found', 404);
      verification.userInfo = await connectorRuntime(connector, naverEndpoints).getUserInfo({
        connectorData,
        redirectUri: verification.redirectUri,
      });
      ctx.body = { verificationId };
    })
    .post('/api/experience/identification', async (ctx) => {
      const { verificationId } = checkedBody(ctx, identificationBody);
      const { session } = await currentSession(ctx);
      const { user, created } = identify(session, verificationOf(session, verificationId));
      session.identifiedUserId = user.id;
      ctx.status = created ? 201 : 204;
    })
    .post('/api/experience/profile', async (ctx) => {
      const { value } = checkedBody(ctx, profileBody);
      const { session } = await currentSession(ctx);
      if (!usernamePattern.test(value)) throw new RequestError('user.invalid_username', 400);
      if (users.findByUsername(value)) throw new RequestError('user.username_already_in_use', 422);
      session.profile.username = value;
      ctx.status = 204;
    })
    .post('/api/experience/submit', async (ctx) => {
      const { uid, session } = await currentSession(ctx);
      const accountId = session.identifiedUserId;
      if (!accountId) throw new RequestError('session.identifier_not_found', 404);
      const redirectTo = await provider.interactionResult(ctx.req, ctx.res, { login: { accountId } }, {
        mergeWithLastSubmission: false,
      });
      sessions.end(uid);
      ctx.body = { redirectTo };
    });
}
