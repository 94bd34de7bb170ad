import { z } from 'zod';

/**
 * What can prove a guide step done: the outcomes the playground observes during a sign-in (and, later,
 * preflight checks). A step's front matter lists the ones that verify it, and the page names them under
 * the step, so a reader knows what "verified" will mean before they press the button.
 */
export const guideCheckIds = [
  'endpoint-discovery',
  'app-credentials',
  'redirect-uris',
  'naver-direct-sign-in',
  'naver-callback',
  'naver-identity',
  'id-token-verified',
  'sign-out',
] as const;

export const guideCheckSchema = z.enum(guideCheckIds);
export type GuideCheckId = z.infer<typeof guideCheckSchema>;
