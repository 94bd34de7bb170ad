/**
 * Sign-out: check that Logto will accept our post sign-out URI (otherwise the reader would land on
 * Logto's error page and stay signed in there), then revoke, clear and send the browser to Logto's
 * end-session endpoint. `/playground/signed-out` closes the attempt when Logto sends the reader back.
 */
import type { Lang } from '../../i18n/languages.ts';
import { redactParams } from '../../lib/redact.ts';
import { signOut } from '../logto/client.ts';
import { PLAYGROUND_SIGNED_OUT_PATH } from '../../tenant/redirect-uris.ts';
import { beginAttempt, finished, readerClient, type PlaygroundContext } from './context.ts';
import { diagnoseFailure } from './failure.ts';
import { precheckSignOut } from './prechecks.ts';

export async function startSignOut(ctx: PlaygroundContext, lang: Lang, returnTo: string): Promise<string> {
  const { state, settings } = ctx;
  const { traced, attempt, uris } = await beginAttempt(ctx, 'sign-out', lang, returnTo);
  try {
    const problem = await precheckSignOut({ settings, ...uris }, traced.probeFetch);
    if (problem) {
      // Still signed in: the reader fixes the URI and signs out again.
      await state.saveAttempt(finished({ ...attempt, hops: traced.recorder.hops }, 'failed', [problem], ctx.now()));
      return returnTo;
    }
    const { client, redirect } = await readerClient(ctx, traced);
    await signOut(client, uris.postSignOutRedirectUri);
    traced.recorder.add({ kind: 'end-session', method: 'GET', url: new URL(redirect.to).pathname, outcome: 'info', details: redactParams(new URL(redirect.to).searchParams) });
    state.clear('result');
    await state.saveAttempt({ ...attempt, hops: traced.recorder.hops });
    return redirect.to;
  } catch (error) {
    await state.saveAttempt(finished({ ...attempt, hops: traced.recorder.hops }, 'failed', [diagnoseFailure(error, ctx, traced.recorder)], ctx.now()));
    return returnTo;
  }
}

/** Logto sent the reader back to the post sign-out URI: the sign-out is complete. */
export async function finishSignOut(ctx: PlaygroundContext, fallbackReturnTo: string): Promise<string> {
  const attempt = await ctx.state.attempt();
  if (!attempt || attempt.kind !== 'sign-out' || attempt.status !== 'pending') return attempt?.returnTo ?? fallbackReturnTo;
  const arrived = {
    kind: 'signed-out' as const,
    at: ctx.now(),
    ms: 0,
    method: 'GET',
    url: PLAYGROUND_SIGNED_OUT_PATH,
    outcome: 'ok' as const,
    details: { secondsSinceSignOut: String(Math.round((ctx.now() - attempt.startedAt) / 1000)) },
  };
  await ctx.state.saveAttempt(finished({ ...attempt, hops: [...attempt.hops, arrived] }, 'succeeded', [], ctx.now()));
  return attempt.returnTo;
}
