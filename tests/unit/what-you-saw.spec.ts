import { expect, test } from '@playwright/test';
import { diagnosisSteps } from '../../src/diagnosis/codes.ts';
import { causesOfSight, sightIds, sights, sightsAt, sightsNaming, type Sight } from '../../src/diagnosis/observations.ts';
import { sightWords } from '../../src/diagnosis/observation-strings.ts';
import { agoInWords } from '../../src/i18n/relative-time.ts';
import { languages } from '../../src/i18n/languages.ts';
import { didNotComeBack } from '../../src/playground/diagnosis/did-not-come-back.ts';
import { sightFormSchema } from '../../src/playground/flow/record-sight.ts';

test('how long ago, in words, in each language: the largest unit that fits, rounded down', () => {
  const now = 10_000_000;
  expect(agoInWords(now - 11_000, now, 'en')).toBe('11 seconds ago');
  expect(agoInWords(now - 11_000, now, 'ja')).toBe('11 秒前');
  expect(agoInWords(now - 11_000, now, 'ko')).toBe('11초 전');
  expect(agoInWords(now - 119_000, now, 'en')).toBe('1 minute ago');
  expect(agoInWords(now - 2 * 3600_000 - 5_000, now, 'ja')).toBe('2 時間前');
  expect(agoInWords(now - 86_400_000, now, 'en')).toBe('1 day ago');
  // A clock that moved back is not a time in the future.
  expect(agoInWords(now + 5_000, now, 'en')).toBe('0 seconds ago');
});

test('every sight names causes the site knows, and "something else" only the neutral one, with no step', () => {
  for (const id of sightIds) for (const code of causesOfSight(id)) expect(Object.hasOwn(diagnosisSteps, code), `${id}: ${code}`).toBe(true);
  expect(causesOfSight('something-else')).toEqual(['sign_in_not_completed']);
  expect(diagnosisSteps.sign_in_not_completed).toBeNull();
  expect(sightsNaming('sign_in_not_completed')).toEqual(['something-else']);
  // The message that can't tell its causes apart lists them together, the persistent one first, and says how.
  expect(causesOfSight('logto-internal-server-error')).toEqual(['naver_client_secret_wrong', 'naver_unavailable', 'naver_unreachable']);
  for (const lang of languages) expect(sightWords(lang, 'logto-internal-server-error').tellApart).toContain('401');
  expect(sightWords('en', 'naver-invalid-client').tellApart).toBeUndefined();
});

test('each sight has its words in every language: Logto in the reader’s, Naver in Korean with a meaning, the browser as recorded', () => {
  for (const lang of languages) {
    for (const id of sightsAt('logto')) {
      const words = sightWords(lang, id);
      expect(words.place, id).toBeTruthy();
      expect(words.shown?.lang, id).toBe(id === 'logto-internal-server-error' ? 'en' : lang);
    }
    for (const id of sightsAt('naver')) {
      const words = sightWords(lang, id);
      expect(words.shown?.lang, id).toBe('ko');
      expect(words.shown?.heading).toBe((sights[id] as Sight).shows?.heading);
      expect(words.meaning, id).toBeTruthy();
    }
    expect(sightWords(lang, 'browser-refused-to-connect').shown?.detail).toContain('ERR_CONNECTION_REFUSED');
    expect(sightWords(lang, 'something-else').shown).toBeUndefined();
  }
  // Logto's toasts differ by language where Logto translates them; a 500's body never is.
  expect(sightWords('ja', 'logto-invalid-response').shown?.heading).not.toBe(sightWords('en', 'logto-invalid-response').shown?.heading);
  expect(sightWords('ko', 'logto-internal-server-error').shown?.heading).toBe('Internal server error.');
});

test('the pick is kept only for a sign-in still pending, and a post naming no sight is refused', () => {
  const pending = { kind: 'sign-in' as const, status: 'pending' as const, startedAt: 0 };
  expect(didNotComeBack(pending, 61_000, 'en')?.diagnoses).toEqual([{ code: 'sign_in_not_completed', params: { ago: '1 minute ago' } }]);
  expect(didNotComeBack({ ...pending, saw: 'naver-callback-mismatch' }, 61_000, 'en')?.diagnoses).toEqual([{ code: 'naver_callback_mismatch', params: {} }]);
  expect(didNotComeBack({ ...pending, status: 'succeeded' }, 61_000, 'en')).toBeUndefined();
  expect(didNotComeBack({ ...pending, kind: 'sign-out' }, 61_000, 'en')).toBeUndefined();
  expect(sightFormSchema.safeParse({ sight: 'naver-invalid-client' }).success).toBe(true);
  expect(sightFormSchema.safeParse({ sight: 'cancel-at-naver' }).success).toBe(false);
  expect(sightFormSchema.safeParse({}).success).toBe(false);
});
