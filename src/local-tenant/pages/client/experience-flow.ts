/**
 * The experience API calls of a social sign-in, in the order Logto's sign-in page makes them. This file
 * runs in the browser (served type-stripped as /assets/experience-flow.js) and in the integration
 * tests, so it imports nothing at run time and uses only erasable TypeScript.
 */
/** One same-origin JSON call to the tenant; the browser's cookies (or a test's cookie jar) ride along. */
export type ExperienceHttp = (method: string, path: string, body?: unknown) => Promise<Response>;

export type InteractionEvent = 'SignIn' | 'Register';

/** A failed call: its status, Logto's `code` (or `http_<status>` when the body has none), `message` and `data`. */
export class ExperienceError extends Error {
  readonly status: number;
  readonly code: string;
  readonly data: unknown;

  constructor(status: number, code: string, message: string, data?: unknown) {
    super(message);
    this.name = 'ExperienceError';
    this.status = status;
    this.code = code;
    this.data = data;
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
    throw new ExperienceError(response.status, code, message, fields['data']);
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
 * The data the verify call sends, as Logto's sign-in page builds it from the callback URL: the callback
 * URL as `redirectUri` first, then Naver's query without `state` (checked by the page), then `app_id`
 * when the page knows the app (recorded: `{"redirectUri":…,"error":"access_denied",…,"app_id":…}`).
 */
export function callbackConnectorData(query: URLSearchParams, redirectUri: string, appId?: string): Record<string, string> {
  const data: Record<string, string> = { redirectUri };
  for (const [key, value] of query) if (key !== 'state' && key !== 'app_id') data[key] = value;
  if (appId) data['app_id'] = appId;
  return data;
}

/** The `relatedUser` of a 404 `user.identity_not_exist`: a user who has the social account's email. */
export function relatedUserOf(error: unknown): { type: string; value: string } | undefined {
  if (!(error instanceof ExperienceError) || error.code !== 'user.identity_not_exist') return undefined;
  const related = typeof error.data === 'object' && error.data !== null ? (error.data as Record<string, unknown>)['relatedUser'] : undefined;
  if (typeof related !== 'object' || related === null) return undefined;
  const { type, value } = related as Record<string, unknown>;
  return typeof type === 'string' && typeof value === 'string' ? { type, value } : undefined;
}

type ChooseUsername = (problem?: ExperienceError) => Promise<string>;

/**
 * After the connector called back: verify, identify (registering a new user when the identity is
 * unknown, and asking for a username when the tenant requires one), then submit. Returns where the
 * browser goes next (the interaction's `/oidc/auth/<uid>`). As Logto's page: an unknown identity whose
 * email an existing user has is thrown (the page offers linking, relatedUserOf), and so is any unknown
 * identity when the app only lets users sign in.
 */
export async function finishSocialSignIn(
  http: ExperienceHttp,
  input: {
    connectorId: string;
    verificationId: string;
    connectorData: Record<string, string>;
    chooseUsername: ChooseUsername;
    /** The app's sign-in mode, when the page knows it: "SignIn" keeps a new user from registering. */
    signInMode?: string | undefined;
  },
): Promise<string> {
  const { verificationId } = input;
  await call(http, 'POST', `/api/experience/verification/social/${encodeURIComponent(input.connectorId)}/verify`, {
    connectorData: input.connectorData,
    verificationId,
  });

  try {
    await call(http, 'POST', '/api/experience/identification', { verificationId });
  } catch (error) {
    if (!(error instanceof ExperienceError)) throw error;
    if (error.code === 'user.identity_not_exist') {
      // A related user is offered linking; "sign in only" leaves the new user on the sign-in page.
      if (relatedUserOf(error) || input.signInMode === 'SignIn') throw error;
      return registerWithSocial(http, verificationId, input.chooseUsername).catch((registerError: unknown) => {
        // A caller that did not know the mode learns it here (403 auth.forbidden): the user is not registered.
        throw registerError instanceof ExperienceError && registerError.code === 'auth.forbidden' ? error : registerError;
      });
    }
    if (error.code !== 'user.missing_profile') throw error;
    await chooseUsernameThenIdentify(http, verificationId, input.chooseUsername);
  }
  return submit(http);
}

async function submit(http: ExperienceHttp): Promise<string> {
  const submitted = await call(http, 'POST', '/api/experience/submit');
  return stringField(submitted, 'redirectTo');
}

/** Logto's registerWithSocial: switch the interaction to Register, create the user (with a username if needed), submit. */
export async function registerWithSocial(http: ExperienceHttp, verificationId: string, chooseUsername: ChooseUsername): Promise<string> {
  await call(http, 'PUT', '/api/experience/interaction-event', { interactionEvent: 'Register' });
  await identifyWithProfile(http, verificationId, chooseUsername);
  return submit(http);
}

/** Logto's bindSocialRelatedUser: sign in as the related user, linking the social account to it, and submit. */
export async function linkSocialAccount(http: ExperienceHttp, verificationId: string): Promise<string> {
  await call(http, 'PUT', '/api/experience/interaction-event', { interactionEvent: 'SignIn' });
  await call(http, 'POST', '/api/experience/identification', { verificationId, linkSocialIdentity: true });
  return submit(http);
}

/** Identification; a tenant that needs a username first answers 422 `user.missing_profile`, and the page asks for one. */
async function identifyWithProfile(http: ExperienceHttp, verificationId: string, chooseUsername: ChooseUsername): Promise<void> {
  try {
    await call(http, 'POST', '/api/experience/identification', { verificationId });
  } catch (error) {
    if (!(error instanceof ExperienceError) || error.code !== 'user.missing_profile') throw error;
    await chooseUsernameThenIdentify(http, verificationId, chooseUsername);
  }
}

/** The username step: ask (again, with the reason, while the tenant refuses the name), save it, identify. */
async function chooseUsernameThenIdentify(http: ExperienceHttp, verificationId: string, chooseUsername: ChooseUsername): Promise<void> {
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
  await call(http, 'POST', '/api/experience/identification', { verificationId });
}
