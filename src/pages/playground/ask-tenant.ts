import type { APIRoute } from 'astro';
import { askTenant, readerUserAgent } from '../../playground/flow/ask-tenant.ts';
import { runStep } from '../../playground/request-context.ts';

export const prerender = false;

/** The panel's "Ask the tenant" form: reads the audit log about the last sign-in, then 303 back. */
export const POST: APIRoute = (context) =>
  runStep(context, async (ctx, { returnTo }) => {
    await askTenant(ctx, readerUserAgent(context.request.headers.get('user-agent')));
    return returnTo;
  });
