import { getAccessToken } from './access-token.ts';
import { ConnectorError } from './connector-error.ts';
import { parseNaverJson, postToNaver } from './naver-http.ts';
import { naverAuthResponseSchema, naverProfileResponseSchema } from './types.ts';
import type { NaverConnectorConfig, NaverEndpoints, NaverProfileResponse, NaverUserInfo } from './types.ts';
import { Zod3Error } from './zod3-error.ts';

/**
 * Naver's profile body → what Logto stores as `identities.naver.details`. `rawData` is the body exactly
 * as Naver sent it (key order and unknown fields included), not the parsed copy.
 */
export function mapNaverProfile(body: NaverProfileResponse, rawData: unknown = body): NaverUserInfo {
  const { id, email, nickname, profile_image } = body.response;
  return {
    id,
    ...(nickname ? { name: nickname } : {}),
    ...(email ? { email } : {}),
    ...(profile_image ? { avatar: profile_image } : {}),
    rawData,
  };
}

/**
 * The callback data's `code` and `redirectUri`. Without a code (the user cancelled, Naver refused) the
 * connector stops with `general`, carrying the whole callback data as JSON, as the real one does.
 */
export function readCallback(connectorData: unknown): { code: string; redirectUri: string } {
  const parsed = naverAuthResponseSchema.safeParse(connectorData);
  if (!parsed.success) throw new ConnectorError('general', JSON.stringify(connectorData));
  return { code: parsed.data.code, redirectUri: parsed.data.redirectUri };
}

/**
 * Naver's profile call with the access token: the validated body and the body as received. A 401 is
 * `social_invalid_access_token`; any other non-2xx answer is `general` carrying the body as a JSON string
 * (so Logto's message shows it quoted twice); a failed connection escapes as got's error.
 */
async function fetchNaverProfile(endpoints: NaverEndpoints, accessToken: string): Promise<{ profile: NaverProfileResponse; raw: unknown }> {
  const response = await postToNaver(endpoints.userInfoEndpoint, { headers: { authorization: `Bearer ${accessToken}` }, dispatcher: endpoints.dispatcher });
  // The real connector catches got's HTTPError here and looks at its status and body.
  if (response.status === 401) throw new ConnectorError('social_invalid_access_token');
  if (!response.ok) throw new ConnectorError('general', JSON.stringify(response.text));
  const raw = parseNaverJson(response.text);
  const parsed = naverProfileResponseSchema.safeParse(raw);
  if (!parsed.success) throw new ConnectorError('invalid_response', new Zod3Error(parsed.error, raw));
  return { profile: parsed.data, raw };
}

/**
 * The whole server side of a Naver sign-in: callback data → access token → profile → user info.
 * `connectorData` is the query Naver appended to `{tenant endpoint}/callback/{connectorId}`, with that
 * callback URL as `redirectUri`.
 */
export async function getUserInfo(
  config: NaverConnectorConfig,
  endpoints: NaverEndpoints,
  { connectorData }: { connectorData: unknown },
): Promise<NaverUserInfo> {
  const callback = readCallback(connectorData);
  const { accessToken } = await getAccessToken(config, endpoints, callback);
  const { profile, raw } = await fetchNaverProfile(endpoints, accessToken);
  return mapNaverProfile(profile, raw);
}
