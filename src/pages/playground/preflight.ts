import type { APIRoute } from 'astro';
import { runStep } from '../../playground/request-context.ts';
import { runChecksForReader } from '../../playground/flow/run-checks.ts';

export const prerender = false;

/** The checklist's "Run checks" form: runs the preflight on the saved settings, then 303 back. */
export const POST: APIRoute = (context) =>
  runStep(context, async (ctx, { returnTo }) => {
    await runChecksForReader(ctx);
    return returnTo;
  });
