import type { APIRoute } from 'astro';
import { saveSettings } from '../../playground/flow/save-settings.ts';
import { runReaderStep } from '../../playground/request-context.ts';

export const prerender = false;

/** The settings form. */
export const POST: APIRoute = (context) =>
  runReaderStep(context, async (ctx, { returnTo }, form) => {
    await saveSettings(ctx, form ?? new FormData());
    return returnTo;
  });
