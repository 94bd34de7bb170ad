/**
 * The tenant's public sign-in experience (`GET {endpoint}/api/.well-known/sign-in-exp`, no auth): the
 * same request Logto's own sign-in page makes to learn which social connectors are enabled. It tells
 * us the Naver connector's id (for `{endpoint}/callback/{connectorId}`), and lets the playground see
 * that a direct sign-in target is not enabled before Logto silently falls back to its sign-in page.
 *
 * Pure over an injected fetch: the playground passes its safe fetch, the preflight its own.
 */
import { z } from 'zod';

export const SIGN_IN_EXPERIENCE_PATH = '/api/.well-known/sign-in-exp';

const socialConnectorSchema = z.looseObject({
  id: z.string().min(1),
  target: z.string().min(1),
  name: z.record(z.string(), z.string()).optional(),
});
export type SocialConnector = z.infer<typeof socialConnectorSchema>;

/** Only the keys we read; Logto sends many more and adds some in new versions. */
export const signInExperienceSchema = z.looseObject({
  socialConnectors: z.array(socialConnectorSchema),
  socialSignInConnectorTargets: z.array(z.string()).optional(),
  /** "SignIn" lets only existing users in: a social user without an account can't sign up. */
  signInMode: z.enum(['SignIn', 'Register', 'SignInAndRegister']).optional(),
});
export type SignInExperience = z.infer<typeof signInExperienceSchema>;

export type SignInExperienceResult =
  | { kind: 'ok'; experience: SignInExperience }
  /** The fetch threw (network, time-out, address policy): the error is passed on for diagnosis. */
  | { kind: 'unreachable'; error: unknown }
  | { kind: 'status'; status: number }
  | { kind: 'not-logto'; problem: string };

/**
 * The public sign-in experience URL. With an app id, the experience as that app's sign-in page sees it
 * (Logto's sign-in page sends its app id too; a tenant without app-level experiences ignores it).
 */
export function signInExperienceUrl(endpoint: string, appId?: string): string {
  const url = `${endpoint.replace(/\/+$/, '')}${SIGN_IN_EXPERIENCE_PATH}`;
  return appId ? `${url}?${new URLSearchParams({ appId })}` : url;
}

export async function fetchSignInExperience(
  endpoint: string,
  fetchFn: (url: string, init?: RequestInit) => Promise<Response>,
  appId?: string,
): Promise<SignInExperienceResult> {
  let response: Response;
  try {
    response = await fetchFn(signInExperienceUrl(endpoint, appId), { headers: { accept: 'application/json' } });
  } catch (error) {
    return { kind: 'unreachable', error };
  }
  if (response.status !== 200) return { kind: 'status', status: response.status };
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = signInExperienceSchema.safeParse(body);
  if (!parsed.success) {
    return { kind: 'not-logto', problem: parsed.error.issues[0]?.message ?? 'unexpected body' };
  }
  return { kind: 'ok', experience: parsed.data };
}

/** The enabled social connector for a direct sign-in target (e.g. `naver`), if there is one. */
export function findConnector(experience: SignInExperience, target: string): SocialConnector | undefined {
  return experience.socialConnectors.find((connector) => connector.target === target);
}
