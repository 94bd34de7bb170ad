// #region page
import { getLogtoContext, signIn, signOut } from '@logto/next/server-actions';
import { logtoConfig } from './logto';

// Rendered for each request: the page shows who is signed in
export const dynamic = 'force-dynamic';

export default async function Home() {
  const config = logtoConfig();
  const { isAuthenticated, claims, userInfo } = await getLogtoContext(config, { fetchUserInfo: true });

  // Server actions: they run on the server when the form is submitted
  async function signInWithLogto() {
    'use server';
    await signIn(config);
  }
  async function signInWithNaver() {
    'use server';
    await signIn(config, {
      redirectUri: `${config.baseUrl}/callback`,
      // Skips Logto's sign-in page and goes straight to Naver
      directSignIn: { method: 'social', target: 'naver' },
    });
  }
  async function signOutOfLogto() {
    'use server';
    await signOut(config);
  }

  if (!isAuthenticated || !claims) {
    return (
      <main>
        <h1>Not signed in</h1>
        <form action={signInWithLogto}>
          <button type="submit">Sign in</button>
        </form>
        <form action={signInWithNaver}>
          <button type="submit">Sign in with Naver</button>
        </form>
      </main>
    );
  }
  const naver = userInfo?.identities?.['naver']; // the Naver account, with the identities scope
  return (
    <main>
      <h1>Signed in as {claims.name ?? claims.sub}</h1>
      <h2>ID token claims</h2>
      <pre>{JSON.stringify(claims, null, 2)}</pre>
      <h2>Naver identity</h2>
      <pre>{JSON.stringify(naver ?? null, null, 2)}</pre>
      <form action={signOutOfLogto}>
        <button type="submit">Sign out</button>
      </form>
    </main>
  );
}
// #endregion page
