/** The playground's @logto/node code (the guide's own samples are the apps in examples/). */
import { clientSecretBasic } from '../../tenant/basic-auth.ts';
import { createQuietRequester } from './quiet-requester.ts';
import LogtoClient, {
  CookieStorage,
  type ClientAdapter,
  type JwtVerifier,
  type LogtoConfig,
  type StandardLogtoClient,
} from '@logto/node';

/** Where the client keeps its encrypted cookie: read and write through your framework's cookie API. */
export interface CookieAccess {
  get(name: string): string | undefined;
  set(name: string, value: string, options: { httpOnly?: boolean; secure?: boolean; sameSite?: 'lax'; path?: string; maxAge?: number }): void;
}

/** The cookie key and https flag, plus what the playground adds: its own requester and ID-token verifier. */
export interface PlaygroundClientOptions {
  encryptionKey: string;
  isSecure: boolean;
  adapter?: Partial<Pick<ClientAdapter, 'requester' | 'unstable_cache'>>;
  buildJwtVerifier?: (client: StandardLogtoClient) => JwtVerifier;
}

/** One client per request: the reader's settings are its config, their browser's cookie its storage. */
export async function createLogtoClient(config: LogtoConfig, cookies: CookieAccess, options: PlaygroundClientOptions) {
  const storage = new CookieStorage({
    encryptionKey: options.encryptionKey, // a long random secret from your environment
    cookieKey: 'pg_logto',
    isSecure: options.isSecure, // true on https
    getCookie: (name) => cookies.get(name),
    setCookie: (name, value, cookieOptions) => cookies.set(name, value, { ...cookieOptions, sameSite: 'lax' }),
  });
  await storage.init(); // decrypts the cookie before the client looks for tokens in it

  // The SDK asks to navigate; a server route answers with a redirect to that URL instead.
  const redirect = { to: '' };
  const client = new LogtoClient(
    config, // { endpoint, appId, appSecret, scopes: ['email', 'identities'] }
    {
      storage,
      navigate: (url) => {
        redirect.to = url;
      },
      ...options.adapter, // the playground's own requester; an app can leave this out
    },
    options.buildJwtVerifier, // optional too: the SDK verifies ID tokens by default
  );
  return { client, storage, redirect };
}

/** "Sign in with Naver": straight to Naver, skipping Logto's sign-in page (direct sign-in). */
export async function signInWithNaver(
  client: LogtoClient,
  redirectUri: string, // e.g. https://your-site/playground/callback, registered on the Logto app
  target = 'naver',
  interactionMode: 'signIn' | 'signUp' = 'signIn',
) {
  await client.signIn({
    redirectUri,
    directSignIn: { method: 'social', target }, // an object: the string form 'social:naver' is ignored
    interactionMode,
  });
}

/** The redirect URI's route: hand the SDK the full callback URL, then read the signed-in user. */
export async function completeSignIn(client: LogtoClient, callbackUrl: string) {
  await client.handleSignInCallback(callbackUrl); // checks state, exchanges the code, verifies the ID token
  const claims = await client.getIdTokenClaims();
  const userInfo = await client.fetchUserInfo(); // userInfo.identities.naver: the Naver profile
  return { claims, userInfo };
}

/** Sign-out: revokes the refresh token, clears the cookie, then ends the Logto session. */
export async function signOut(client: LogtoClient, postSignOutRedirectUri: string) {
  await client.signOut(postSignOutRedirectUri); // must be registered on the Logto app too
}

/**
 * The playground's requester: the safe (traced) fetch, with the app's credentials in a Basic header
 * as @logto/node sends them, wrapped for the SDK's error handling (without its logging).
 */
export function playgroundAdapter(appId: string, appSecret: string, fetchFn: typeof fetch) {
  const basic = clientSecretBasic(appId, appSecret);
  const authorised = (input: string | URL | Request, init?: RequestInit) =>
    fetchFn(input, { ...init, headers: { Authorization: basic, ...(init?.headers as Record<string, string> | undefined) } });
  // A cache per client, so discovery is fetched (and traced) once per request, never kept forever.
  const memory = new Map<string, string>();
  return {
    requester: createQuietRequester(authorised as typeof fetch),
    unstable_cache: {
      getItem: async (key: string) => memory.get(key) ?? null,
      setItem: async (key: string, value: string) => void memory.set(key, value),
      removeItem: async (key: string) => void memory.delete(key),
    },
  } satisfies Partial<ClientAdapter>;
}
