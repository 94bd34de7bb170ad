import type { APIRoute } from 'astro';
import { cookiePurposes } from '../../playground/state/cookie-keys.ts';
import { runReaderStep } from '../../playground/request-context.ts';

export const prerender = false;

/** "Start over": forgets the reader's settings, sign-in, trace and check results (back to the sandbox's defaults, or none). */
export const POST: APIRoute = (context) =>
  runReaderStep(context, async (ctx, { returnTo }) => {
    for (const purpose of cookiePurposes) ctx.state.clear(purpose);
    await ctx.state.saveFlash({ notice: 'settingsReset' });
    return returnTo;
  });
