/**
 * The redirect URI (`/playground/callback`): Logto sends the browser back here with `code`, `state`
 * and `iss`. Completes the sign-in with the SDK, builds the result view and the diagnosis, and says
 * which same-site path the browser goes to next.
 */
import { langOrFallback } from '../../i18n/languages.ts';
import { abbreviate, redacted } from '../../lib/redact.ts';
import { diagnosis, type Diagnosis } from '../../diagnosis/codes.ts';
import type { Settings } from '../../tenant/settings.ts';
import { completeSignIn } from '../logto/client.ts';
import { buildResult, type PlaygroundResult } from '../result/result.ts';
import { PLAYGROUND_CALLBACK_PATH } from '../../tenant/redirect-uris.ts';
import { finished, newAttempt, readerClient, tracing, urisOf, type PlaygroundContext } from './context.ts';
import { diagnoseFailure } from './failure.ts';
import { issuedTokens } from './issued-tokens.ts';
import { stepsProvedBySignIn } from '../../preflight/verified-steps.ts';

/** What a sign-in that worked can still show to be wrong: no identity of the target, or one without email. */
export function problemsOfSignIn(result: PlaygroundResult, settings: Settings): Diagnosis[] {
  const target = settings.directSignInTarget;
  if (!result.identity) return [diagnosis('naver_identity_missing', { target, others: result.otherIdentities.join(', ') || '-' })];
  // Email asked for but not given: at Naver it was an optional permission (권한 › 추가) the user declined.
  if (settings.scopes.includes('email') && !result.identity.email) return [diagnosis('naver_email_missing', { target })];
  return [];
}

export async function finishSignIn(ctx: PlaygroundContext, requestUrl: URL, preferredLocale: string | undefined): Promise<string> {
  const { state, settings } = ctx;
  const traced = tracing(ctx);
  const previous = await state.attempt();
  const pending = previous?.kind === 'sign-in' && previous.status === 'pending' ? previous : undefined;
  const lang = previous?.lang ?? langOrFallback(preferredLocale);
  const attempt = pending ?? newAttempt('sign-in', lang, `/${lang}/playground/`, previous, ctx.now());
  const params = requestUrl.searchParams;

  traced.recorder.add({
    kind: 'callback',
    method: 'GET',
    url: PLAYGROUND_CALLBACK_PATH,
    outcome: params.has('error') ? 'fail' : 'info',
    details: {
      ...(params.has('code') ? { code: redacted(params.get('code')) } : {}),
      ...(params.has('state') ? { state: abbreviate(params.get('state')) } : {}),
      ...(params.has('iss') ? { iss: params.get('iss') ?? '' } : {}),
      ...(params.has('error') ? { error: params.get('error') ?? '' } : {}),
      ...(params.has('error_description') ? { error_description: (params.get('error_description') ?? '').slice(0, 200) } : {}),
      ...(pending ? { secondsSinceSignIn: String(Math.round((ctx.now() - pending.startedAt) / 1000)) } : { sessionCookie: 'missing' }),
    },
  });
  const withHops = () => ({ ...attempt, hops: [...attempt.hops, ...traced.recorder.hops] });

  try {
    const { client, storage, verified } = await readerClient(ctx, traced);
    // The SDK compares the callback with the registered redirect URI, so it gets the public URL.
    const callbackUrl = `${urisOf(ctx).redirectUri}${requestUrl.search}`;
    const { userInfo } = await completeSignIn(client, callbackUrl);
    if (!verified.value) throw new Error('ID token was not verified');

    const result = buildResult({
      verified: verified.value,
      userInfo,
      tokens: await issuedTokens(client, storage),
      target: settings.directSignInTarget,
      now: ctx.now(),
    });
    await state.saveResult(result);
    const problems = problemsOfSignIn(result, settings);
    await state.saveAttempt({
      ...finished(withHops(), 'succeeded', problems, ctx.now()),
      verifiedSteps: stepsProvedBySignIn(Boolean(result.identity)),
    });
  } catch (error) {
    state.clear('result');
    await state.saveAttempt(finished(withHops(), 'failed', [diagnoseFailure(error, ctx, traced.recorder)], ctx.now()));
  }
  return attempt.returnTo;
}
