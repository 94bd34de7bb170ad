import { isLang, type Lang } from '../i18n/languages.ts';
import { isStepId, stepNumber, type StepId } from './steps.ts';

/**
 * What a guide file's path says, the one place it is read: content/guide/{lang}/NN-<step-id>.mdx is
 * the step <step-id> in {lang}, and NN is its number, which must be its place in `stepIds`. The front
 * matter holds only what the path can't (the title), so a step's language and order are stated once.
 */
export interface GuideEntryPath {
  lang: Lang;
  step: StepId;
  /** The step's number in the guide, from 1. */
  order: number;
}

export class GuideEntryPathError extends Error {
  override name = 'GuideEntryPathError';
}

/** Reads `<lang>/NN-<step-id>` (the path under content/guide, `.mdx` optional); throws naming what is wrong. */
export function guideEntryPath(path: string): GuideEntryPath {
  const match = /^([^/]+)\/(\d{2})-([^/]+?)(?:\.mdx)?$/.exec(path);
  if (!match) throw new GuideEntryPathError(`${path}: a guide file is content/guide/<lang>/NN-<step-id>.mdx`);
  const [, lang, number, step] = match as unknown as [string, string, string, string];
  if (!isLang(lang)) throw new GuideEntryPathError(`${path}: "${lang}" is not one of the guide's languages`);
  if (!isStepId(step)) throw new GuideEntryPathError(`${path}: "${step}" is not a step of src/guide/steps.ts`);
  const order = stepNumber(step);
  if (Number(number) !== order) {
    throw new GuideEntryPathError(`${path}: "${step}" is step ${order}, so its file is ${String(order).padStart(2, '0')}-${step}.mdx`);
  }
  return { lang, step, order };
}

/** A guide entry's id: its path under content/guide without `.mdx`, once the path is known to be right. */
export function guideEntryId(path: string): string {
  guideEntryPath(path);
  return path.replace(/\.mdx$/, '');
}
