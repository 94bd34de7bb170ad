import type { Lang } from '../i18n/languages.ts';
import { auditLogDiagnosis, playgroundMode } from './config.ts';
import { buildPanelModel, type PanelModel } from './panel-model.ts';
import { playgroundContext } from './request-context.ts';
import type { CookieJar } from './state/reader-state.ts';
import { runtimeVersions } from './support/versions.ts';
import { shownParts, type PanelPart } from './parts/panel-parts.ts';

export interface LoadPanelOptions {
  /** The parts to render in place; by default those the URL asks for (`?show=`). */
  show?: readonly PanelPart[];
  /**
   * Leave a one-time notice for the panel itself: the fragment page (src/pages/playground/part.astro)
   * reads the reader's state and changes none of it.
   */
  keepFlash?: boolean;
}

/**
 * The panel's model for this request, built once: the components only render it. `undefined` when the
 * server can't read cookies (no COOKIE_SECRET in PUBLIC mode).
 */
export async function loadPanel(cookies: CookieJar, url: URL, lang: Lang, options: LoadPanelOptions = {}): Promise<PanelModel | undefined> {
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
  if (flash && !options.keepFlash) ctx.state.clear('flash');
  return buildPanelModel({
    lang,
    settings: ctx.settings,
    settingsSaved: ctx.settingsSaved,
    siteOrigin: ctx.siteOrigin,
    attempt,
    result,
    flash,
    preflightRun,
    runtime: { mode: playgroundMode, versions: runtimeVersions() },
    sandboxEndpoint: ctx.sandboxEndpoint,
    now: ctx.now(),
    auditLogDiagnosis,
    shown: options.show ?? shownParts(url),
  });
}
