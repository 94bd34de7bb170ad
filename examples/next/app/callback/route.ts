// #region callback
import { handleSignIn } from '@logto/next/server-actions';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { logtoConfig } from '../logto';

// Logto sends the user back here with a code: the SDK checks the state, then the ID token
export async function GET(request: NextRequest) {
  await handleSignIn(logtoConfig(), request.nextUrl.searchParams);
  redirect('/');
}
// #endregion callback
