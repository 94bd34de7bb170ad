import type { APIRoute } from 'astro';
import { cookiePurposes } from '../../playground/state/cookie-keys.ts';
import { runStep } from '../../playground/request-context.ts';

export const prerender = false;

/** "Start over": forgets the reader's settings, sign-in, trace and check results (back to the local tenant defaults). */
export const POST: APIRoute = (context) =>
  runStep(context, async (ctx, { returnTo }) => {
    for (const purpose of cookiePurposes) ctx.state.clear(purpose);
    await ctx.state.saveFlash({ notice: 'settingsReset' });
    return returnTo;
  });
