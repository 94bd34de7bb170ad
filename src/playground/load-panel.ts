import type { Lang } from '../i18n/languages.ts';
import { lastPreflight } from '../preflight/widget.ts';
import { buildPanelModel, type PanelModel } from './panel-model.ts';
import { playgroundContext } from './request-context.ts';
import type { CookieJar } from './state/reader-state.ts';

/** The panel's model for this request, or `undefined` when the server can't read cookies (no COOKIE_SECRET in PUBLIC mode). */
export async function loadPanel(cookies: CookieJar, url: URL, lang: Lang): Promise<PanelModel | undefined> {
  let ctx;
  try {
    ctx = await playgroundContext(cookies, url);
  } catch {
    return undefined;
  }
  const [attempt, result, flash, preflight] = await Promise.all([
    ctx.state.attempt(),
    ctx.state.result(),
    ctx.state.flash(),
    lastPreflight(ctx),
  ]);
  // Shown once. This only reaches the browser where the panel renders before the response starts (the
  // guide's server island); elsewhere the next form post clears it (src/playground/request-context.ts).
  if (flash) ctx.state.clear('flash');
  return buildPanelModel({
    lang,
    settings: ctx.settings,
    siteOrigin: ctx.siteOrigin,
    attempt,
    result,
    flash,
    preflightVerifiedSteps: preflight.verifiedSteps,
    now: ctx.now(),
  });
}
