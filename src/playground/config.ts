/**
 * The playground's server configuration, read from astro:env (validated there: see astro.config.mjs).
 * Only this file, site-origin.ts and local-defaults.ts import astro:env, so every other module stays
 * testable as plain TS.
 */
import { AUDIT_LOG_DIAGNOSIS, COOKIE_SECRET, PLAYGROUND_MODE } from 'astro:env/server';
import { createCachedFetch, isDiscoveryOrJwks } from '../lib/cached-fetch.ts';
import { createSafeFetch } from '../lib/safe-fetch.ts';
import { resolveCookieKeys, type CookieKeys } from './state/cookie-keys.ts';

export const playgroundMode = PLAYGROUND_MODE;

/**
 * Whether the panel offers the Management API credential and asks the tenant's audit log about a
 * sign-in that did not come back: `AUDIT_LOG_DIAGNOSIS`, or when unset on in LOCAL mode and off in
 * PUBLIC (a public site takes readers' M2M secrets only if its operator says so).
 */
export const auditLogDiagnosis: boolean = AUDIT_LOG_DIAGNOSIS ?? PLAYGROUND_MODE === 'LOCAL';

export function cookieKeys(): CookieKeys {
  return resolveCookieKeys(COOKIE_SECRET, PLAYGROUND_MODE);
}

// Resolve once when the server loads the playground, so a missing secret is reported at start-up, not
// at some reader's first click. In PUBLIC mode every playground request then answers with a diagnosis.
try {
  cookieKeys();
} catch (error) {
  console.error(`[playground] ${(error as Error).message}`);
}

/**
 * Fetches to reader-supplied endpoints: 8 s, 512 KB, and no private addresses in PUBLIC mode; discovery
 * and JWKS documents reused for a minute per endpoint, so a flow fetches each at most once. The
 * preflight's probes ask past that cache (`cache: 'no-cache'`, src/tenant/probes.ts): a check judges
 * the tenant as it answers now.
 */
export const outboundFetch = createCachedFetch(createSafeFetch({ mode: PLAYGROUND_MODE, timeoutMs: 8000, maxBytes: 512 * 1024 }), {
  ttlMs: 60_000,
  cacheable: isDiscoveryOrJwks,
});
