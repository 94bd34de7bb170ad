import type { Lang } from '../i18n/languages.ts';
import { auditLogDiagnosis, playgroundMode } from './config.ts';
import { buildPanelModel, type PanelModel } from './panel-model.ts';
import { playgroundContext } from './request-context.ts';
import type { CookieJar } from './state/reader-state.ts';
import { runtimeVersions } from './support/versions.ts';

/**
 * The panel's model for this request, built once: the components only render it. `undefined` when the
 * server can't read cookies (no COOKIE_SECRET in PUBLIC mode).
 */
export async function loadPanel(cookies: CookieJar, url: URL, lang: Lang): Promise<PanelModel | undefined> {
  let ctx;
  try {
    ctx = await playgroundContext(cookies, url);
  } catch {
    return undefined;
  }
  const [attempt, result, flash, preflightRun] = await Promise.all([
    ctx.state.attempt(),
    ctx.state.result(),
    ctx.state.flash(),
    ctx.state.preflightRun(),
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
    preflightRun,
    runtime: { mode: playgroundMode, versions: runtimeVersions() },
    sandboxEndpoint: ctx.sandboxEndpoint,
    now: ctx.now(),
    auditLogDiagnosis,
  });
}
