import { ConnectorError } from './connector-error.ts';
import { NaverHttpError } from './http-errors.ts';
import { parseNaverJson, postToNaver } from './naver-http.ts';
import { naverTokenResponseSchema } from './types.ts';
import type { NaverConnectorConfig, NaverEndpoints } from './types.ts';
import { Zod3Error } from './zod3-error.ts';

/**
 * Trades the authorization code for Naver's access token, as @logto/connector-naver does: a form body and
 * no `state`; a non-2xx answer is got's HTTPError, which the connector does not catch (core answers
 * 500); an answer without a token (Naver refuses with HTTP 200 and `{error, error_description}`) fails the
 * token guard: `invalid_response` carrying the guard's ZodError.
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
    dispatcher: endpoints.dispatcher,
  });
  if (!response.ok) throw new NaverHttpError(response.status, response.statusText);

  const body = parseNaverJson(response.text);
  const parsed = naverTokenResponseSchema.safeParse(body);
  if (!parsed.success) throw new ConnectorError('invalid_response', new Zod3Error(parsed.error, body));
  if (!parsed.data.access_token) throw new ConnectorError('social_auth_code_invalid');
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
