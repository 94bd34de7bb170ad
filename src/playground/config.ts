/**
 * The playground's server configuration, read from astro:env (validated there: see astro.config.mjs).
 * Only this file, site-origin.ts and local-defaults.ts import astro:env, so every other module stays
 * testable as plain TS.
 */
import { AUDIT_LOG_DIAGNOSIS, COOKIE_SECRET, PLAYGROUND_MODE, SANDBOX_CONNECT, SANDBOX_ENDPOINT } from 'astro:env/server';
import { createCachedFetch, isDiscoveryOrJwks } from '../lib/cached-fetch.ts';
import { connectToRule, connectToSchema, type ConnectToRule } from '../lib/connect-to.ts';
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
 * The sandbox (the local tenant as a service): the playground's built-in tenant and the fault lab's, at
 * SANDBOX_ENDPOINT, which src/server/env.ts decides (in LOCAL mode the local tenant unless given; in
 * PUBLIC mode none unless given). Undefined: this site has none, readers bring their own tenant.
 */
export const sandboxEndpoint: string | undefined = SANDBOX_ENDPOINT ? new URL(SANDBOX_ENDPOINT).origin : undefined;

function sandboxConnectRule(): ConnectToRule | undefined {
  if (!SANDBOX_CONNECT || !sandboxEndpoint) return undefined;
  const parsed = connectToSchema('SANDBOX_CONNECT').safeParse(SANDBOX_CONNECT);
  if (!parsed.success) {
    // src/server/env.ts refuses to start with it; only `astro dev` gets here.
    console.error(`[playground] ${parsed.error.issues[0]?.message ?? 'SANDBOX_CONNECT is invalid'}: ignored`);
    return undefined;
  }
  return connectToRule(sandboxEndpoint, parsed.data);
}

/**
 * Fetches to reader-supplied endpoints: 8 s, 512 KB, and no private addresses in PUBLIC mode (the
 * sandbox's origin, exactly, connects at SANDBOX_CONNECT, exempt from that policy); discovery
 * and JWKS documents reused for a minute per endpoint, so a flow fetches each at most once. The
 * preflight's probes ask past that cache (`cache: 'no-cache'`, src/tenant/probes.ts): a check judges
 * the tenant as it answers now.
 */
export const outboundFetch = createCachedFetch(createSafeFetch({ mode: PLAYGROUND_MODE, timeoutMs: 8000, maxBytes: 512 * 1024, connectTo: sandboxConnectRule() }), {
  ttlMs: 60_000,
  cacheable: isDiscoveryOrJwks,
});
