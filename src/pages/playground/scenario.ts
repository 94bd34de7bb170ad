import type { APIRoute } from 'astro';
import { chooseScenario } from '../../playground/fault-lab/choose-scenario.ts';
import { builtInTenant } from '../../playground/local-defaults.ts';
import { runReaderStep } from '../../playground/request-context.ts';

export const prerender = false;

/** "Break it on purpose": saves the chosen fault-lab scenario's settings, then 303 back. */
export const POST: APIRoute = (context) =>
  runReaderStep(context, async (ctx, { returnTo }, form) => {
    await chooseScenario(ctx, form, builtInTenant());
    return returnTo;
  });
