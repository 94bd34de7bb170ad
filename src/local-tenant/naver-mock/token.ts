import type { Context } from 'koa';
import { z } from 'zod';
import type { NaverMockConfig } from './config.ts';
import type { GrantStore } from './grant-store.ts';
import { naverOutageBody, readParams, sendJson } from './http-io.ts';

const tokenRequestSchema = z.object({
  grant_type: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  code: z.string().optional(),
  redirect_uri: z.string().optional(),
  refresh_token: z.string().optional(),
  // Naver's docs list `state`, but Logto's connector never sends it, so it is accepted and ignored.
  state: z.string().optional(),
});

/** Naver reports token failures as `{error, error_description}`, with HTTP 200. */
function naverError(ctx: Context, description: string, status = 200, error = 'invalid_request') {
  sendJson(ctx, status, { error, error_description: description });
}

/** POST (or GET) /oauth2.0/token: authorization_code and refresh_token grants. */
export async function issueToken(config: NaverMockConfig, grants: GrantStore, ctx: Context) {
  const parsed = tokenRequestSchema.safeParse(Object.fromEntries(readParams(ctx)));
  if (!parsed.success) return naverError(ctx, 'invalid request parameters');
  const params = parsed.data;

  const app = config.apps.find((candidate) => candidate.clientId === params.client_id);
  if (app?.outages.includes('token')) return sendJson(ctx, 503, naverOutageBody);
  if (!app || app.clientSecret !== params.client_secret) {
    return naverError(ctx, 'wrong client id / client secret pair', app?.tokenErrorStatus ?? 200);
  }

  if (params.grant_type === 'authorization_code') {
    const grant = params.code ? await grants.redeemCode(params.code, app.clientId, params.redirect_uri) : undefined;
    if (!grant) return naverError(ctx, 'no valid data in session');
    const { accessToken, refreshToken } = await grants.issueTokens(app.clientId, grant.userId, grant);
    return sendJson(ctx, 200, {
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: 'bearer',
      expires_in: String(grants.lifetimes.accessTokenSeconds),
    });
  }

  if (params.grant_type === 'refresh_token') {
    const grant = params.refresh_token ? await grants.refresh(params.refresh_token, app.clientId) : undefined;
    if (!grant) return naverError(ctx, 'invalid_refresh_token');
    return sendJson(ctx, 200, {
      access_token: await grants.issueAccessToken(app.clientId, grant.userId, grant),
      token_type: 'bearer',
      expires_in: String(grants.lifetimes.accessTokenSeconds),
    });
  }

  naverError(ctx, 'unsupported grant_type', 200, 'unsupported_grant_type');
}
