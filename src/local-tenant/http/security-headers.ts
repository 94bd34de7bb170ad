import helmet from 'koa-helmet';
import type { Middleware } from 'koa';

/**
 * The headers real Logto's helmet sends (recorded on `/oidc/auth` and `/sign-in`), so that an app
 * tested against the local tenant meets the same browser rules as in production.
 */
const likeLogto = {
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  // Real Logto sends HSTS and so does the local tenant, to answer with the same headers. It cannot pin
  // localhost to https: browsers ignore Strict-Transport-Security received over plain http (RFC 6797 §8.1),
  // and the tenant only ever listens on http on loopback.
  strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: true },
  xFrameOptions: { action: 'sameorigin' },
  // Not among the recorded headers: the sign-in flow is plain redirects, no popups or cross-origin isolation.
  crossOriginOpenerPolicy: false,
  crossOriginEmbedderPolicy: false,
} as const;

/**
 * `/oidc/*`: no Content-Security-Policy, as at Logto; oidc-provider's own pages (the end-session form)
 * submit themselves with an inline script.
 */
export function oidcSecurityHeaders(): Middleware {
  return helmet({ ...likeLogto, contentSecurityPolicy: false });
}

/**
 * The experience pages and API. The pages load their one script from `/assets`, so `script-src 'self'`
 * needs no 'unsafe-inline' (real Logto's has it); their one inline `<style>` is allowed by its hash.
 */
export function pageSecurityHeaders(inlineStyleHash: string): Middleware {
  return helmet({
    ...likeLogto,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", `'${inlineStyleHash}'`],
        'img-src': ["'self'"],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'self'"],
        // The pages post no form themselves (the username form is sent by the script); 'self' as at Logto.
        'form-action': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
      },
    },
  });
}
