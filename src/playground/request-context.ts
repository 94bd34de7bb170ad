/**
 * Builds the per-request playground context from astro:env and the request, and wraps endpoints so
 * that nothing they throw becomes a 500: every failure is stored as a diagnosis and answered with a
 * 303 back to a same-site page.
 */
import type { APIContext } from 'astro';
import { isLang, langOrFallback, type Lang } from '../i18n/languages.ts';
import { auditLogDiagnosis, cookieKeys, outboundFetch } from './config.ts';
import { localDefaults } from './local-defaults.ts';
import { diagnoseError } from './diagnosis/diagnose-error.ts';
import type { PlaygroundContext } from './flow/context.ts';
import { defaultReturnTo, safeReturnTo } from './return-to.ts';
import { siteOriginFor } from './site-origin.ts';
import { ReaderState, type CookieJar } from './state/reader-state.ts';

export async function playgroundContext(cookies: CookieJar, url: URL): Promise<PlaygroundContext> {
  const siteOrigin = siteOriginFor(url);
  const state = new ReaderState(cookies, cookieKeys(), siteOrigin.startsWith('https:'));
  const saved = await state.settings();
  return {
    state,
    settings: saved ?? localDefaults(),
    settingsSaved: saved !== undefined,
    siteOrigin,
    fetch: outboundFetch,
    now: Date.now,
    auditLogDiagnosis,
  };
}

/** The language and return path a form posted (hidden fields), checked. */
export function formTarget(form: FormData | undefined, preferredLocale: string | undefined): { lang: Lang; returnTo: string } {
  const posted = form?.get('lang');
  const lang = isLang(posted) ? posted : langOrFallback(preferredLocale);
  return { lang, returnTo: safeReturnTo(form?.get('returnTo'), lang) };
}

function see(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}

/** Runs a playground step for a request; its result is where to send the browser (303). */
export async function runStep(
  context: APIContext,
  step: (ctx: PlaygroundContext, target: { lang: Lang; returnTo: string }, form: FormData | undefined) => Promise<string>,
): Promise<Response> {
  const form = context.request.method === 'POST' ? await context.request.formData().catch(() => undefined) : undefined;
  const target = formTarget(form, context.preferredLocale);
  let ctx: PlaygroundContext | undefined;
  try {
    ctx = await playgroundContext(context.cookies, context.url);
    // What the last post left to show once is out of date now; this step saves its own if it has any.
    ctx.state.clear('flash');
    return see(await step(ctx, target, form));
  } catch (error) {
    // Logged by name only: messages can carry a server's words, and nothing here may log a secret.
    console.error(`[playground] ${context.url.pathname} failed: ${(error as Error)?.name ?? 'error'}`);
    if (ctx) {
      await ctx.state
        .saveFlash({ diagnoses: [diagnoseError(error, { endpoint: ctx.settings.endpoint })] })
        .catch(() => undefined);
    }
    return see(target.returnTo || defaultReturnTo(target.lang));
  }
}
