import type { APIRoute } from 'astro';
import { chooseScenario } from '../../playground/fault-lab/choose-scenario.ts';
import { localDefaults } from '../../playground/local-defaults.ts';
import { runStep } from '../../playground/request-context.ts';

export const prerender = false;

/** "Break it on purpose": saves the chosen fault-lab scenario's settings, then 303 back. */
export const POST: APIRoute = (context) =>
  runStep(context, async (ctx, { returnTo }, form) => {
    await chooseScenario(ctx, form, localDefaults());
    return returnTo;
  });
