import type { PlaygroundContext } from '../playground/flow/context.ts';
import type { Settings } from '../tenant/settings.ts';
import { playgroundUris } from '../tenant/redirect-uris.ts';
import { runPreflight } from './run-preflight.ts';
import { readPreflightRun, savePreflightRun, type PreflightRun } from './stored-run.ts';
import type { PreflightInput } from './types.ts';
import { verifiedStepsFromChecks } from './verified-steps.ts';

/** The widget's side of the preflight: run it for the reader's saved settings, and read the last run. */

export function preflightInputFromSettings(settings: Settings, siteOrigin: string): PreflightInput {
  return {
    endpoint: settings.endpoint,
    appId: settings.appId,
    appSecret: settings.appSecret,
    ...playgroundUris(siteOrigin),
    target: settings.directSignInTarget,
  };
}

/** "Run checks": runs every check with the playground's safe fetch and stores the results. */
export async function runChecksForReader(ctx: PlaygroundContext): Promise<PreflightRun> {
  const results = await runPreflight(preflightInputFromSettings(ctx.settings, ctx.siteOrigin), { fetch: ctx.fetch });
  const run = { ranAt: ctx.now(), results };
  await savePreflightRun(ctx.state, run);
  return run;
}

/** The last run, and the guide steps it verifies (for the panel's `data-verified-steps`). */
export async function lastPreflight(ctx: Pick<PlaygroundContext, 'state'>) {
  const run = await readPreflightRun(ctx.state);
  return { run, verifiedSteps: verifiedStepsFromChecks(run?.results ?? []) };
}
