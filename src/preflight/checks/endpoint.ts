import { importJWK } from 'jose';
import { CLOCK_TOLERANCE_SECONDS, serverClockOffsetSeconds } from '../../tenant/clock.ts';
import { normaliseEndpoint } from '../../tenant/probes.ts';
import { blocked, outcome, unexpected } from '../outcome.ts';
import type { Jwk } from '../../tenant/schemas.ts';
import type { CheckOutcome, PreflightProbes } from '../types.ts';

/** Endpoint checks: is this a Logto tenant's OIDC surface, and can an SDK verify its ID tokens? */

/** The endpoints the playground's sign-in, callback, userinfo and sign-out use. */
export const requiredEndpoints = [
  'authorization_endpoint',
  'token_endpoint',
  'userinfo_endpoint',
  'jwks_uri',
  'end_session_endpoint',
] as const;

/** Signature algorithms jose (and so @logto/node) verifies ID tokens with. */
export const supportedAlgs = [
  'ES256',
  'ES384',
  'ES512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'EdDSA',
  'Ed25519',
] as const;

export async function checkDiscovery(probes: PreflightProbes): Promise<CheckOutcome> {
  const result = await probes.discovery();
  const url = probes.discoveryUrl;
  switch (result.kind) {
    case 'ok':
      return outcome('pass', 'discoveryOk', { url });
    case 'network':
      switch (result.failure) {
        case 'blocked_address':
          return outcome('fail', 'discoveryBlockedAddress', { url });
        case 'timeout':
          return outcome('fail', 'discoveryTimedOut', { url });
        case 'too_large':
          return outcome('fail', 'discoveryNotOidc', { url, problem: 'response too large' });
        default:
          return outcome('fail', 'discoveryUnreachable', { url, error: result.error });
      }
    case 'status':
      return outcome('fail', 'discoveryHttpStatus', { url, status: result.answer.status });
    case 'shape':
      return outcome('fail', 'discoveryNotOidc', { url, problem: result.problem });
  }
}

/** The tenant's clock, from its discovery answer's `Date` header: ID tokens carry its time. */
export async function checkClock(probes: PreflightProbes, now: () => number = Date.now): Promise<CheckOutcome> {
  const result = await probes.discovery();
  if (result.kind !== 'ok') return blocked('endpoint.discovery');
  const seconds = serverClockOffsetSeconds(result.answer.date, now());
  if (seconds === undefined) return outcome('skip', 'clockUnknown');
  if (Math.abs(seconds) > CLOCK_TOLERANCE_SECONDS) return outcome('fail', 'clockSkewed', { seconds, tolerance: CLOCK_TOLERANCE_SECONDS });
  return outcome('pass', 'clockOk', { seconds });
}

export async function checkIssuer(probes: PreflightProbes): Promise<CheckOutcome> {
  const discovery = await probes.discovered();
  if (!discovery) return blocked('endpoint.discovery');
  const expected = `${normaliseEndpoint(probes.input.endpoint)}/oidc`;
  if (discovery.issuer === expected) return outcome('pass', 'issuerMatches', { issuer: expected });
  return outcome('fail', 'issuerMismatch', { actual: discovery.issuer, expected });
}

export async function checkEndpoints(probes: PreflightProbes): Promise<CheckOutcome> {
  const discovery = await probes.discovered();
  if (!discovery) return blocked('endpoint.discovery');
  const missing = requiredEndpoints.filter((name) => {
    const value = discovery[name];
    return !value || !URL.canParse(value);
  });
  if (missing.length) return outcome('fail', 'endpointsMissing', { missing: missing.join(', ') });
  // The SDK always sends an S256 PKCE challenge; a tenant that does not announce it may refuse sign-in.
  if (!discovery.code_challenge_methods_supported?.includes('S256')) {
    return outcome('warn', 'endpointsNoPkceS256');
  }
  return outcome('pass', 'endpointsPresent', { count: requiredEndpoints.length });
}

/** The algorithm a key is for: its `alg`, or the one its key type implies. */
export function algOfKey(key: Jwk): string | undefined {
  if (key.alg) return key.alg;
  if (key.kty === 'EC') return { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[key.crv ?? ''];
  if (key.kty === 'OKP' && key.crv === 'Ed25519') return 'EdDSA';
  if (key.kty === 'RSA') return 'RS256';
  return undefined;
}

/** The keys an SDK can verify a signature with: signing keys of a supported alg whose material imports. */
async function usableAlgs(keys: readonly Jwk[]): Promise<string[]> {
  const algs: string[] = [];
  for (const key of keys) {
    const alg = algOfKey(key);
    if (!alg || key.use === 'enc' || !(supportedAlgs as readonly string[]).includes(alg)) continue;
    try {
      await importJWK(key as Parameters<typeof importJWK>[0], alg);
      algs.push(alg);
    } catch {
      // Broken key material: not a key anyone can verify with.
    }
  }
  return algs;
}

export async function checkJwks(probes: PreflightProbes): Promise<CheckOutcome> {
  const discovery = await probes.discovered();
  if (!discovery) return blocked('endpoint.discovery');
  const result = await probes.jwks();
  if (!result) return outcome('fail', 'endpointsMissing', { missing: 'jwks_uri' });
  if (result.kind !== 'ok') return unexpected(result);
  const keys = result.data.keys;
  const algs = await usableAlgs(keys);
  const found = [...new Set(keys.map((key) => algOfKey(key) ?? key.kty))].join(', ') || '-';
  if (!algs.length) return outcome('fail', 'jwksNoSupportedKey', { found });
  // ID tokens are signed with one of the advertised algs; without a key for it, every sign-in fails verification.
  const advertised = discovery.id_token_signing_alg_values_supported ?? [];
  if (advertised.length && !advertised.some((alg) => algs.includes(alg))) {
    return outcome('fail', 'jwksNoKeyForSigningAlg', {
      advertised: advertised.join(', '),
      found: [...new Set(algs)].join(', '),
    });
  }
  return outcome('pass', 'jwksOk', { count: algs.length, algs: [...new Set(algs)].join(', ') });
}
