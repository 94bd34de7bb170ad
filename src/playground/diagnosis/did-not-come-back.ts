/**
 * The panel's "did not come back" slot: a sign-in still pending when the reader is back on the panel
 * went to Logto or Naver and never reached the callback, so the site cannot see why. It asks the reader
 * what they saw (src/diagnosis/observations.ts) and names the causes of their pick, most likely first;
 * until they pick, or when they pick "something else", the neutral `sign_in_not_completed`, which says
 * how long ago it started, in words. It reads only the attempt: what the reader said and when it
 * started, never the App ID or the fault lab's scenario, so every tenant is diagnosed alike.
 */
import { diagnosis, type Diagnosis } from '../../diagnosis/codes.ts';
import { causesOfSight, type SightId } from '../../diagnosis/observations.ts';
import type { Lang } from '../../i18n/languages.ts';
import { agoInWords } from '../../i18n/relative-time.ts';
import type { Attempt } from '../state/reader-state.ts';

export interface DidNotComeBack {
  /** When the sign-in started, in words ("2 minutes ago"). */
  ago: string;
  /** What the reader said they saw, if they said. */
  saw?: SightId | undefined;
  /** The causes to show: the pick's, most likely first, or the neutral one. */
  diagnoses: Diagnosis[];
}

/** The slot for the reader's last attempt, or `undefined` when it is not a sign-in still pending. */
export function didNotComeBack(attempt: Pick<Attempt, 'kind' | 'status' | 'startedAt' | 'saw'> | undefined, now: number, lang: Lang): DidNotComeBack | undefined {
  if (attempt?.kind !== 'sign-in' || attempt.status !== 'pending') return undefined;
  const ago = agoInWords(attempt.startedAt, now, lang);
  const causes = attempt.saw ? causesOfSight(attempt.saw) : (['sign_in_not_completed'] as const);
  return {
    ago,
    saw: attempt.saw,
    diagnoses: causes.map((code) => diagnosis(code, code === 'sign_in_not_completed' ? { ago } : {})),
  };
}
