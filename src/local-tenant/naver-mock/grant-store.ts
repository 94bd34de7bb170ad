import { randomBytes } from 'node:crypto';

/** Naver's lifetimes: codes are short-lived, access tokens last an hour (`expires_in: "3600"`). */
const codeLifetimeMs = 10 * 60 * 1000;
export const accessTokenLifetimeSeconds = 3600;

/** `withheld`: profile fields the user declined to share on the consent page (optional permissions). */
type Sharing = { withheld?: readonly string[] };
type CodeGrant = { clientId: string; redirectUri: string; userId: string; expiresAt: number } & Sharing;
type TokenGrant = { clientId: string; userId: string; expiresAt: number } & Sharing;
type UserGrant = { clientId: string; userId: string } & Sharing;

function withheldOf(sharing: Sharing): Sharing {
  return sharing.withheld && sharing.withheld.length > 0 ? { withheld: sharing.withheld } : {};
}

/** Codes and tokens the mock has issued, in memory: a restart forgets them, as tests expect. */
export class GrantStore {
  readonly #codes = new Map<string, CodeGrant>();
  readonly #accessTokens = new Map<string, TokenGrant>();
  readonly #refreshTokens = new Map<string, UserGrant>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Codes look like Naver's: 18 URL-safe characters. */
  issueCode(grant: Omit<CodeGrant, 'expiresAt'>): string {
    const code = randomBytes(13).toString('base64url');
    this.#codes.set(code, { ...grant, expiresAt: this.#now() + codeLifetimeMs });
    return code;
  }

  /** A code works once, for the client and redirect URI it was issued to. */
  redeemCode(code: string, clientId: string, redirectUri: string | undefined): ({ userId: string } & Sharing) | undefined {
    const grant = this.#codes.get(code);
    this.#codes.delete(code);
    if (!grant || grant.expiresAt < this.#now() || grant.clientId !== clientId) return undefined;
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
    this.#accessTokens.set(accessToken, {
      clientId,
      userId,
      ...withheldOf(sharing),
      expiresAt: this.#now() + accessTokenLifetimeSeconds * 1000,
    });
    return accessToken;
  }

  refresh(refreshToken: string, clientId: string): ({ userId: string } & Sharing) | undefined {
    const grant = this.#refreshTokens.get(refreshToken);
    return grant && grant.clientId === clientId ? { userId: grant.userId, ...withheldOf(grant) } : undefined;
  }

  lookupAccessToken(accessToken: string): TokenGrant | undefined {
    const grant = this.#accessTokens.get(accessToken);
    if (!grant) return undefined;
    if (grant.expiresAt < this.#now()) {
      this.#accessTokens.delete(accessToken);
      return undefined;
    }
    return grant;
  }
}
