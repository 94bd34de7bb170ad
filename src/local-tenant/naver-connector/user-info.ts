import { getAccessToken } from './access-token.ts';
import { ConnectorError } from './connector-error.ts';
import { parseNaverJson, postToNaver } from './naver-http.ts';
import { naverAuthResponseSchema, naverProfileResponseSchema } from './types.ts';
import type {
  NaverConnectorConfig,
  NaverEndpoints,
  NaverProfileResponse,
  NaverUserInfo,
} from './types.ts';

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

/** Reads `code` from the callback query; without it (e.g. the user cancelled) the flow stops with `general`. */
export function codeFromCallback(connectorData: unknown): string {
  const parsed = naverAuthResponseSchema.safeParse(connectorData);
  if (!parsed.success) {
    throw new ConnectorError('general', { description: JSON.stringify(connectorData), data: connectorData });
  }
  return parsed.data.code;
}

/** Naver's profile call with the access token: the validated body and the body as received. */
async function fetchNaverProfile(
  endpoints: NaverEndpoints,
  accessToken: string,
): Promise<{ profile: NaverProfileResponse; raw: unknown }> {
  const response = await postToNaver(endpoints.userInfoEndpoint, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  if (response.status === 401) {
    throw new ConnectorError('social_invalid_access_token');
  }
  if (!response.ok) {
    throw new ConnectorError('general', { description: JSON.stringify(response.text), data: { naverStatus: response.status } });
  }
  const raw = parseNaverJson(response.text);
  const parsed = naverProfileResponseSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConnectorError('invalid_response', { cause: parsed.error });
  }
  if (parsed.data.resultcode !== '00') {
    throw new ConnectorError('invalid_response', {
      data: { resultcode: parsed.data.resultcode, message: parsed.data.message },
    });
  }
  return { profile: parsed.data, raw };
}

/**
 * The whole server side of a Naver sign-in: callback query → access token → profile → user info.
 * `connectorData` is the query Naver appended to `{tenant endpoint}/callback/{connectorId}`.
 */
export async function getUserInfo(
  config: NaverConnectorConfig,
  endpoints: NaverEndpoints,
  { connectorData, redirectUri }: { connectorData: unknown; redirectUri: string },
): Promise<NaverUserInfo> {
  const code = codeFromCallback(connectorData);
  const { accessToken } = await getAccessToken(config, endpoints, { code, redirectUri });
  const { profile, raw } = await fetchNaverProfile(endpoints, accessToken);
  return mapNaverProfile(profile, raw);
}
