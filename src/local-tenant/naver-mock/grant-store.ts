import { randomBytes } from 'node:crypto';

/** Naver's lifetimes: codes are short-lived, access tokens last an hour (`expires_in: "3600"`). */
const codeLifetimeMs = 10 * 60 * 1000;
export const accessTokenLifetimeSeconds = 3600;

type CodeGrant = { clientId: string; redirectUri: string; userId: string; expiresAt: number };
type TokenGrant = { clientId: string; userId: string; expiresAt: number };

/** Codes and tokens the mock has issued, in memory: a restart forgets them, as tests expect. */
export class GrantStore {
  readonly #codes = new Map<string, CodeGrant>();
  readonly #accessTokens = new Map<string, TokenGrant>();
  readonly #refreshTokens = new Map<string, { clientId: string; userId: string }>();
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
  redeemCode(code: string, clientId: string, redirectUri: string | undefined): { userId: string } | undefined {
    const grant = this.#codes.get(code);
    this.#codes.delete(code);
    if (!grant || grant.expiresAt < this.#now() || grant.clientId !== clientId) return undefined;
    if (redirectUri !== undefined && redirectUri !== grant.redirectUri) return undefined;
    return { userId: grant.userId };
  }

  issueTokens(clientId: string, userId: string): { accessToken: string; refreshToken: string } {
    const refreshToken = randomBytes(32).toString('base64url');
    this.#refreshTokens.set(refreshToken, { clientId, userId });
    return { accessToken: this.issueAccessToken(clientId, userId), refreshToken };
  }

  issueAccessToken(clientId: string, userId: string): string {
    const accessToken = `AAAAN${randomBytes(48).toString('base64url')}`;
    this.#accessTokens.set(accessToken, {
      clientId,
      userId,
      expiresAt: this.#now() + accessTokenLifetimeSeconds * 1000,
    });
    return accessToken;
  }

  refresh(refreshToken: string, clientId: string): { userId: string } | undefined {
    const grant = this.#refreshTokens.get(refreshToken);
    return grant && grant.clientId === clientId ? { userId: grant.userId } : undefined;
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
