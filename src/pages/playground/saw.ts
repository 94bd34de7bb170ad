import type { APIRoute } from 'astro';
import { recordSight } from '../../playground/flow/record-sight.ts';
import { runReaderStep } from '../../playground/request-context.ts';

export const prerender = false;

/** "What did you see?": keeps the reader's pick on the sign-in that never came back, then 303 back. */
export const POST: APIRoute = (context) =>
  runReaderStep(context, async (ctx, { returnTo }, form) => {
    await recordSight(ctx, form);
    return returnTo;
  });
