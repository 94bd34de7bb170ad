import { expect, test } from '@playwright/test';
import { stepIds } from '../../src/guide/steps.ts';
import { checkDefinitions, checkIds } from '../../src/preflight/check-definitions.ts';
import { reasonCauses } from '../../src/preflight/reasons.ts';
import { runPreflight } from '../../src/preflight/run-preflight.ts';
import type { PreflightInput } from '../../src/preflight/types.ts';
import { passProvesStep, stepsProvedBySignIn, verifiedStepsFromChecks, verifiersOf } from '../../src/preflight/verified-steps.ts';
import { stepVerifierLabels } from '../../src/preflight/describe.ts';
import { FAKE_SITE, fakeApp, fakeConnector, fakeTenant } from '../support/preflight-fake-tenant.ts';

/**
 * A step is marked verified only by what was really checked. The connector's step (its Naver Client ID
 * and secret) is proven by Run checks only when the client_id Logto sends to Naver was held against the
 * reader's own; a completed sign-in proves it whatever was checked before.
 */

const CONNECTOR_STEP = 'configure-connector';

async function checks(expectedNaverClientId?: string) {
  const tenant = await fakeTenant();
  const input: PreflightInput = {
    endpoint: tenant.endpoint,
    appId: fakeApp.id,
    appSecret: fakeApp.secret,
    redirectUri: `${FAKE_SITE}/playground/callback`,
    postSignOutRedirectUri: `${FAKE_SITE}/playground/signed-out`,
    target: 'naver',
    ...(expectedNaverClientId === undefined ? {} : { expectedNaverClientId }),
  };
  const results = await runPreflight(input, { fetch: tenant.fetch });
  return { results, clientId: results.find((result) => result.id === 'naver.client-id')! };
}

test('without the reader’s Naver Client ID every check passes, but the connector’s step is not verified', async () => {
  const { results, clientId } = await checks();
  expect(results.filter((result) => result.status !== 'pass')).toEqual([]);
  expect(clientId).toMatchObject({ status: 'pass', stepId: CONNECTOR_STEP, reason: { key: 'naverClientIdNotCompared', params: { clientId: fakeConnector.clientId } } });
  expect(passProvesStep(clientId)).toBe(false);
  expect(verifiedStepsFromChecks(results)).not.toContain(CONNECTOR_STEP);
  // The steps the other checks prove still are.
  expect(verifiedStepsFromChecks(results)).toEqual(['prerequisites', 'create-logto-app', 'integrate-sdk', 'enable-in-sign-in-experience']);
});

test('with the right Client ID the comparison passes and verifies the connector’s step', async () => {
  const { results, clientId } = await checks(fakeConnector.clientId);
  expect(clientId).toMatchObject({ status: 'pass', reason: { key: 'naverClientIdOk' } });
  expect(passProvesStep(clientId)).toBe(true);
  expect(verifiedStepsFromChecks(results)).toContain(CONNECTOR_STEP);
});

test('with another Client ID the check fails, names the connector’s step and its cause, and verifies nothing there', async () => {
  const { results, clientId } = await checks('SLFjG9pLzJRr88z5PPil');
  expect(clientId).toMatchObject({
    status: 'fail',
    cause: 'naver_client_id_mismatch',
    stepId: CONNECTOR_STEP,
    reason: { key: 'naverClientIdMismatch', params: { actual: fakeConnector.clientId, expected: 'SLFjG9pLzJRr88z5PPil' } },
  });
  expect(verifiedStepsFromChecks(results)).not.toContain(CONNECTOR_STEP);
});

test('a passing reason that proves nothing does not cast doubt either: a proving pass elsewhere still counts', () => {
  const notCompared = { id: 'naver.client-id', status: 'pass', stepId: CONNECTOR_STEP, reason: { key: 'naverClientIdNotCompared', params: {} } } as const;
  const compared = { ...notCompared, reason: { key: 'naverClientIdOk', params: {} } } as const;
  expect(verifiedStepsFromChecks([notCompared])).toEqual([]);
  expect(verifiedStepsFromChecks([notCompared, compared])).toEqual([CONNECTOR_STEP]);
});

test('a check’s provenBy names only passing reasons of no cause, and only checks that verify a step have one', () => {
  for (const id of checkIds) {
    const { provenBy, verifies } = checkDefinitions[id];
    if (!provenBy) continue;
    expect(verifies, id).toBeDefined();
    for (const key of provenBy) expect(reasonCauses[key], `${id}: ${key}`).toBeNull();
  }
});

test('a completed sign-in with the Naver identity proves the connector’s step; one without it does not', () => {
  expect(stepsProvedBySignIn(true)).toContain(CONNECTOR_STEP);
  expect(stepsProvedBySignIn(false)).not.toContain(CONNECTOR_STEP);
  expect(stepsProvedBySignIn(true)).toEqual(stepIds.slice(0, stepIds.indexOf('test-and-verify') + 1));
  expect(verifiersOf(CONNECTOR_STEP)).toEqual({ checks: ['naver.client-id'], signIn: true });
});

test('the guide lists the client-id check under the connector’s step as needing the reader’s value', () => {
  const [check, signIn] = stepVerifierLabels(CONNECTOR_STEP, 'en');
  expect(check).toContain('Client ID Logto sends to Naver');
  expect(check).toContain('compared with the value you give');
  expect(signIn).toBe('A sign-in with Naver in the playground');
  expect(stepVerifierLabels('prerequisites', 'en').join(' ')).not.toContain('compared with');
});
