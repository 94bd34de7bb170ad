/**
 * Which sight of the panel's "What did you see?" list (src/diagnosis/observations.ts) a page's words are:
 * the words a test read on Logto's, Naver's or the browser's page, matched against each sight's words in
 * every language, `…` standing for what differs per app (a redirect URI, an App ID, a client_id). A test
 * that reads the page and finds the sight by its words checks that the picker quotes exactly what the
 * page shows.
 */
import { sightIds, type SightId } from '../../src/diagnosis/observations.ts';
import { sightWords } from '../../src/diagnosis/observation-strings.ts';
import { languages } from '../../src/i18n/languages.ts';

function pattern(words: string): RegExp {
  const escaped = words
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^]*?');
  return new RegExp(`^${escaped}$`);
}

/** The sights whose heading (Logto's toast or page title, Naver's heading, the browser's) is `shown`. */
export function sightsShowing(shown: string): SightId[] {
  const text = shown.trim();
  return sightIds.filter((id) =>
    languages.some((lang) => {
      const heading = sightWords(lang, id).shown?.heading;
      return heading !== undefined && pattern(heading).test(text);
    }),
  );
}

/** Whether a sight's smaller line (Naver's detail) matches what the page shows under the heading. */
export function detailMatches(id: SightId, shown: string): boolean {
  const detail = sightWords('en', id).shown?.detail;
  return detail !== undefined && pattern(detail).test(shown.trim());
}
