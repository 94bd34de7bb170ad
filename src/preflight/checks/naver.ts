import { redactUrl } from '../../lib/redact.ts';
import { findConnector, signInExperienceUrl } from '../../tenant/sign-in-experience.ts';
import { describeFetchError, noAnswerKind } from '../../tenant/http.ts';
import { blocked, noAnswer, outcome } from '../outcome.ts';
import type { NaverAuthorization } from '../../tenant/probes.ts';
import type { CheckOutcome, PreflightProbes } from '../types.ts';

/**
 * Naver connector checks, through the same public interface Logto's sign-in page uses: the sign-in
 * experience, then a direct sign-in interaction and the experience API's authorization-uri call.
 */

async function enabledConnector(probes: PreflightProbes) {
  const result = await probes.signInExperience();
  return result.kind === 'ok' ? findConnector(result.experience, probes.input.target) : undefined;
}

export async function checkNaverConnector(probes: PreflightProbes): Promise<CheckOutcome> {
  const result = await probes.signInExperience();
  const target = probes.input.target;
  const url = signInExperienceUrl(probes.endpoint, probes.input.appId);
  switch (result.kind) {
    case 'unreachable':
      return noAnswer({ kind: 'network', url, error: describeFetchError(result.error), failure: noAnswerKind(result.error) });
    case 'status':
      return outcome('fail', 'unexpectedResponse', { url, status: result.status, problem: '-' });
    case 'not-logto':
      return outcome('fail', 'unexpectedResponse', { url, status: 200, problem: result.problem });
    case 'ok': {
      const connector = findConnector(result.experience, target);
      // Logto's sign-in page signs existing users in, but turns a new Naver user away.
      if (connector && result.experience.signInMode === 'SignIn') {
        return outcome('warn', 'naverSignInOnly', { target, connectorId: connector.id }, { connectorId: connector.id });
      }
      if (connector) {
        return outcome(
          'pass',
          'naverConnectorEnabled',
          { target, connectorId: connector.id },
          { connectorId: connector.id },
        );
      }
      // The public sign-in experience lists enabled connectors only, so "not added" and "added but not
      // enabled" look the same from here; the reason names both, and the step is where both start.
      const enabled = result.experience.socialConnectors.map((c) => c.target).join(', ') || '-';
      return outcome('fail', 'naverConnectorNotEnabled', { target, enabled });
    }
  }
}

/** Logto's authorize URL for the connector, or the outcome to report when it could not be had. */
async function authorization(probes: PreflightProbes): Promise<Extract<NaverAuthorization, { kind: 'ok' }> | CheckOutcome> {
  const connector = await enabledConnector(probes);
  if (!connector) return blocked('naver.connector');
  const result = await probes.socialAuthorization(connector.id);
  if (result.kind === 'ok') return result;
  const status = result.answer.kind === 'http' ? result.answer.status : result.answer.error;
  return outcome('fail', 'naverInteractionFailed', {
    stage: result.stage,
    status,
    problem: result.problem,
  });
}

export async function checkNaverClientId(probes: PreflightProbes): Promise<CheckOutcome> {
  const result = await authorization(probes);
  if (!('kind' in result)) return result;
  const uri = result.authorizationUri;
  const clientId = uri.searchParams.get('client_id');
  const authorizeUrl = redactUrl(uri);
  if (!clientId) return outcome('fail', 'naverClientIdMissing', { url: authorizeUrl });
  const details = { authorizeUrl, clientId };
  const expected = probes.input.expectedNaverClientId;
  // Without the reader's own Client ID there is nothing to hold Logto's against: the pass says what
  // Logto sends, and proves nothing about the connector's settings (check-definitions.ts `provenBy`).
  if (!expected) return outcome('pass', 'naverClientIdNotCompared', { clientId }, details);
  if (expected !== clientId) return outcome('fail', 'naverClientIdMismatch', { actual: clientId, expected }, details);
  return outcome('pass', 'naverClientIdOk', { clientId }, details);
}

export async function checkNaverCallbackUrl(probes: PreflightProbes): Promise<CheckOutcome> {
  const result = await authorization(probes);
  // The client-id check reports why the authorize URL could not be had; this one only depends on it.
  if (!('kind' in result)) {
    return blocked(result.status === 'skip' ? 'naver.connector' : 'naver.client-id');
  }
  const uri = result.authorizationUri;
  const redirectUri = uri.searchParams.get('redirect_uri');
  if (!redirectUri) return outcome('fail', 'naverCallbackUrlMissing', { url: redactUrl(uri) });
  const expected = result.callbackUrl;
  const details = { callbackUrl: redirectUri };
  if (redirectUri !== expected) {
    return outcome('warn', 'naverCallbackUrlUnexpected', { actual: redirectUri, expected }, details);
  }
  return outcome('pass', 'naverCallbackUrlOk', { redirectUri }, details);
}
