import { LogtoClientError, LogtoError, LogtoRequestError, OidcError } from '@logto/node';
import { errors as joseErrors } from 'jose';
import { expect, test } from '@playwright/test';
import { isStepId, stepHref } from '../../src/guide/steps.ts';
import { languages } from '../../src/i18n/languages.ts';
import { diagnosisText } from '../../src/diagnosis/strings.ts';
import { diagnosisCodes, stepOf } from '../../src/diagnosis/codes.ts';
import { diagnoseError } from '../../src/playground/diagnosis/diagnose-error.ts';
import { SafeFetchError } from '../../src/lib/safe-fetch.ts';
import { buildPanelModel, showDiagnosis } from '../../src/playground/panel-model.ts';
import { problemsOfSignIn } from '../../src/playground/flow/callback.ts';
import { defaultSettings } from '../../src/tenant/settings-defaults.ts';
import { faultScenarioApp } from '../../src/lib/fault-lab.ts';

test('every cause links to a real guide step and has a title and fix in every language', () => {
  for (const code of diagnosisCodes) {
    // One cause has no single step: a sign-in that never came back, before the reader says what they saw.
    if (code === 'sign_in_not_completed') expect(stepOf(code)).toBeNull();
    else expect(isStepId(stepOf(code)), code).toBe(true);
    for (const lang of languages) {
      const text = diagnosisText(lang, code);
      expect(text.title.length).toBeGreaterThan(5);
      expect(text.fix.length).toBeGreaterThan(20);
    }
    expect(diagnosisText('ja', code).title).not.toBe(diagnosisText('en', code).title);
    expect(diagnosisText('ko', code).title).not.toBe(diagnosisText('en', code).title);
  }
});

test('showDiagnosis adds the step, its number and its link in the reader’s language', () => {
  const shown = showDiagnosis({ code: 'redirect_uri_not_registered', params: {} }, 'ko');
  expect(shown.step?.href).toBe(stepHref('ko', stepOf('redirect_uri_not_registered')));
  expect(shown.step?.number).toBeGreaterThan(0);
  // The cause no single step fixes links none.
  expect(showDiagnosis({ code: 'sign_in_not_completed', params: {} }, 'ko').step).toBeUndefined();
});

test.describe('diagnoseError', () => {
  const cases: [string, unknown, Parameters<typeof diagnoseError>[1], string][] = [
    ['lost sign-in session', new LogtoClientError('sign_in_session.not_found'), {}, 'session_lost'],
    ['state mismatch', new LogtoError('callback_uri_verification.state_mismatched'), {}, 'state_mismatch'],
    ['missing state', new LogtoError('callback_uri_verification.missing_state'), {}, 'state_mismatch'],
    ['callback error', new LogtoError('callback_uri_verification.error_found', new OidcError('consent_required', 'requested scopes not granted')), {}, 'authorization_error'],
    // Logto 1.42's access control (ACCESS-CONTROL.md, flow C): error=access_denied at the redirect URI…
    ['callback access_denied', new LogtoError('callback_uri_verification.error_found', new OidcError('access_denied', 'Access denied.')), {}, 'access_control_denied'],
    // …and a refresh refused with 400 access_denied.
    ['refresh access_denied', new LogtoRequestError('oidc.access_denied', 'Access denied.'), { failedHop: 'token-exchange', failedGrantType: 'refresh_token' }, 'access_control_denied'],
    // A refresh token whose grant is gone (1.42: revoked with its access token, or at sign-out).
    ['refresh invalid_grant', new LogtoRequestError('oidc.invalid_grant', 'x'), { failedHop: 'token-exchange', failedGrantType: 'refresh_token' }, 'refresh_token_dead'],
    ['iat out of range', new LogtoError('id_token.invalid_iat'), {}, 'clock_skew'],
    ['Logto-wrapped invalid_client at the token endpoint', new LogtoRequestError('oidc.invalid_client', 'x'), { failedHop: 'token-exchange' }, 'app_secret_wrong'],
    ['invalid_grant', new LogtoRequestError('oidc.invalid_grant', 'x'), { failedHop: 'token-exchange' }, 'token_exchange_failed'],
    ['plain oidc-provider body', new LogtoError('unexpected_response_error', { error: 'invalid_client' }), { failedHop: 'token-exchange' }, 'app_secret_wrong'],
    ['userinfo refused', new LogtoRequestError('oidc.invalid_token', 'x'), { failedHop: 'userinfo' }, 'userinfo_failed'],
    ['discovery 404', new LogtoRequestError('http_error_404', 'x'), { failedHop: 'discovery' }, 'endpoint_not_logto'],
    ['wrong issuer', new joseErrors.JWTClaimValidationFailed('bad iss', {}, 'iss', 'check_failed'), {}, 'id_token_issuer'],
    ['wrong audience', new joseErrors.JWTClaimValidationFailed('bad aud', {}, 'aud', 'check_failed'), {}, 'id_token_audience'],
    ['expired, clocks agree', new joseErrors.JWTExpired('exp', {}), { serverClockOffsetSeconds: 1 }, 'id_token_expired'],
    ['expired, tenant clock 10 min ahead', new joseErrors.JWTExpired('exp', {}), { serverClockOffsetSeconds: 600 }, 'clock_skew'],
    ['bad signature', new joseErrors.JWSSignatureVerificationFailed(), {}, 'id_token_signature'],
    ['kid not in JWKS', new joseErrors.JWKSNoMatchingKey(), {}, 'id_token_signature'],
    ['timeout', new SafeFetchError('timeout', 'https://t.example', 'x'), {}, 'endpoint_timeout'],
    ['private address', new SafeFetchError('blocked_address', 'https://t.example', 'x'), {}, 'endpoint_blocked'],
    ['refused connection', new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') }), {}, 'endpoint_unreachable'],
    ['cookie secret missing', Object.assign(new Error('x'), { name: 'ConfigurationError' }), {}, 'server_misconfigured'],
    ['anything else', new RangeError('boom'), {}, 'unexpected'],
  ];
  for (const [name, error, context, code] of cases) {
    test(`${name} → ${code}`, () => expect(diagnoseError(error, context).code).toBe(code));
  }

  test('never copies an error message into its params', () => {
    const found = diagnoseError(new RangeError('secret-looking message XoAFwss0'), {});
    expect(JSON.stringify(found)).not.toContain('XoAFwss0');
  });
});

test.describe('panel model', () => {
  const settings = defaultSettings('http://localhost:3001');
  const runtime = { mode: 'LOCAL', versions: { site: '0', logtoNode: '0', node: 'v22' } };
  const base = { lang: 'en' as const, settings, siteOrigin: 'http://localhost:4321', now: 100_000, runtime, sandboxEndpoint: 'http://localhost:3001' };

  const pending = { kind: 'sign-in' as const, status: 'pending' as const, startedAt: 40_000, lang: 'en' as const, returnTo: '/en/', hops: [], diagnoses: [], verifiedSteps: [] };

  test('a sign-in that never came back is reported as not completed, how long ago in words, with no step, and the picker offered', () => {
    const model = buildPanelModel({ ...base, attempt: pending });
    expect(model.problems.map((p) => p.code)).toEqual(['sign_in_not_completed']);
    expect(model.problems[0]?.params['ago']).toBe('1 minute ago');
    expect(model.problems[0]?.step).toBeUndefined();
    expect(model.didNotComeBack?.ago).toBe('1 minute ago');
    expect(model.didNotComeBack?.saw).toBeUndefined();
    const ko = buildPanelModel({ ...base, lang: 'ko', now: 40_000 + 11_000, attempt: pending });
    expect(ko.problems[0]?.params['ago']).toBe('11초 전');
  });

  test('what the reader saw names the causes, most likely first, each with its step', () => {
    const model = buildPanelModel({ ...base, attempt: { ...pending, saw: 'logto-internal-server-error' } });
    expect(model.problems.map((p) => p.code)).toEqual(['naver_client_secret_wrong', 'naver_unavailable', 'naver_unreachable']);
    expect(model.problems.map((p) => p.step?.id)).toEqual(['configure-connector', 'test-and-verify', 'test-and-verify']);
    const other = buildPanelModel({ ...base, attempt: { ...pending, saw: 'something-else' } });
    expect(other.problems.map((p) => p.code)).toEqual(['sign_in_not_completed']);
    // A sign-in that came back shows no picker, whatever was picked before.
    const back = buildPanelModel({ ...base, attempt: { ...pending, status: 'failed', saw: 'naver-invalid-client' } });
    expect(back.didNotComeBack).toBeUndefined();
    expect(back.problems).toEqual([]);
  });

  test('the scenario’s App ID on the built-in tenant changes no diagnosis: the same answers give the same causes', () => {
    const lab = { ...settings, ...faultScenarioApp('cancel-at-naver') };
    for (const saw of [undefined, 'logto-connector-error-canceled', 'naver-invalid-client'] as const) {
      const attempt = { ...pending, ...(saw ? { saw } : {}) };
      const onLab = buildPanelModel({ ...base, settings: lab, attempt });
      expect(onLab.scenario).toBe('cancel-at-naver');
      const demo = buildPanelModel({ ...base, attempt });
      const elsewhere = buildPanelModel({ ...base, settings: { ...lab, endpoint: 'https://abc123.logto.app' }, attempt });
      expect(onLab.problems).toEqual(demo.problems);
      expect(elsewhere.problems).toEqual(demo.problems);
    }
  });

  test('the same cause from the settings check and the sign-in is shown once; the secret only masked', () => {
    const found = { code: 'connector_not_enabled' as const, params: { target: 'naver' } };
    const model = buildPanelModel({
      ...base,
      flash: { diagnoses: [found] },
      attempt: { kind: 'sign-in', status: 'failed', startedAt: 1, lang: 'en', returnTo: '/en/', hops: [], diagnoses: [found], verifiedSteps: [] },
    });
    expect(model.problems).toHaveLength(1);
    expect(JSON.stringify(model)).not.toContain(settings.appSecret);
    expect(model.maskedSecret).toBe(`••••${settings.appSecret.slice(-4)}`);
  });

  test('steps proved by the flow and by the preflight are merged, once each, in guide order', () => {
    const model = buildPanelModel({
      ...base,
      attempt: {
        kind: 'sign-in', status: 'succeeded', startedAt: 1, lang: 'en', returnTo: '/en/', hops: [], diagnoses: [],
        verifiedSteps: ['test-and-verify', 'create-logto-app'],
      },
      // The checks prove the app type and the connector in the sign-in experience.
      preflightRun: {
        ranAt: 1,
        results: [
          { id: 'naver.connector', status: 'pass', stepId: 'enable-in-sign-in-experience', reason: { key: 'naverConnectorEnabled', params: {} } },
          { id: 'app.type', status: 'pass', stepId: 'create-logto-app', reason: { key: 'appTypeTraditional', params: {} } },
        ],
      },
    });
    expect(model.verifiedSteps).toEqual(['create-logto-app', 'enable-in-sign-in-experience', 'test-and-verify']);
    expect(model.preflight.verifiedSteps).toEqual(['create-logto-app', 'enable-in-sign-in-experience']);
  });
});

test.describe('what a sign-in that worked can still show', () => {
  const settings = defaultSettings('http://localhost:3001');
  const result = (identity?: { email?: string }) =>
    ({ identity: identity && { userId: 'u', name: 'n', ...identity }, otherIdentities: ['google'] }) as unknown as Parameters<typeof problemsOfSignIn>[0];
  test('no Naver identity, a Naver identity without email (declined at Naver), or nothing wrong', () => {
    expect(problemsOfSignIn(result(), settings).map((p) => p.code)).toEqual(['naver_identity_missing']);
    expect(problemsOfSignIn(result({}), settings).map((p) => p.code)).toEqual(['naver_email_missing']);
    expect(problemsOfSignIn(result({ email: 'a@naver.com' }), settings)).toEqual([]);
    // Without the email scope nobody asked for it.
    expect(problemsOfSignIn(result({}), { ...settings, scopes: ['identities'] })).toEqual([]);
  });
});
