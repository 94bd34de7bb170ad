/**
 * "What did you see?": the picker's post, for a sign-in that never came back. The pick is kept on that
 * attempt (ReaderState), so the panel names the sight's causes (src/playground/diagnosis/did-not-come-back.ts)
 * until the next sign-in replaces the attempt. A pick that names no sight of the list is refused with a
 * message in the reader's language; a pick with no pending sign-in to say it about (it came back since,
 * or a stale page) changes nothing.
 */
import { z } from 'zod';
import { sightIds } from '../../diagnosis/observations.ts';
import type { ReaderContext } from './context.ts';

export const sightFormSchema = z.object({ sight: z.enum(sightIds) });

export async function recordSight(ctx: ReaderContext, posted: FormData | undefined): Promise<void> {
  const parsed = sightFormSchema.safeParse({ sight: posted?.get('sight') });
  if (!parsed.success) {
    await ctx.state.saveFlash({ sawUnknown: true });
    return;
  }
  const attempt = await ctx.state.attempt();
  if (attempt?.kind !== 'sign-in' || attempt.status !== 'pending') return;
  await ctx.state.saveAttempt({ ...attempt, saw: parsed.data.sight });
}
