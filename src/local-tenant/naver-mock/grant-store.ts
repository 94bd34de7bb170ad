import { randomBytes } from 'node:crypto';
import type { LRUCache } from 'lru-cache';
import { expiringCache } from '../expiring-cache.ts';

/** Naver's lifetimes: codes are short-lived, access tokens last an hour (`expires_in: "3600"`). */
const codeLifetimeMs = 10 * 60 * 1000;
export const accessTokenLifetimeSeconds = 3600;
/** The mock's own choice (a refresh token outlives the access token it renews). */
const refreshTokenLifetimeMs = 14 * 24 * 3600 * 1000;
/** Every sign-in issues one code, one access token and one refresh token; at most this many of each
 * kind are held (far above what any test or reader keeps in play). */
export const MAX_GRANTS_PER_KIND = 10_000;

/** `withheld`: profile fields the user declined to share on the consent page (optional permissions). */
type Sharing = { withheld?: readonly string[] };
type CodeGrant = { clientId: string; redirectUri: string; userId: string } & Sharing;
type TokenGrant = { clientId: string; userId: string } & Sharing;
type UserGrant = { clientId: string; userId: string } & Sharing;

function withheldOf(sharing: Sharing): Sharing {
  return sharing.withheld && sharing.withheld.length > 0 ? { withheld: sharing.withheld } : {};
}

/** Codes and tokens the mock has issued, in memory: a restart forgets them, as tests expect. */
export class GrantStore {
  readonly #codes: LRUCache<string, CodeGrant>;
  readonly #accessTokens: LRUCache<string, TokenGrant>;
  readonly #refreshTokens: LRUCache<string, UserGrant>;

  constructor(now: () => number = Date.now) {
    const kept = <V extends object>(ttlMs: number) => expiringCache<V>({ max: MAX_GRANTS_PER_KIND, ttlMs, now });
    this.#codes = kept(codeLifetimeMs);
    this.#accessTokens = kept(accessTokenLifetimeSeconds * 1000);
    this.#refreshTokens = kept(refreshTokenLifetimeMs);
  }

  /** Codes look like Naver's: 18 URL-safe characters. */
  issueCode(grant: CodeGrant): string {
    const code = randomBytes(13).toString('base64url');
    this.#codes.set(code, grant);
    return code;
  }

  /** A code works once, for the client and redirect URI it was issued to. */
  redeemCode(code: string, clientId: string, redirectUri: string | undefined): ({ userId: string } & Sharing) | undefined {
    const grant = this.#codes.get(code);
    this.#codes.delete(code);
    if (!grant || grant.clientId !== clientId) return undefined;
    if (redirectUri !== undefined && redirectUri !== grant.redirectUri) return undefined;
    return { userId: grant.userId, ...withheldOf(grant) };
  }

  issueTokens(clientId: string, userId: string, sharing: Sharing = {}): { accessToken: string; refreshToken: string } {
    const refreshToken = randomBytes(32).toString('base64url');
    this.#refreshTokens.set(refreshToken, { clientId, userId, ...withheldOf(sharing) });
    return { accessToken: this.issueAccessToken(clientId, userId, sharing), refreshToken };
  }

  issueAccessToken(clientId: string, userId: string, sharing: Sharing = {}): string {
    const accessToken = `AAAAN${randomBytes(48).toString('base64url')}`;
    this.#accessTokens.set(accessToken, { clientId, userId, ...withheldOf(sharing) });
    return accessToken;
  }

  refresh(refreshToken: string, clientId: string): ({ userId: string } & Sharing) | undefined {
    const grant = this.#refreshTokens.get(refreshToken);
    return grant && grant.clientId === clientId ? { userId: grant.userId, ...withheldOf(grant) } : undefined;
  }

  lookupAccessToken(accessToken: string): TokenGrant | undefined {
    return this.#accessTokens.get(accessToken);
  }
}
