/**
 * The tokens the reader's @logto/node client holds, as the result view summarizes them: after a
 * sign-in (callback.ts) and after "Refresh tokens" (refresh.ts).
 */
import { PersistKey } from '@logto/node';
import type { IssuedTokens } from '../result/result.ts';
import type { readerClient } from './context.ts';

type ReaderClient = Awaited<ReturnType<typeof readerClient>>;

/** Access-token map as @logto/node stores it: `{"<scopes>@<resource>": {token, scope, expiresAt}}`. */
function firstAccessToken(raw: string | null): IssuedTokens['accessToken'] {
  if (!raw) return undefined;
  try {
    const map = JSON.parse(raw) as Record<string, { token?: unknown; scope?: unknown; expiresAt?: unknown }>;
    const entry = Object.values(map)[0];
    if (!entry || typeof entry.token !== 'string') return undefined;
    return {
      token: entry.token,
      ...(typeof entry.scope === 'string' ? { scope: entry.scope } : {}),
      ...(typeof entry.expiresAt === 'number' ? { expiresAt: entry.expiresAt } : {}),
    };
  } catch {
    return undefined;
  }
}

export async function issuedTokens(client: ReaderClient['client'], storage: ReaderClient['storage']): Promise<IssuedTokens> {
  return {
    idToken: (await client.getIdToken()) ?? '',
    accessToken: firstAccessToken(await storage.getItem(PersistKey.AccessToken)),
    refreshToken: await client.getRefreshToken(),
  };
}
