import type { Context } from 'koa';
import { z } from 'zod';
import type { NaverMockApp, NaverMockConfig } from './config.ts';
import type { GrantStore } from './grant-store.ts';
import { readParams, redirect, sendHtml } from './http-io.ts';
import { consentPage, errorPage, notMemberPage } from './pages.ts';
import { isAppMember, isVisitorTag, newVisitorTag, splitVisitorId, visitorAccount, visitorCookieName } from './visitor-accounts.ts';

/**
 * Whose test accounts the consent page offers: everyone's fixed ones (LOCAL), or on a public sandbox
 * (`visitors`) the browser's own copies (visitor-accounts.ts), its tag kept in a cookie for a day.
 */
export type AccountScope = { visitors: boolean; secureCookies: boolean };

const visitorCookieMaxAgeMs = 24 * 60 * 60 * 1000;

/** The browser's visitor tag: the cookie's, or (when `create`) a new one set now; undefined without `visitors`. */
function visitorTagOf(ctx: Context, scope: AccountScope, create: boolean): string | undefined {
  if (!scope.visitors) return undefined;
  const current = ctx.cookies.get(visitorCookieName);
  if (isVisitorTag(current)) return current;
  if (!create) return undefined;
  const tag = newVisitorTag();
  // Behind a TLS proxy the socket is plain http; the cookie is Secure because the public origin is https.
  ctx.cookies.secure = scope.secureCookies;
  ctx.cookies.set(visitorCookieName, tag, { httpOnly: true, sameSite: 'lax', secure: scope.secureCookies, maxAge: visitorCookieMaxAgeMs, overwrite: true, signed: false });
  return tag;
}

function accountsFor(config: NaverMockConfig, tag: string | undefined) {
  return tag === undefined ? config.users : config.users.map((user) => visitorAccount(user, tag));
}

const authorizeQuerySchema = z.object({
  client_id: z.string().min(1),
  redirect_uri: z.string().min(1),
  response_type: z.literal('code'),
  state: z.string().min(1),
});

const consentFormSchema = authorizeQuerySchema.extend({
  action: z.enum(['agree', 'cancel']),
  user_id: z.string().optional(),
  // An HTML checkbox: sent as "on" when ticked, absent when the user unticked it.
  share_email: z.literal('on').optional(),
});

type AuthorizeQuery = z.infer<typeof authorizeQuerySchema>;
type Checked<T> = { ok: true; app: NaverMockApp; query: T } | { ok: false; page: string };

/** Checks the request names a known app and one of its callback URLs; otherwise the reader gets a page, not a redirect. */
function checkRequest<T extends AuthorizeQuery>(
  config: NaverMockConfig,
  schema: z.ZodType<T>,
  params: URLSearchParams,
): Checked<T> {
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    const detail =
      field === 'response_type'
        ? 'response_type은 code여야 합니다.'
        : `필수 요청 변수가 없거나 올바르지 않습니다: ${field}`;
    return { ok: false, page: errorPage(detail, `invalid request: ${field}`) };
  }
  const query = parsed.data;
  const app = config.apps.find((candidate) => candidate.clientId === query.client_id);
  if (!app) {
    return { ok: false, page: errorPage('잘못된 클라이언트입니다.', `invalid client_id: ${query.client_id}`) };
  }
  if (!app.callbackUrls.includes(query.redirect_uri)) {
    return { ok: false, page: errorPage('Callback URL이 일치하지 않습니다.', `redirect_uri not registered: ${query.redirect_uri}`) };
  }
  return { ok: true, app, query };
}

function callbackUrl(redirectUri: string, params: Record<string, string>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) url.searchParams.append(key, value);
  return url.toString();
}

/** GET /oauth2.0/authorize: the consent page. */
export function showConsent(config: NaverMockConfig, scope: AccountScope, ctx: Context) {
  const checked = checkRequest(config, authorizeQuerySchema, readParams(ctx));
  if (!checked.ok) return sendHtml(ctx, 400, checked.page);
  const { query, app } = checked;
  const accounts = accountsFor(config, visitorTagOf(ctx, scope, true));
  sendHtml(
    ctx,
    200,
    consentPage(app, accounts, { clientId: query.client_id, redirectUri: query.redirect_uri, state: query.state }),
  );
}

/** POST /oauth2.0/authorize: 동의하기 → `?code&state`, 취소 → `?error=access_denied&error_description=Canceled+By+User&state`. */
export async function submitConsent(config: NaverMockConfig, scope: AccountScope, grants: GrantStore, ctx: Context) {
  const checked = checkRequest(config, consentFormSchema, readParams(ctx));
  if (!checked.ok) return sendHtml(ctx, 400, checked.page);
  const { query } = checked;

  if (query.action === 'cancel') {
    return redirect(
      ctx,
      callbackUrl(query.redirect_uri, {
        error: 'access_denied',
        error_description: 'Canceled By User',
        state: query.state,
      }),
    );
  }
  // Only this browser's own accounts: another visitor's id (or a copy without this browser's cookie) is no account here.
  const user = accountsFor(config, visitorTagOf(ctx, scope, false)).find((candidate) => candidate.id === query.user_id);
  if (!user || (scope.visitors && splitVisitorId(user.id).tag === undefined)) {
    return sendHtml(ctx, 400, errorPage('로그인할 테스트 계정을 선택해 주세요.'));
  }
  // 개발 중: Naver refuses anyone who is not a member of the app, on its own page; the app hears nothing.
  if (checked.app.status === 'development' && !isAppMember(checked.app, user.id)) {
    return sendHtml(ctx, 403, notMemberPage(checked.app));
  }

  const withheld = checked.app.emailPermission === 'optional' && query.share_email !== 'on' ? ['email'] : [];
  const code = await grants.issueCode({ clientId: query.client_id, redirectUri: query.redirect_uri, userId: user.id, withheld });
  redirect(ctx, callbackUrl(query.redirect_uri, { code, state: query.state }));
}
