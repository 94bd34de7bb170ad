/**
 * "Sign in with Naver": check what can be checked without the reader, then send them to Logto with
 * direct sign-in. Returns where the browser goes next (Logto's authorization URL, or back to the page
 * with a diagnosis).
 */
import type { Lang } from '../../i18n/languages.ts';
import { signInWithNaver } from '../logto/client.ts';
import { describeAuthorizationUrl } from '../trace/traced-fetch.ts';
import { beginAttempt, finished, readerClient, type PlaygroundContext } from './context.ts';
import { precheckSignIn } from './prechecks.ts';
import { diagnoseFailure } from './failure.ts';

export async function startSignIn(ctx: PlaygroundContext, lang: Lang, returnTo: string): Promise<string> {
  const { settings, state } = ctx;
  const { traced, attempt, uris } = await beginAttempt(ctx, 'sign-in', lang, returnTo);
  try {
    const checked = await precheckSignIn({ settings, ...uris }, traced.probeFetch);
    if (checked.connectorId && checked.connectorId !== settings.connectorId) {
      await state.saveSettings({ ...settings, connectorId: checked.connectorId });
    }
    if (checked.blocking) {
      await state.saveAttempt(finished({ ...attempt, hops: traced.recorder.hops }, 'failed', [checked.blocking], ctx.now()));
      return returnTo;
    }

    const { client, redirect } = await readerClient(ctx, traced);
    await signInWithNaver(client, uris.redirectUri, settings.directSignInTarget, settings.interactionMode);
    traced.recorder.add({
      kind: 'authorization-request',
      method: 'GET',
      url: new URL(redirect.to).pathname,
      outcome: 'info',
      details: describeAuthorizationUrl(redirect.to),
    });
    state.clear('result');
    await state.saveAttempt({ ...attempt, hops: traced.recorder.hops, diagnoses: checked.warnings });
    return redirect.to;
  } catch (error) {
    const failed = finished({ ...attempt, hops: traced.recorder.hops }, 'failed', [diagnoseFailure(error, ctx, traced.recorder)], ctx.now());
    await state.saveAttempt(failed);
    return returnTo;
  }
}
