import { ConnectorError } from './connector-error.ts';
import { parseNaverJson, postToNaver } from './naver-http.ts';
import { naverErrorBodySchema, naverTokenResponseSchema } from './types.ts';
import type { NaverConnectorConfig, NaverEndpoints } from './types.ts';

/**
 * Trades the authorization code for Naver's access token. Like the real connector, it sends a form body
 * and no `state`, so Naver (and the mock) must not require one.
 */
export async function getAccessToken(
  config: NaverConnectorConfig,
  endpoints: NaverEndpoints,
  { code, redirectUri }: { code: string; redirectUri: string },
): Promise<{ accessToken: string }> {
  const response = await postToNaver(endpoints.tokenEndpoint, {
    body: new URLSearchParams({
      code: decodeCode(code),
      client_id: config.clientId,
      client_secret: config.clientSecret,
      redirect_uri: redirectUri,
      grant_type: 'authorization_code',
    }),
  });

  if (!response.ok) {
    // The real connector does not catch got's HTTPError here, so Logto core answers 500.
    throw new ConnectorError('general', { status: 500, data: { naverStatus: response.status } });
  }

  const body = parseNaverJson(response.text);
  const parsed = naverTokenResponseSchema.safeParse(body);
  if (!parsed.success) {
    const naverError = naverErrorBodySchema.safeParse(body);
    throw new ConnectorError('invalid_response', {
      data: naverError.success ? naverError.data : { reason: 'unexpected token response' },
      cause: parsed.error,
    });
  }
  if (!parsed.data.access_token) {
    throw new ConnectorError('social_auth_code_invalid');
  }
  return { accessToken: parsed.data.access_token };
}

/** The real connector URL-decodes the code once; a malformed escape is passed on unchanged. */
function decodeCode(code: string): string {
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}
