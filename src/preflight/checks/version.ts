import { naverAccountCallbackUrl, naverCallbackUrl } from '../../tenant/naver-urls.ts';
import { findConnector } from '../../tenant/sign-in-experience.ts';
import { detectVersionFamily, formatSignals, type VersionObservations } from '../../tenant/version-family.ts';
import { blocked, outcome } from '../outcome.ts';
import type { CheckOutcome, PreflightProbes } from '../types.ts';

/**
 * The tenant's Logto version family (src/tenant/version-family.ts), from the answers any tenant gives
 * without credentials, and what it means at Naver. Knowing the version is never a requirement: an
 * unknown or newer version passes, and the guide then shows both Consoles' wording.
 */

async function observations(probes: PreflightProbes): Promise<VersionObservations> {
  const [discovery, metadata, jwks] = await Promise.all([probes.discovery(), probes.authorizationServerMetadata(), probes.jwks()]);
  const seen: VersionObservations = {};
  if (discovery.kind === 'ok') seen.discovery = discovery.data;
  if (metadata.kind === 'http') {
    const json = metadata.json;
    seen.authorizationServerMetadata = { status: metadata.status, isJsonObject: typeof json === 'object' && json !== null && !Array.isArray(json) };
  }
  if (jwks?.kind === 'ok') seen.jwksCacheControl = jwks.answer.cacheControl;
  return seen;
}

const familyReasons = {
  '1.42-or-later': 'versionRecent',
  '1.41-or-earlier': 'versionOlder',
  unknown: 'versionUnknown',
} as const;

export async function checkVersionFamily(probes: PreflightProbes): Promise<CheckOutcome> {
  const discovery = await probes.discovered();
  if (!discovery) return blocked('endpoint.discovery');
  const verdict = detectVersionFamily(await observations(probes));
  const signals = formatSignals(verdict.signals) || '-';
  return outcome('pass', familyReasons[verdict.family], { signals }, { versionFamily: verdict.family, signals });
}

/**
 * The Callback URLs to register at Naver. From Logto 1.42 on, the Console lists a second one (linking
 * Naver from the Account Center); nothing public shows what Naver holds, so with the reader's Client ID
 * (they are registering their Naver app) it is a reminder with the exact values, never a pass.
 */
export async function checkNaverAccountCallback(probes: PreflightProbes): Promise<CheckOutcome> {
  const experience = await probes.signInExperience();
  const connector = experience.kind === 'ok' ? findConnector(experience.experience, probes.input.target) : undefined;
  if (!connector) return blocked('naver.connector');
  const callbackUrl = naverCallbackUrl(probes.endpoint, connector.id);
  const accountCallbackUrl = naverAccountCallbackUrl(probes.endpoint, connector.id);
  if (!callbackUrl || !accountCallbackUrl) return outcome('fail', 'naverInteractionFailed', { stage: 'sign-in-experience', status: 200, problem: 'the connector id is not a Logto id' });
  const { family } = detectVersionFamily(await observations(probes));
  if (family === '1.41-or-earlier') return outcome('pass', 'naverAccountCallbackOneUri', { callbackUrl }, { callbackUrl });
  const details = { callbackUrl, accountCallbackUrl };
  if (!probes.input.expectedNaverClientId) return outcome('pass', 'naverAccountCallbackListed', details, details);
  const reminder = family === '1.42-or-later' ? 'naverAccountCallbackReminder' : 'naverAccountCallbackReminderIfListed';
  return outcome('warn', reminder, { ...details, clientId: probes.input.expectedNaverClientId }, details);
}
