import type { Context, Next } from 'koa';
import { clientKey } from '../../lib/client-key.ts';
import { createRateLimiter } from '../../lib/rate-limiter.ts';
import type { RateLimiter } from '../../lib/rate-limiter.ts';
import { clientAddress } from '../../lib/trust-proxy.ts';
import { pickPageLang } from './locale.ts';
import type { TrustedClients } from './trusted-clients.ts';
import type { PageLang } from './locale.ts';

/**
 * A public sandbox's sign-in, sign-up and token endpoints are rate limited per client: the site's
 * limiter (src/lib/rate-limiter.ts: memory, or Redis shared by every instance), under the sandbox's
 * own prefix. The client is its address by the site's TRUST_PROXY rule, IPv6 counted per /64. A client
 * in `trusted` (SANDBOX_TRUSTED_CLIENTS, trusted-clients.ts: the site's own server, which limits its
 * visitors before it makes their token exchanges and probes) is not counted.
 */
export type SandboxRateLimit = {
  points: number;
  windowSeconds: number;
  redisUrl?: string | undefined;
  trustProxyHops: number;
  trusted?: TrustedClients | undefined;
};

const limitedWords: Record<PageLang, string> = {
  en: 'Too many requests to the sandbox from your address. Wait a minute, then try again.',
  ja: 'このアドレスからサンドボックスへのリクエストが多すぎます。1 分ほど待ってからもう一度お試しください。',
  ko: '이 주소에서 샌드박스로 보낸 요청이 너무 많습니다. 1분 정도 기다린 뒤 다시 시도해 주세요.',
};

/** Which routes of one app count, under which key prefix, and which of them answer JSON (the rest plain text). */
export type CountedRoutes = { keyPrefix: string; counts(path: string): boolean; answersJson(path: string): boolean };

/** What counts: the experience API's calls (sign-in and sign-up), the authorization request and the token endpoint. */
export function isCountedPath(path: string): boolean {
  // oidc-provider's router ignores case and one trailing slash (/oidc/TOKEN/ is the token endpoint), so the
  // OIDC paths are compared as it folds them; the experience router is strict and case-sensitive.
  const folded = path.toLowerCase().replace(/\/$/, '');
  return path.startsWith('/api/experience') || folded === '/oidc/token' || folded === '/oidc/auth';
}

export const tenantCountedRoutes: CountedRoutes = {
  keyPrefix: 'logto-naver-guide:sandbox-rate',
  counts: isCountedPath,
  answersJson: (path) => path.startsWith('/api/') || path.toLowerCase().replace(/\/$/, '') === '/oidc/token',
};

/** `routes`: the tenant's by default; the Naver mock passes its own (naver-mock/rate-limited-routes.ts). */
export function sandboxRateLimit(options: SandboxRateLimit & { log?: (line: string) => void; routes?: CountedRoutes }) {
  const routes = options.routes ?? tenantCountedRoutes;
  const limiter: RateLimiter = createRateLimiter({
    points: options.points,
    windowSeconds: options.windowSeconds,
    redisUrl: options.redisUrl,
    keyPrefix: routes.keyPrefix,
    ...(options.log ? { log: options.log } : {}),
  });
  const middleware = async (ctx: Context, next: Next): Promise<void> => {
    if (!routes.counts(ctx.path)) return next();
    const client = clientAddress(ctx.req, options.trustProxyHops);
    if (options.trusted?.(client)) return next();
    const decision = await limiter.consume(clientKey(client));
    if (!decision.limited) return next();
    const message = limitedWords[pickPageLang(undefined, ctx)];
    ctx.status = 429;
    ctx.set('retry-after', String(decision.retryAfterSeconds));
    ctx.set('cache-control', 'no-store');
    if (routes.answersJson(ctx.path)) {
      ctx.body = { code: 'guard.too_many_requests', message };
    } else {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = message;
    }
  };
  return { middleware, close: () => limiter.close() };
}
