import { randomBytes } from 'node:crypto';
import { memoryStore } from '../store/memory-store.ts';
import type { TenantStore } from '../store/store.ts';
import { naverMockLifetimes } from './lifetimes.ts';
import type { NaverMockLifetimes } from './lifetimes.ts';

/** `withheld`: profile fields the user declined to share on the consent page (optional permissions). */
type Sharing = { withheld?: readonly string[] };
type CodeGrant = { clientId: string; redirectUri: string; userId: string } & Sharing;
type TokenGrant = { clientId: string; userId: string } & Sharing;
type UserGrant = { clientId: string; userId: string } & Sharing;

function withheldOf(sharing: Sharing): Sharing {
  return sharing.withheld && sharing.withheld.length > 0 ? { withheld: sharing.withheld } : {};
}

const codeKey = (code: string) => `naver:code:${code}`;
const accessTokenKey = (token: string) => `naver:access-token:${token}`;
const refreshTokenKey = (token: string) => `naver:refresh-token:${token}`;

/**
 * Codes and tokens the mock has issued, in the tenant's store (memory, or Redis shared by every
 * instance), each key expiring with its lifetime (lifetimes.ts: Naver's, or a public sandbox's shorter
 * ones). A fresh memory store by default: a restart forgets them, as tests expect.
 */
export class GrantStore {
  readonly #store: TenantStore;
  readonly lifetimes: NaverMockLifetimes;

  constructor(store: TenantStore = memoryStore(), lifetimes: NaverMockLifetimes = naverMockLifetimes(false)) {
    this.#store = store;
    this.lifetimes = lifetimes;
  }

  /** Codes look like Naver's: 18 URL-safe characters. */
  async issueCode(grant: CodeGrant): Promise<string> {
    const code = randomBytes(13).toString('base64url');
    await this.#store.set(codeKey(code), grant, this.lifetimes.codeSeconds);
    return code;
  }

  /** A code works once (read and deleted at once, on any instance), for the client and redirect URI it was issued to. */
  async redeemCode(code: string, clientId: string, redirectUri: string | undefined): Promise<({ userId: string } & Sharing) | undefined> {
    const grant = await this.#store.take<CodeGrant>(codeKey(code));
    if (!grant || grant.clientId !== clientId) return undefined;
    if (redirectUri !== undefined && redirectUri !== grant.redirectUri) return undefined;
    return { userId: grant.userId, ...withheldOf(grant) };
  }

  async issueTokens(clientId: string, userId: string, sharing: Sharing = {}): Promise<{ accessToken: string; refreshToken: string }> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.#store.set(refreshTokenKey(refreshToken), { clientId, userId, ...withheldOf(sharing) }, this.lifetimes.refreshTokenSeconds);
    return { accessToken: await this.issueAccessToken(clientId, userId, sharing), refreshToken };
  }

  async issueAccessToken(clientId: string, userId: string, sharing: Sharing = {}): Promise<string> {
    const accessToken = `AAAAN${randomBytes(48).toString('base64url')}`;
    await this.#store.set(accessTokenKey(accessToken), { clientId, userId, ...withheldOf(sharing) }, this.lifetimes.accessTokenSeconds);
    return accessToken;
  }

  async refresh(refreshToken: string, clientId: string): Promise<({ userId: string } & Sharing) | undefined> {
    const grant = await this.#store.get<UserGrant>(refreshTokenKey(refreshToken));
    return grant && grant.clientId === clientId ? { userId: grant.userId, ...withheldOf(grant) } : undefined;
  }

  async lookupAccessToken(accessToken: string): Promise<TokenGrant | undefined> {
    return this.#store.get<TokenGrant>(accessTokenKey(accessToken));
  }
}
