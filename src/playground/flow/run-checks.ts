/**
 * "Run checks" in the panel: the preflight on the reader's saved settings, with the playground's safe
 * fetch, its results kept in the reader's state for the checklist to show.
 */
import { runPreflight } from '../../preflight/run-preflight.ts';
import type { PreflightInput } from '../../preflight/types.ts';
import { playgroundUris } from '../../tenant/redirect-uris.ts';
import type { Settings } from '../../tenant/settings.ts';
import type { PreflightRun } from '../state/reader-state.ts';
import type { PlaygroundContext } from './context.ts';

export function preflightInputFromSettings(settings: Settings, siteOrigin: string): PreflightInput {
  return {
    endpoint: settings.endpoint,
    appId: settings.appId,
    appSecret: settings.appSecret,
    ...playgroundUris(siteOrigin),
    target: settings.directSignInTarget,
    // The reader's Naver Client ID, when they gave one: the client-id check compares it (step 6's proof).
    expectedNaverClientId: settings.naverClientId,
  };
}

export async function runChecksForReader(ctx: PlaygroundContext): Promise<PreflightRun> {
  const results = await runPreflight(preflightInputFromSettings(ctx.settings, ctx.siteOrigin), { fetch: ctx.fetch });
  const run = { ranAt: ctx.now(), results };
  await ctx.state.savePreflightRun(run);
  return run;
}
