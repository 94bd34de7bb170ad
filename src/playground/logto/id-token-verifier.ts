/**
 * The ID-token verifier handed to LogtoClient (its third argument). It checks exactly what
 * @logto/node's default verifier checks (signature against the JWKS, iss, aud, exp with 300 s
 * tolerance, |iat − now| ≤ 300 s), but fetches the JWKS through the safe fetch and records what it saw
 * (alg, kid and whether the JWKS had it, iss, aud, exp) for the trace and the result view.
 */
import { LogtoError, type JwtVerifier, type StandardLogtoClient } from '@logto/node';
import {
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  decodeProtectedHeader,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { CLOCK_TOLERANCE_SECONDS } from '../../tenant/clock.ts';
import type { TraceRecorder } from '../trace/trace.ts';

export interface VerifiedIdToken {
  header: { alg: string; kid?: string | undefined; typ?: string | undefined };
  /** The claims, as verified. */
  claims: JWTPayload;
  expectedIssuer: string;
  expectedAudience: string;
}

function safeDecode(idToken: string): { header: Record<string, unknown>; claims: JWTPayload } {
  try {
    return { header: decodeProtectedHeader(idToken) as Record<string, unknown>, claims: decodeJwt(idToken) };
  } catch {
    return { header: {}, claims: {} };
  }
}

function audienceText(aud: JWTPayload['aud']): string {
  return Array.isArray(aud) ? aud.join(' ') : (aud ?? '');
}

export interface IdTokenVerifierOptions {
  fetch: typeof fetch;
  recorder: TraceRecorder;
  /** Called once the token passed every check. */
  onVerified: (verified: VerifiedIdToken) => void;
  now?: () => number;
}

export function buildIdTokenVerifier(options: IdTokenVerifierOptions): (client: StandardLogtoClient) => JwtVerifier {
  const now = options.now ?? Date.now;
  return (client) => ({
    async verifyIdToken(idToken: string) {
      const { issuer, jwksUri } = await client.getOidcConfig();
      const audience = client.logtoConfig.appId;
      const { header, claims } = safeDecode(idToken);
      let kidInJwks = false;
      let jwksRefetched = false;
      const remoteJwks = (init: RequestInit) =>
        createRemoteJWKSet(new URL(jwksUri), {
          [customFetch]: (url: string, request: RequestInit) => options.fetch(url, { ...request, ...init }),
          timeoutDuration: 5000,
        });
      // The JWKS may come from the short-lived cache (src/lib/cached-fetch.ts). A token whose kid it lacks
      // may be signed with a key the tenant rotated in since: ask the tenant once more, past the cache.
      const getKey: JWTVerifyGetKey = async (protectedHeader, token) => {
        let key;
        try {
          key = await remoteJwks({})(protectedHeader, token);
        } catch (error) {
          if ((error as { code?: unknown }).code !== 'ERR_JWKS_NO_MATCHING_KEY') throw error;
          jwksRefetched = true;
          key = await remoteJwks({ cache: 'no-cache' })(protectedHeader, token);
        }
        kidInJwks = true;
        return key;
      };
      await options.recorder.time(
        'id-token-verification',
        async () => {
          const result = await jwtVerify(idToken, getKey, { audience, issuer, clockTolerance: CLOCK_TOLERANCE_SECONDS });
          if (Math.abs((result.payload.iat ?? 0) - now() / 1000) > CLOCK_TOLERANCE_SECONDS) {
            throw new LogtoError('id_token.invalid_iat');
          }
          const { alg, kid, typ } = result.protectedHeader;
          options.onVerified({ header: { alg, kid, typ }, claims: result.payload, expectedIssuer: issuer, expectedAudience: audience });
        },
        ({ error }) => ({
          alg: String(header['alg'] ?? ''),
          kid: String(header['kid'] ?? ''),
          kidInJwks: String(kidInJwks),
          ...(jwksRefetched ? { jwksRefetched: 'true' } : {}),
          iss: String(claims.iss ?? ''),
          expectedIss: issuer,
          aud: audienceText(claims.aud),
          expectedAud: audience,
          exp: claims.exp ? new Date(claims.exp * 1000).toISOString() : '',
          ...(error ? { failure: String((error as { code?: unknown }).code ?? (error as Error).name) } : {}),
        }),
      );
    },
  });
}
