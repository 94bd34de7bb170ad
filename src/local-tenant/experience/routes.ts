import Router from '@koa/router';
import type { Context, Next } from 'koa';
import type Provider from 'oidc-provider';
import { z } from 'zod';
import type { AuditLog } from '../audit-log/audit-log.ts';
import { auditLogMiddleware, requireLogContext } from '../audit-log/koa-audit-log.ts';
import type { TenantConfig } from '../config/schema.ts';
import type { NaverEndpoints } from '../naver-connector/index.ts';
import { generateLogtoId } from '../users/ids.ts';
import type { UserStore } from '../users/user-store.ts';
import { experienceForApp } from './app-experience.ts';
import type { AppExperience } from './app-experience.ts';
import { createUser, guardInteractionEvent, identifyUser, socialIdentityRecord, verificationOf, visitorScopeOfSession } from './identify.ts';
import type { IdentificationContext } from './identify.ts';
import { interactionJson } from './interaction-json.ts';
import { RequestError } from '../http/request-error.ts';
import { checkedBody, experienceBodyParser } from './request-body.ts';
import { interactionEvents } from './sessions.ts';
import type { ExperienceSession, ExperienceSessions, SocialVerification } from './sessions.ts';
import { connectorRuntime, findConnector } from './social-connectors.ts';

type ExperienceDeps = {
  config: TenantConfig;
  provider: Provider;
  users: UserStore;
  sessions: ExperienceSessions;
  naverEndpoints: NaverEndpoints;
  auditLog: AuditLog;
};

const interactionEventBody = z.object({ interactionEvent: z.enum(interactionEvents) });
const authorizationUriBody = z.object({ state: z.string().min(1), redirectUri: z.url() });
const verifyBody = z.object({ connectorData: z.record(z.string(), z.unknown()), verificationId: z.string().min(1) });
const identificationBody = z.object({ verificationId: z.string().min(1), linkSocialIdentity: z.boolean().optional() });
const profileBody = z.object({ type: z.literal('username'), value: z.string() });

// Logto's username rule: a letter or underscore, then letters, digits or underscores.
const usernamePattern = /^[A-Z_a-z]\w*$/;

/** The interaction a request belongs to, read once by the middleware below. */
type InteractionState = {
  uid: string;
  /** The app that started the interaction (`client_id` of `/oidc/auth`). */
  applicationId: string | undefined;
  experience: AppExperience;
  /** Every route but `PUT /api/experience` (which starts one) works on the interaction's session. */
  session?: ExperienceSession;
};

function interactionOf(ctx: Context): InteractionState {
  return ctx.state['interaction'] as InteractionState;
}

function sessionOf(ctx: Context): ExperienceSession {
  const { session } = interactionOf(ctx);
  if (!session) throw new Error('this route runs without an experience session');
  return session;
}

/**
 * Logto's experience API (`/api/experience/*`), the part the sign-in page needs for a social sign-in:
 * start, social verification, identification, profile, submit. Each call needs the interaction cookies
 * that `/oidc/auth` set. Each writes the audit log entries real Logto writes (koa-audit-log, then the
 * route's own `Interaction.<event>.*` entry): every entry gets the app's id, and every entry of a call
 * that saved or failed gets the interaction (`interaction`, `userId`).
 */
export function experienceRouter(deps: ExperienceDeps): Router {
  const { config, provider, users, sessions, naverEndpoints } = deps;

  /** Logto's koaInteractionDetails: no interaction cookie is oidc-provider's SessionNotFound (400 `session.not_found`). */
  async function readInteraction(ctx: Context, next: Next): Promise<void> {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const clientId = details.params['client_id'];
    const applicationId = typeof clientId === 'string' ? clientId : undefined;
    const state: InteractionState = { uid: details.uid, applicationId, experience: experienceForApp(config, applicationId) };
    ctx.state['interaction'] = state;
    await next();
  }

  /** Logto's koaExperienceInteraction: loads the session; a failing call's entries get the interaction. */
  async function loadSession(ctx: Context, next: Next): Promise<void> {
    if (ctx.method === 'PUT' && ctx.path === '/api/experience') return next();
    const state = interactionOf(ctx);
    const session = await sessions.get(state.uid);
    if (!session) throw new RequestError('session.interaction_not_found', 404);
    state.session = session;
    try {
      await next();
    } catch (error) {
      requireLogContext(ctx).prependAll({ interaction: interactionJson(session), userId: session.identifiedUserId });
      throw error;
    }
  }

  /** Logto's koaExperienceAuditLog: every entry of the call names the app. */
  async function nameTheApp(ctx: Context, next: Next): Promise<void> {
    try {
      await next();
    } finally {
      requireLogContext(ctx).prependAll({ applicationId: interactionOf(ctx).applicationId });
    }
  }

  /** Logto's `experienceInteraction.save()`: keeps the session, and puts the interaction on every entry so far. */
  async function save(ctx: Context, session: ExperienceSession): Promise<void> {
    await sessions.save(interactionOf(ctx).uid, session);
    requireLogContext(ctx).prependAll({ interaction: interactionJson(session), userId: session.identifiedUserId });
  }

  function identificationContext(ctx: Context, session: ExperienceSession): IdentificationContext {
    const { experience, applicationId } = interactionOf(ctx);
    const logs = requireLogContext(ctx);
    return { config, users, session, experience, applicationId, createLog: (key) => logs.createLog(key), save: () => save(ctx, session) };
  }

  // Exact paths, as Logto's routes are: no trailing slash, case-sensitive. Bodies are read before the log
  // starts: a body Logto's guard refuses writes no entry.
  return new Router({ strict: true, sensitive: true })
    .use(experienceBodyParser)
    .use(auditLogMiddleware(deps.auditLog))
    .use(readInteraction)
    .use(loadSession)
    .use(nameTheApp)
    .put('/api/experience', async (ctx) => {
      const { interactionEvent } = checkedBody(ctx, interactionEventBody);
      requireLogContext(ctx).createLog(`Interaction.${interactionEvent}.Create`);
      // As Logto: a new interaction replaces whatever the last one held.
      const session = await sessions.start(interactionOf(ctx).uid, interactionEvent);
      await save(ctx, session);
      ctx.status = 204;
    })
    .put('/api/experience/interaction-event', async (ctx) => {
      const { interactionEvent } = checkedBody(ctx, interactionEventBody);
      const session = sessionOf(ctx);
      requireLogContext(ctx).createLog(`Interaction.${session.interactionEvent}.Update`).append({ interactionEvent });
      guardInteractionEvent(interactionOf(ctx).experience, interactionEvent);
      // Switching between sign-in and register drops the profile gathered so far, as Logto does.
      if (session.interactionEvent !== interactionEvent) session.profile = {};
      session.interactionEvent = interactionEvent;
      await save(ctx, session);
      ctx.status = 204;
    })
    .post('/api/experience/verification/social/:connectorId/authorization-uri', async (ctx) => {
      const body = checkedBody(ctx, authorizationUriBody);
      const connectorId = ctx.params['connectorId'] ?? '';
      const session = sessionOf(ctx);
      const log = requireLogContext(ctx).createLog(`Interaction.${session.interactionEvent}.Verification.Social.Create`);
      log.append({ payload: { connectorId, ...body } });
      // Any connector the tenant has (recorded: one that is not in the sign-in experience still gets its
      // URL here; Logto's page is what keeps the reader from it).
      const connector = findConnector(config, connectorId);
      const authorizationUri = connectorRuntime(connector, naverEndpoints).getAuthorizationUri(body);
      const verification: SocialVerification = { id: generateLogtoId(21), connectorId: connector.id, ...body };
      session.verifications[verification.id] = verification;
      await save(ctx, session);
      ctx.body = { authorizationUri, verificationId: verification.id };
    })
    .post('/api/experience/verification/social/:connectorId/verify', async (ctx) => {
      const { connectorData, verificationId } = checkedBody(ctx, verifyBody);
      const connectorId = ctx.params['connectorId'] ?? '';
      const session = sessionOf(ctx);
      const log = requireLogContext(ctx).createLog(`Interaction.${session.interactionEvent}.Verification.Social.Submit`);
      log.append({ payload: { connectorId, verificationId, connectorData } });
      const connector = findConnector(config, connectorId);
      const verification = verificationOf(session, verificationId);
      if (verification.connectorId !== connector.id) throw new RequestError('session.verification_session_not_found', 404);
      // Logto core calls Naver's token and profile endpoints here; what fails is what the entry records.
      verification.userInfo = await connectorRuntime(connector, naverEndpoints).getUserInfo({ connectorData });
      // A social verification needs no captcha.
      session.captcha.skipped = true;
      await save(ctx, session);
      ctx.body = { verificationId };
    })
    .post('/api/experience/identification', async (ctx) => {
      const { verificationId, linkSocialIdentity } = checkedBody(ctx, identificationBody);
      const session = sessionOf(ctx);
      const log = requireLogContext(ctx).createLog(`Interaction.${session.interactionEvent}.Identifier.Submit`);
      log.append({ payload: { verificationId, linkSocialIdentity } });
      const context = identificationContext(ctx, session);
      if (session.interactionEvent === 'Register') await createUser(context, verificationId, log);
      else await identifyUser(context, verificationId, linkSocialIdentity === true, log);
      await save(ctx, session);
      ctx.status = session.interactionEvent === 'Register' ? 201 : 204;
    })
    .post('/api/experience/profile', async (ctx) => {
      const body = checkedBody(ctx, profileBody);
      const session = sessionOf(ctx);
      requireLogContext(ctx).createLog(`Interaction.${session.interactionEvent}.Profile.Update`).append({ payload: body });
      if (!usernamePattern.test(body.value)) throw new RequestError('user.invalid_username', 400);
      // Usernames are taken within the visitor's own users only (a public sandbox's visitors never meet).
      if (await users.findByUsername(body.value, visitorScopeOfSession(session))) throw new RequestError('user.username_already_in_use', 422);
      session.profile.username = body.value;
      await save(ctx, session);
      ctx.status = 204;
    })
    .post('/api/experience/submit', async (ctx) => {
      const session = sessionOf(ctx);
      const log = requireLogContext(ctx).createLog(`Interaction.${session.interactionEvent}.Submit`);
      const accountId = session.identifiedUserId;
      const user = accountId === undefined ? undefined : await users.findById(accountId);
      if (!user) throw new RequestError('session.identifier_not_found', 404);
      // The synced (or newly linked) social identity is written to the user now, as Logto's submit does.
      const { socialIdentity } = session.profile;
      if (socialIdentity) await users.updateSocialIdentity(user, socialIdentity.target, socialIdentityRecord(socialIdentity));
      const redirectTo = await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: user.id } }, {
        mergeWithLastSubmission: false,
      });
      log.append({ interaction: interactionJson(session), userId: user.id });
      await sessions.end(interactionOf(ctx).uid);
      ctx.body = { redirectTo };
    });
}
