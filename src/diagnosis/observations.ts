/**
 * What a reader can have seen when a sign-in never came back to the app: Logto's and Naver's own pages
 * and the browser's, exactly as real Logto 1.37 and the Naver mock it was recorded against show them
 * (../shared/reference/real-logto-faults.md), each with the causes it means, most likely first. A
 * sign-in that ends on those pages never reaches the app's callback, so the site cannot see its cause;
 * the reader can, and picks what they saw. Nothing here knows the fault lab: the same sight means the
 * same causes for every tenant.
 *
 * The words (Logto's toasts in the reader's language, the translations of Naver's Korean) are in
 * ./observation-strings.ts, keyed by these ids; Naver's texts, which are Korean whatever the reader's
 * language, and the browser's, recorded in English, are here.
 */
import type { DiagnosisCode } from './codes.ts';

/** Where the reader saw it: Logto's sign-in page (a toast or a page), Naver's page, the browser's own error page. */
export const sightPlaces = ['logto', 'naver', 'browser', 'other'] as const;
export type SightPlace = (typeof sightPlaces)[number];

/** A page's words as it shows them (Naver's Korean; the browser's English as recorded). */
export interface ShownText {
  /** The page's title, where it names the page. */
  title?: string;
  heading: string;
  /** The smaller line under it; `…` stands for what differs per app. */
  detail?: string;
}

export interface Sight {
  place: SightPlace;
  /** The causes it means, most likely first (several: the page alone can't tell them apart). */
  causes: readonly [DiagnosisCode, ...DiagnosisCode[]];
  /** The page's own words, where they are the same in every language. Logto's are in the strings. */
  shows?: ShownText;
}

export const sights = {
  // #10: Naver answered the token request 200 with an error body (a wrong secret), which the connector
  // can't parse: verify → 400 connector.invalid_response, shown as a toast.
  'logto-invalid-response': { place: 'logto', causes: ['naver_client_secret_wrong'] },
  // #11 (token 401: the secret), #15 (token endpoint 503), x1 (Naver unreachable from Logto's server):
  // verify → 500 {"message":"Internal server error."}, the same toast for all three, in every language.
  // A wrong secret stays wrong on every try, so it comes first; an outage is rarer.
  'logto-internal-server-error': { place: 'logto', causes: ['naver_client_secret_wrong', 'naver_unavailable', 'naver_unreachable'] },
  // #16: the profile API's error body, double-encoded, in connector.general's toast.
  'logto-connector-error-server-error': { place: 'logto', causes: ['naver_unavailable'] },
  // #25: Naver's access_denied callback, in connector.general's toast.
  'logto-connector-error-canceled': { place: 'logto', causes: ['naver_cancelled'] },
  // #17: identification → 404 user.identity_not_exist.
  'logto-social-account-not-registered': { place: 'logto', causes: ['sign_in_only'] },
  // #17 with an email a user already has: the account-linking page instead.
  'logto-link-account': { place: 'logto', causes: ['sign_in_only'] },
  // Logto 1.41+ app-level access control refusing a new session's user (real-logto-1.42/ACCESS-CONTROL.md,
  // case A): the consent API answers 400 oidc.access_denied and the page says "Access denied" with one
  // button, "Sign out"; the app is never told.
  'logto-access-denied': { place: 'logto', causes: ['access_control_denied'] },
  // #9
  'naver-invalid-client': {
    place: 'naver',
    causes: ['naver_client_id_wrong'],
    shows: { title: '네이버 : 오류', heading: '잘못된 클라이언트입니다.', detail: 'invalid client_id: …' },
  },
  // #12
  'naver-callback-mismatch': {
    place: 'naver',
    causes: ['naver_callback_mismatch'],
    shows: { title: '네이버 : 오류', heading: 'Callback URL이 일치하지 않습니다.', detail: 'redirect_uri not registered: …' },
  },
  // A Naver app still 개발 중 and an account that is not one of its members (the mock's page).
  'naver-in-development': { place: 'naver', causes: ['naver_not_tester'], shows: { heading: '개발 중 상태의 애플리케이션입니다.' } },
  // The reader left Naver's consent page (recorded as the "reader leaves" try).
  'naver-consent-page': { place: 'naver', causes: ['sign_in_abandoned'], shows: { title: '네이버 로그인', heading: '동의하기 · 취소' } },
  // x2: Naver unreachable before sign-in, as Chromium shows it.
  'browser-refused-to-connect': {
    place: 'browser',
    causes: ['naver_unreachable'],
    shows: { heading: "This site can't be reached", detail: 'nid.naver.com refused to connect. … ERR_CONNECTION_REFUSED' },
  },
  // None of these: the neutral diagnosis, with no single step.
  'something-else': { place: 'other', causes: ['sign_in_not_completed'] },
} as const satisfies Record<string, Sight>;

export type SightId = keyof typeof sights;
export const sightIds = Object.keys(sights) as [SightId, ...SightId[]];

/** The sights of one place, in the table's order. */
export type SightOf<Place extends SightPlace> = { [Id in SightId]: (typeof sights)[Id]['place'] extends Place ? Id : never }[SightId];

export function sightsAt(place: SightPlace): SightId[] {
  return sightIds.filter((id) => sights[id].place === place);
}

/** The causes a sight means, most likely first. */
export function causesOfSight(id: SightId): readonly DiagnosisCode[] {
  return sights[id].causes;
}

/** The sights that name a cause (first or among others): how a reader with that cause can find it. */
export function sightsNaming(code: DiagnosisCode): SightId[] {
  return sightIds.filter((id) => (sights[id].causes as readonly DiagnosisCode[]).includes(code));
}
