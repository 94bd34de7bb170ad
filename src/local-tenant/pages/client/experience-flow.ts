/**
 * The experience API calls of a social sign-in, in the order Logto's sign-in page makes them. This file
 * runs in the browser (served type-stripped as /assets/experience-flow.js) and in the integration
 * tests, so it imports nothing at run time and uses only erasable TypeScript.
 */
import type { PageStringKey } from '../strings.ts';

/** One same-origin JSON call to the tenant; the browser's cookies (or a test's cookie jar) ride along. */
export type ExperienceHttp = (method: string, path: string, body?: unknown) => Promise<Response>;

export type InteractionEvent = 'SignIn' | 'Register';

export class ExperienceError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ExperienceError';
    this.status = status;
    this.code = code;
  }
}

async function call(http: ExperienceHttp, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await http(method, path, body);
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const fields = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    const code = typeof fields['code'] === 'string' ? fields['code'] : `http_${response.status}`;
    const message = typeof fields['message'] === 'string' ? fields['message'] : response.statusText;
    throw new ExperienceError(response.status, code, message);
  }
  return json;
}

function stringField(value: unknown, key: string): string {
  const field = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof field !== 'string') throw new ExperienceError(0, 'unexpected_response', `the tenant's answer lacks ${key}`);
  return field;
}

type SocialConnectorSummary = { id: string; target: string };

/** `GET /api/.well-known/sign-in-exp` → the social connectors of the tenant's experience, or of `appId`'s own. */
export async function listSocialConnectors(http: ExperienceHttp, appId?: string): Promise<SocialConnectorSummary[]> {
  const query = appId ? `?${new URLSearchParams({ appId }).toString()}` : '';
  const body = await call(http, 'GET', `/api/.well-known/sign-in-exp${query}`);
  const list = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['socialConnectors'] : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => ({ id: stringField(item, 'id'), target: stringField(item, 'target') }));
}

/** Starts the interaction's experience and asks the connector where to send the browser. */
export async function startSocialSignIn(
  http: ExperienceHttp,
  input: { connectorId: string; redirectUri: string; state: string; interactionEvent: InteractionEvent },
): Promise<{ authorizationUri: string; verificationId: string }> {
  await call(http, 'PUT', '/api/experience', { interactionEvent: input.interactionEvent });
  const body = await call(
    http,
    'POST',
    `/api/experience/verification/social/${encodeURIComponent(input.connectorId)}/authorization-uri`,
    { state: input.state, redirectUri: input.redirectUri },
  );
  return { authorizationUri: stringField(body, 'authorizationUri'), verificationId: stringField(body, 'verificationId') };
}

/**
 * After the connector called back: verify, identify (registering a new user when the identity is
 * unknown, and asking for a username when the tenant requires one), then submit. Returns where the
 * browser goes next (the interaction's `/oidc/auth/<uid>`).
 */
export async function finishSocialSignIn(
  http: ExperienceHttp,
  input: {
    connectorId: string;
    verificationId: string;
    connectorData: Record<string, string>;
    chooseUsername: (problem?: ExperienceError) => Promise<string>;
    /** The app's sign-in mode, when the page knows it: "SignIn" keeps a new user from registering. */
    signInMode?: string | undefined;
  },
): Promise<string> {
  const { verificationId } = input;
  await call(http, 'POST', `/api/experience/verification/social/${encodeURIComponent(input.connectorId)}/verify`, {
    connectorData: input.connectorData,
    verificationId,
  });

  const identify = () => call(http, 'POST', '/api/experience/identification', { verificationId });
  try {
    await identify();
  } catch (error) {
    if (!(error instanceof ExperienceError)) throw error;
    // A new user on the sign-in screen is switched to registering; one who started on the register
    // screen (sign-up mode) is already registering and may only lack the profile the tenant requires.
    if (error.code === 'user.identity_not_exist') {
      // "Sign in only": the new user stays on the sign-in page with Logto's message, as real Logto does.
      if (input.signInMode === 'SignIn') throw error;
      await call(http, 'PUT', '/api/experience/interaction-event', { interactionEvent: 'Register' }).catch((switchError: unknown) => {
        // A caller that did not know the mode learns it here (403 auth.forbidden): the user is not registered.
        throw switchError instanceof ExperienceError && switchError.code === 'auth.forbidden' ? error : switchError;
      });
    } else if (error.code !== 'user.missing_profile') {
      throw error;
    }
    await identifyWithProfile(http, identify, input.chooseUsername);
  }

  const submitted = await call(http, 'POST', '/api/experience/submit');
  return stringField(submitted, 'redirectTo');
}

async function identifyWithProfile(
  http: ExperienceHttp,
  identify: () => Promise<unknown>,
  chooseUsername: (problem?: ExperienceError) => Promise<string>,
): Promise<void> {
  try {
    await identify();
    return;
  } catch (error) {
    if (!(error instanceof ExperienceError) || error.code !== 'user.missing_profile') throw error;
  }
  let problem: ExperienceError | undefined;
  for (;;) {
    const username = await chooseUsername(problem);
    try {
      await call(http, 'POST', '/api/experience/profile', { type: 'username', value: username });
      break;
    } catch (error) {
      const retryable = error instanceof ExperienceError && (error.code === 'user.username_already_in_use' || error.code === 'user.invalid_username');
      if (!retryable) throw error;
      problem = error;
    }
  }
  await identify();
}

/** Which readable sentence the sign-in page shows for a failure (never the raw JSON). */
export function failureMessageKey(error: unknown, connectorData: Record<string, string> = {}): PageStringKey {
  if (!(error instanceof ExperienceError)) return 'errorOther';
  if (error.code === 'connector.general' && connectorData['error'] === 'access_denied') return 'errorCancelled';
  if (error.code === 'connector.invalid_response') return 'errorInvalidResponse';
  if (error.code === 'connector.social_invalid_access_token') return 'errorAccessToken';
  if (error.code === 'connector.social_auth_code_invalid') return 'errorAuthCode';
  if (error.code === 'user.identity_not_exist') return 'errorNotRegistered';
  if (error.code === 'user.username_already_in_use') return 'errorUsernameTaken';
  if (error.code === 'user.invalid_username') return 'errorUsernameInvalid';
  if (error.code.startsWith('session.')) return 'errorSession';
  if (error.status >= 500) return 'errorServer';
  return 'errorOther';
}
