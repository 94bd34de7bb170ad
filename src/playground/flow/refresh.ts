/**
 * "Refresh tokens": force @logto/node to use the stored refresh token now (clear the cached access
 * token, ask for one), so the reader sees what their app's first refresh will meet: a new access token
 * (and, when the tenant sends one, an ID token the SDK verifies), shown in the result in place of the
 * sign-in's, or the grant refused at the tenant.
 */
import type { Lang } from '../../i18n/languages.ts';
import { diagnosis } from '../../diagnosis/codes.ts';
import { beginAttempt, finished, readerClient, type PlaygroundContext } from './context.ts';
import { diagnoseFailure } from './failure.ts';
import { issuedTokens } from './issued-tokens.ts';
import { refreshedResult } from '../result/result.ts';

export async function refreshTokens(ctx: PlaygroundContext, lang: Lang, returnTo: string): Promise<string> {
  const { state } = ctx;
  const { traced, attempt } = await beginAttempt(ctx, 'refresh', lang, returnTo);
  const withHops = () => ({ ...attempt, hops: traced.recorder.hops });
  try {
    const { client, storage, verified } = await readerClient(ctx, traced);
    // Nothing to refresh with: the app would have to send the reader through sign-in again.
    if (!(await client.getRefreshToken())) {
      await state.saveAttempt(finished(withHops(), 'failed', [diagnosis('refresh_token_dead')], ctx.now()));
      return returnTo;
    }
    await client.clearAccessToken();
    await client.getAccessToken(); // the refresh_token grant at the token endpoint; a new ID token is verified
    // The result view shows the tokens the reader now holds, not the sign-in's.
    const previous = await state.result();
    if (previous) await state.saveResult(refreshedResult(previous, { verified: verified.value, tokens: await issuedTokens(client, storage), now: ctx.now() }));
    await state.saveAttempt(finished(withHops(), 'succeeded', [], ctx.now()));
  } catch (error) {
    await state.saveAttempt(finished(withHops(), 'failed', [diagnoseFailure(error, ctx, traced.recorder)], ctx.now()));
  }
  return returnTo;
}
