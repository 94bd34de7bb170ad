/**
 * Parity with real Logto, as a table: each of the 18 faults a real tenant can have (and the extra tries
 * recorded beside them), fed to the site as real Logto 1.37 answered it
 * (../shared/reference/real-logto-faults.md): the preflight against the fake tenant that answers with the
 * recorded shapes, the callback's own check of a recorded result, or, for a sign-in that never came
 * back, the words the reader saw, quoted from the record, found in the panel's "What did you see?" list.
 * Each row asserts the diagnosis and its step. A row's words must be the record's, and the list must
 * quote them, so a sight that drifts from what Logto or Naver shows fails here.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { stepOf, type DiagnosisCode } from '../../src/diagnosis/codes.ts';
import { causesOfSight } from '../../src/diagnosis/observations.ts';
import { sightWords } from '../../src/diagnosis/observation-strings.ts';
import { didNotComeBack } from '../../src/playground/diagnosis/did-not-come-back.ts';
import { problemsOfSignIn } from '../../src/playground/flow/callback.ts';
import { runPreflight } from '../../src/preflight/run-preflight.ts';
import { defaultSettings } from '../../src/tenant/settings-defaults.ts';
import { localizedLogtoPhrase } from '../../src/local-tenant/logto-phrases.ts';
import { FAKE_SITE, fakeApp, fakeConnector, fakeTenant, type FakeTenantOptions } from '../support/preflight-fake-tenant.ts';
import { sharedReference } from '../support/shared-reference.ts';
import { detailMatches, sightsShowing } from '../support/what-you-saw.ts';

type Row = { fault: string; cause: DiagnosisCode | null } & (
  | { knows: 'preflight'; tenant: FakeTenantOptions; appSecret?: string }
  | { knows: 'callback'; email: string | undefined }
  | { knows: 'what you saw'; words: string; detail?: string }
);

const profileDownToast = String.raw`Error occurred in connector: {"message":"\"{\\\"error\\\":\\\"server_error\\\",\\\"error_description\\\":\\\"Service temporarily unavailable\\\"}\""}`;
const cancelToast = String.raw`Error occurred in connector: {"message":"{\"redirectUri\":\"http://localhost:3001/callback/<connector id>\",\"error\":\"access_denied\",\"error_description\":\"Canceled By User\",\"app_id\":\"<app id>\"}"}`;

const rows: Row[] = [
  // Seen before sign-in (Run checks, and the sign-in's own pre-checks).
  { fault: 'wrong App secret', knows: 'preflight', cause: 'app_secret_wrong', tenant: {}, appSecret: 'NotTheSecretLogtoHas0000000000000' },
  { fault: 'single-page app', knows: 'preflight', cause: 'app_type_spa', tenant: { apps: [{ ...fakeApp, type: 'SPA' }] } },
  // Recorded: a Native app answers the token endpoint exactly as a single-page app does.
  { fault: 'native app', knows: 'preflight', cause: 'app_type_spa', tenant: { apps: [{ ...fakeApp, type: 'SPA' }] } },
  { fault: 'machine-to-machine app', knows: 'preflight', cause: 'app_type_m2m', tenant: { apps: [{ ...fakeApp, type: 'M2M' }] } },
  { fault: 'redirect URI not registered', knows: 'preflight', cause: 'redirect_uri_not_registered', tenant: { apps: [{ ...fakeApp, redirectUris: [] }] } },
  { fault: 'post sign-out URI not registered', knows: 'preflight', cause: 'post_sign_out_uri_not_registered', tenant: { apps: [{ ...fakeApp, postLogoutRedirectUris: [] }] } },
  { fault: '#7 connector not in the sign-in experience', knows: 'preflight', cause: 'connector_not_enabled', tenant: { connectors: [{ ...fakeConnector, enabled: false }] } },
  { fault: '#8 connector deleted', knows: 'preflight', cause: 'connector_not_enabled', tenant: { connectors: [] } },
  { fault: '#17 sign-in only (a warning before sign-in)', knows: 'preflight', cause: 'sign_in_only', tenant: { signInMode: 'SignIn' } },
  // Seen at the callback.
  { fault: 'email declined (ID token "email": null)', knows: 'callback', cause: 'naver_email_missing', email: undefined },
  { fault: 'signing key rotated (must sign in)', knows: 'callback', cause: null, email: 'naver-mock-user@naver.com' },
  // Never came back: what the reader saw.
  { fault: '#9 wrong Naver Client ID', knows: 'what you saw', cause: 'naver_client_id_wrong', words: '잘못된 클라이언트입니다.', detail: 'invalid client_id: dummy-naver-client-id' },
  { fault: '#10 wrong Client Secret (Naver 200)', knows: 'what you saw', cause: 'naver_client_secret_wrong', words: "The connector's response is invalid." },
  { fault: '#11 wrong Client Secret (Naver 401)', knows: 'what you saw', cause: 'naver_client_secret_wrong', words: 'Internal server error.' },
  {
    fault: '#12 callback URL not registered at Naver',
    knows: 'what you saw',
    cause: 'naver_callback_mismatch',
    words: 'Callback URL이 일치하지 않습니다.',
    detail: 'redirect_uri not registered: http://localhost:3001/callback/<connector id>',
  },
  { fault: '#15 Naver token endpoint 503', knows: 'what you saw', cause: 'naver_unavailable', words: 'Internal server error.' },
  { fault: '#16 Naver profile API 503', knows: 'what you saw', cause: 'naver_unavailable', words: profileDownToast },
  { fault: '#25 cancel at Naver', knows: 'what you saw', cause: 'naver_cancelled', words: cancelToast },
  { fault: '#17 sign-in only, new Naver user', knows: 'what you saw', cause: 'sign_in_only', words: 'このソーシャルアカウントは登録されていません。' },
  // The extra tries recorded beside them.
  { fault: 'x1 Naver unreachable after 동의하기', knows: 'what you saw', cause: 'naver_unreachable', words: 'Internal server error.' },
  { fault: 'x2 Naver unreachable before sign-in', knows: 'what you saw', cause: 'naver_unreachable', words: "This site can't be reached", detail: 'nid.naver.com refused to connect. … ERR_CONNECTION_REFUSED' },
];

const record = () => readFileSync(sharedReference('real-logto-faults.md'), 'utf8');

for (const row of rows) {
  test(`${row.fault} → ${row.cause ?? 'signed in'} (${row.knows})`, async () => {
    let found: DiagnosisCode[];
    if (row.knows === 'preflight') {
      const tenant = await fakeTenant(row.tenant);
      const results = await runPreflight(
        {
          endpoint: tenant.endpoint,
          appId: fakeApp.id,
          appSecret: row.appSecret ?? fakeApp.secret,
          redirectUri: `${FAKE_SITE}/playground/callback`,
          postSignOutRedirectUri: `${FAKE_SITE}/playground/signed-out`,
          target: 'naver',
        },
        { fetch: tenant.fetch },
      );
      const flagged = results.filter((result) => result.status === 'fail' || result.status === 'warn');
      found = flagged.flatMap((result) => (result.cause ? [result.cause] : []));
      if (row.cause) expect(flagged.find((result) => result.cause === row.cause)?.stepId).toBe(stepOf(row.cause));
    } else if (row.knows === 'callback') {
      const result = { identity: { userId: 'u', name: '검증용닉네임', ...(row.email ? { email: row.email } : {}) }, otherIdentities: [] };
      found = problemsOfSignIn(result as unknown as Parameters<typeof problemsOfSignIn>[0], defaultSettings('http://localhost:3001')).map((item) => item.code);
    } else {
      // The row's words are the record's.
      expect(record()).toContain(row.words);
      if (row.detail) expect(record()).toContain(row.detail);
      const sights = sightsShowing(row.words);
      expect(sights, 'the list quotes exactly what the reader saw').toHaveLength(1);
      const sight = sights[0]!;
      if (row.detail) expect(detailMatches(sight, row.detail)).toBe(true);
      // The reader picks it: the panel's slot names its causes, most likely first.
      found = didNotComeBack({ kind: 'sign-in', status: 'pending', startedAt: 0, saw: sight }, 11_000, 'en')!.diagnoses.map((item) => item.code);
      expect(found).toEqual([...causesOfSight(sight)]);
      // Several causes for one message come with how to tell them apart.
      if (found.length > 1) expect(sightWords('en', sight).tellApart).toBeTruthy();
    }
    if (row.cause === null) expect(found).toEqual([]);
    else {
      expect(found).toContain(row.cause);
      expect(stepOf(row.cause)).not.toBeNull();
    }
  });
}

test('the 18 faults a real tenant can have are all here, each with its cause', () => {
  const faults = rows.filter((row) => !/^x\d/.test(row.fault) && !row.fault.includes('(a warning before sign-in)'));
  expect(faults).toHaveLength(18);
});

test('Logto’s toasts in the list are Logto’s phrases, in each language (the local tenant shows the same)', () => {
  for (const lang of ['en', 'ja', 'ko'] as const) {
    expect(sightWords(lang, 'logto-invalid-response').shown?.heading).toBe(localizedLogtoPhrase('connector.invalid_response', lang));
    expect(sightWords(lang, 'logto-social-account-not-registered').shown?.heading).toBe(localizedLogtoPhrase('user.identity_not_exist', lang));
    const general = localizedLogtoPhrase('connector.general', lang, { errorDescription: '' });
    expect(sightWords(lang, 'logto-connector-error-canceled').shown?.heading.startsWith(general)).toBe(true);
    expect(sightWords(lang, 'logto-connector-error-server-error').shown?.heading.startsWith(general)).toBe(true);
  }
});
