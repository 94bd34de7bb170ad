// #region config
import type { LogtoNextConfig } from '@logto/next';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} in the environment or in .env (see .env.example).`);
  return value;
}

// Read when a request needs it, not when the app is built: the build has no tenant values
export function logtoConfig(): LogtoNextConfig {
  const baseUrl = env('BASE_URL').replace(/\/+$/, ''); // where this app runs: the redirect URIs are built from it
  return {
    endpoint: env('LOGTO_ENDPOINT'),
    appId: env('LOGTO_APP_ID'),
    appSecret: env('LOGTO_APP_SECRET'), // from the environment, never from the code
    baseUrl,
    // The SDK keeps its state (the sign-in session, then the tokens) in a cookie encrypted with this key
    cookieSecret: env('SESSION_SECRET'),
    cookieSecure: baseUrl.startsWith('https://'),
    scopes: ['email', 'identities'], // identities: the Naver account
  };
}
// #endregion config
