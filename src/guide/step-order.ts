import type { Lang } from '../i18n/languages.ts';
import { guideEntryPath, type GuideEntryPath } from './entry-path.ts';
import { stepIds, type StepId } from './steps.ts';

/**
 * One language's guide entries in step order, each with what its path says (./entry-path.ts). Refuses
 * an incomplete guide: every step must appear exactly once. The build fails loudly rather than ship a
 * page with a step missing.
 */
export function orderGuideEntries<T extends { id: string }>(entries: readonly T[], lang: Lang): (GuideEntryPath & { entry: T })[] {
  const byStep = new Map<StepId, GuideEntryPath & { entry: T }>();
  for (const entry of entries) {
    const path = guideEntryPath(entry.id);
    if (path.lang !== lang) continue;
    const other = byStep.get(path.step);
    if (other) throw new Error(`Step "${path.step}" appears twice: ${other.entry.id} and ${entry.id}`);
    byStep.set(path.step, { ...path, entry });
  }
  return stepIds.map((step) => {
    const found = byStep.get(step);
    if (!found) throw new Error(`Step "${step}" has no guide entry in ${lang}`);
    return found;
  });
}
