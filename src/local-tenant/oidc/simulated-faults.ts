import { CompactSign, importJWK } from 'jose';
import type { JWK } from 'jose';
import type { KoaContextWithOIDC } from 'oidc-provider';
import type { IdTokenFault } from '../../lib/fault-lab.ts';
import { logContextOf } from '../audit-log/koa-audit-log.ts';
import type { LogtoVersionProfile } from '../config/logto-version.ts';
import type { TenantApp, TenantConfig } from '../config/schema.ts';
import type { CappedLists } from '../store/capped-lists.ts';
import { tokenLifetimes } from './lifetimes.ts';
import { generateSigningKey } from './signing-key.ts';

/**
 * The fault lab's misbehaving tenant (`simulatedFaults` of an app): ID tokens issued wrongly for that app,
 * and its token endpoint unavailable. Everything else (access tokens, userinfo, other apps) stays correct,
 * so a client meets exactly one fault.
 */

/** An app id that is not the token's client: what `aud` says under `wrong-audience`. */
const otherAppId = '82wgkeo274qaeo70gcxt0';
/** `clock-ahead`: the tenant's clock runs this far ahead. */
export const clockAheadSeconds = 10 * 60;
/** `expired`: the ID token expired this long ago, far beyond the 300 s a verifier tolerates. */
const expiredAgoSeconds = 60 * 60;
/** `rotated-key`: how many of the newest rotated keys the JWKS lists. */
const publishedRotatedKeys = 5;
/** The list of rotated keys (in the tenant's store, shared by every instance): one, for the whole tenant. */
const rotatedKeysListId = 'jwks';

type Claims = Record<string, unknown>;

/** What signs a faulty ID token. */
type Signer = 'tenant-key' | 'unknown-key' | 'rotated-key' | 'app-secret-hs256';

/**
 * Each ID-token fault, as the change it makes to the correct token: its claims (from the correct ones,
 * the time now and the token's lifetime, in seconds) and what signs it. One row per fault: a fault
 * without its row is a type error.
 */
const idTokenFaultRules: Record<IdTokenFault, { claims?: (claims: Claims, now: number, lifetime: number) => Claims; signer: Signer }> = {
  'unknown-key': { signer: 'unknown-key' },
  // The tenant's endpoint where the issuer (`…/oidc`) belongs: discovery still names the right one.
  'wrong-issuer': { claims: (claims) => ({ ...claims, iss: new URL(String(claims['iss'])).origin }), signer: 'tenant-key' },
  'wrong-audience': { claims: (claims) => ({ ...claims, aud: otherAppId }), signer: 'tenant-key' },
  expired: {
    claims: (claims, now, lifetime) => ({ ...claims, iat: now - expiredAgoSeconds - lifetime, exp: now - expiredAgoSeconds }),
    signer: 'tenant-key',
  },
  'clock-ahead': {
    claims: (claims, now, lifetime) => ({ ...claims, iat: now + clockAheadSeconds, exp: now + clockAheadSeconds + lifetime }),
    signer: 'tenant-key',
  },
  // `alg: HS256` with the app secret as the key: not an algorithm the tenant's JWKS allows.
  hs256: { signer: 'app-secret-hs256' },
  // A key the JWKS lists only once it is read again.
  'rotated-key': { signer: 'rotated-key' },
};

function publicHalf(key: JWK): JWK {
  const { d: _d, ...rest } = key;
  return rest;
}

export class SimulatedFaults {
  readonly #faults: Map<string, { app: TenantApp; idToken?: IdTokenFault; tokenEndpointDown: boolean }>;
  /** Signs `unknown-key` tokens; its public half is never published. */
  readonly #unknownKey: JWK;
  /**
   * `rotated-key`: every such token is signed with a new key, published in the JWKS from that moment on
   * (a rotation each time, so every try shows a kid that a JWKS fetched before does not list). The last
   * few stay published, as long as an ID token lives, so tokens issued just before still verify. Only
   * the public halves are kept, in the tenant's store, so the JWKS any instance serves lists them; the
   * private half signs one token and is forgotten.
   */
  readonly #rotatedKeys: CappedLists<JWK>;
  /** The tenant's own key: faults in the claims keep the right signature. */
  readonly #tenantKey: JWK;
  /** The header's `typ: "JWT"`, where the version's ID tokens carry it: a faulty token looks like a real one otherwise. */
  readonly #typ: { typ?: 'JWT' };

  private constructor(config: TenantConfig, tenantKey: JWK, unknownKey: JWK, rotatedKeys: CappedLists<JWK>, profile: Pick<LogtoVersionProfile, 'idToken'>) {
    this.#typ = profile.idToken.typHeader ? { typ: 'JWT' } : {};
    this.#faults = new Map(
      config.apps
        .filter((app) => app.simulatedFaults)
        .map((app) => [
          app.id,
          {
            app,
            ...(app.simulatedFaults?.idToken ? { idToken: app.simulatedFaults.idToken } : {}),
            tokenEndpointDown: app.simulatedFaults?.tokenEndpoint === 'unavailable',
          },
        ]),
    );
    this.#tenantKey = tenantKey;
    this.#unknownKey = unknownKey;
    this.#rotatedKeys = rotatedKeys;
  }

  /** `unknownKey` comes from TENANT_SECRET (tenant-secret.ts) like the tenant's own; `rotatedKeys` is the store's list. */
  static create(
    config: TenantConfig,
    keys: { tenantKey: JWK; unknownKey: JWK; rotatedKeys: CappedLists<JWK> },
    profile: Pick<LogtoVersionProfile, 'idToken'>,
  ): SimulatedFaults {
    return new SimulatedFaults(config, keys.tenantKey, keys.unknownKey, keys.rotatedKeys, profile);
  }

  idTokenFaultOf(clientId: string | undefined): IdTokenFault | undefined {
    return clientId === undefined ? undefined : this.#faults.get(clientId)?.idToken;
  }

  /** Keys the JWKS lists besides the tenant's own: the rotated keys in use, oldest first. */
  async extraPublicKeys(): Promise<JWK[]> {
    return (await this.#rotatedKeys.range(rotatedKeysListId, 0, publishedRotatedKeys)).reverse();
  }

  async #rotate(): Promise<JWK> {
    const key = await generateSigningKey();
    await this.#rotatedKeys.push(rotatedKeysListId, publicHalf(key), { maxLength: publishedRotatedKeys, ttlSeconds: tokenLifetimes.IdToken });
    return key;
  }

  /**
   * The ID token as the faulty tenant issues it: `claims` are what the correct token carries (already
   * checked by oidc-provider), changed and signed as the app's fault says.
   */
  async issueFaultyIdToken(fault: IdTokenFault, clientId: string, claims: Claims): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const lifetime = Number(claims['exp']) - Number(claims['iat']);
    const rule = idTokenFaultRules[fault];
    const body = new TextEncoder().encode(JSON.stringify(rule.claims ? rule.claims(claims, now, lifetime) : claims));
    if (rule.signer === 'app-secret-hs256') {
      const secret = this.#faults.get(clientId)?.app.secret ?? '';
      return new CompactSign(body).setProtectedHeader({ alg: 'HS256', ...this.#typ }).sign(new TextEncoder().encode(secret));
    }
    const key = rule.signer === 'unknown-key' ? this.#unknownKey : rule.signer === 'rotated-key' ? await this.#rotate() : this.#tenantKey;
    return new CompactSign(body)
      .setProtectedHeader({ alg: 'ES384', ...this.#typ, kid: key.kid ?? '' })
      .sign(await importJWK(key, 'ES384'));
  }

  /**
   * Middleware inside oidc-provider: the token endpoint of a `tokenEndpoint: 'unavailable'` app answers
   * 503 to the authorization-code exchange, the tenant clock of a `clock-ahead` app shows in the token
   * response's Date header, and the JWKS lists the rotated keys in use. Error bodies are then
   * wrapped as Logto wraps them (error-body.ts).
   */
  middleware() {
    return async (ctx: KoaContextWithOIDC, next: () => Promise<unknown>): Promise<void> => {
      await next();
      if (ctx.path === '/jwks' && ctx.status === 200) {
        const extra = await this.extraPublicKeys();
        const body: unknown = ctx.body;
        if (extra.length > 0 && typeof body === 'object' && body !== null && 'keys' in body && Array.isArray(body.keys)) {
          const type = ctx.response.get('content-type');
          ctx.body = { keys: [...body.keys, ...extra] };
          ctx.type = type;
        }
        return;
      }
      if (ctx.path !== '/token') return;
      const clientId = ctx.oidc?.client?.clientId;
      const fault = clientId === undefined ? undefined : this.#faults.get(clientId);
      if (!fault) return;
      if (fault.tokenEndpointDown && ctx.oidc.params?.['grant_type'] === 'authorization_code') {
        // An outage in front of the tenant: the request never reached Logto, so its log holds nothing of it.
        logContextOf(ctx)?.discard();
        ctx.status = 503;
        ctx.set('cache-control', 'no-store');
        ctx.body = { error: 'temporarily_unavailable', error_description: 'the token endpoint is temporarily unavailable' };
      }
      if (fault.idToken === 'clock-ahead') {
        ctx.set('date', new Date(Date.now() + clockAheadSeconds * 1000).toUTCString());
      }
    };
  }
}
