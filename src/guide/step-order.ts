import { stepIds, type StepId } from './steps.ts';

/**
 * Puts one language's guide entries in step order and refuses an incomplete guide: every step id must
 * appear exactly once, with the `order` its place in `stepIds` gives it. The build fails loudly rather than
 * ship a page with a step missing.
 */
export function orderGuideEntries<T extends { id: string; data: { step: StepId; order: number } }>(entries: T[]): T[] {
  const byStep = new Map<StepId, T>();
  for (const entry of entries) {
    const other = byStep.get(entry.data.step);
    if (other) throw new Error(`Step "${entry.data.step}" appears twice: ${other.id} and ${entry.id}`);
    byStep.set(entry.data.step, entry);
  }
  return stepIds.map((step, index) => {
    const entry = byStep.get(step);
    if (!entry) throw new Error(`Step "${step}" has no guide entry`);
    if (entry.data.order !== index + 1) {
      throw new Error(`${entry.id}: order ${entry.data.order}, but "${step}" is step ${index + 1}`);
    }
    return entry;
  });
}
