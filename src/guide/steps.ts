import type { Lang } from '../i18n/languages.ts';

/**
 * The guide's steps, in order. One source of truth: the MDX front matter must use these ids (a content
 * test checks it), and diagnoses and preflight checks link to a step by id.
 */
export const stepIds = [
  'prerequisites',
  'create-logto-app',
  'integrate-sdk',
  'add-naver-connector',
  'register-naver-app',
  'configure-connector',
  'enable-in-sign-in-experience',
  'test-and-verify',
  'going-further',
] as const;

export type StepId = (typeof stepIds)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (stepIds as readonly string[]).includes(value);
}

/** A step's number in the guide, from 1: its place in `stepIds`. */
export function stepNumber(id: StepId): number {
  return stepIds.indexOf(id) + 1;
}

/** The stable heading anchor of a step on its guide page. */
export function stepAnchor(id: StepId): string {
  return `step-${id}`;
}

/** Where a step lives: the guide page of a language, at the step's anchor. */
export function stepHref(lang: Lang, id: StepId): string {
  return `/${lang}/#${stepAnchor(id)}`;
}
