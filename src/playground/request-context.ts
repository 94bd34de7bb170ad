/**
 * Builds the per-request playground context from astro:env and the request, and wraps endpoints so
 * that nothing they throw becomes a 500: every failure is stored as a diagnosis and answered with a
 * 303 back to a same-site page.
 */
import type { APIContext } from 'astro';
import { isLang, langOrFallback, type Lang } from '../i18n/languages.ts';
import { auditLogDiagnosis, cookieKeys, outboundFetch, sandboxEndpoint } from './config.ts';
import { builtInTenant } from './local-defaults.ts';
import { diagnoseError } from './diagnosis/diagnose-error.ts';
import type { PlaygroundContext, ReaderContext } from './flow/context.ts';
import { defaultReturnTo, safeReturnTo } from './return-to.ts';
import { siteOriginFor } from './site-origin.ts';
import { ReaderState, type CookieJar } from './state/reader-state.ts';

/** The reader's settings, else the sandbox's; none on a site without a sandbox until the reader saves theirs. */
export async function playgroundContext(cookies: CookieJar, url: URL): Promise<ReaderContext> {
  const siteOrigin = siteOriginFor(url);
  const state = new ReaderState(cookies, cookieKeys(), siteOrigin.startsWith('https:'), { sandboxEndpoint });
  const saved = await state.settings();
  return {
    state,
    settings: saved ?? builtInTenant(),
    settingsSaved: saved !== undefined,
    sandboxEndpoint,
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

type Step<C> = (ctx: C, target: { lang: Lang; returnTo: string }, form: FormData | undefined) => Promise<string>;

/**
 * Runs a playground step that talks to the reader's tenant; its result is where to send the browser
 * (303). Without settings (a site without a sandbox, nothing saved yet) it is not run: the settings
 * form says the endpoint is needed, as it would for the form posted empty.
 */
export function runStep(context: APIContext, step: Step<PlaygroundContext>): Promise<Response> {
  return run(context, async (ctx, target, form) => {
    const { settings } = ctx;
    if (settings) return step({ ...ctx, settings }, target, form);
    await ctx.state.saveFlash({ settingsErrors: { endpoint: 'endpointRequired' } });
    return target.returnTo || defaultReturnTo(target.lang);
  });
}

/** Runs a step that needs no settings (the settings form, the fault lab's picker, "Start over", "What did you see"). */
export function runReaderStep(context: APIContext, step: Step<ReaderContext>): Promise<Response> {
  return run(context, step);
}

async function run(context: APIContext, step: Step<ReaderContext>): Promise<Response> {
  const form = context.request.method === 'POST' ? await context.request.formData().catch(() => undefined) : undefined;
  const target = formTarget(form, context.preferredLocale);
  let ctx: ReaderContext | undefined;
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
        .saveFlash({ diagnoses: [diagnoseError(error, { endpoint: ctx.settings?.endpoint })] })
        .catch(() => undefined);
    }
    return see(target.returnTo || defaultReturnTo(target.lang));
  }
}
