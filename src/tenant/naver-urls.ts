/**
 * The URLs a reader types into the Naver Developers console, computed from their settings.
 * Logto's Naver connector sends Naver back to `{endpoint}/callback/{connectorId}` for sign-in and sign-up;
 * the Account Center links a Naver account through `{endpoint}/account/callback/social/{connectorId}`
 * (core route since 1.38.0; the Console lists it from 1.42.0 on). The service URL is the site the
 * reader's users sign in to.
 */

function origin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** `undefined` when the endpoint is not an http(s) URL or the connector id is empty. */
export function naverCallbackUrl(endpoint: string, connectorId: string): string | undefined {
  const base = origin(endpoint);
  const id = connectorId.trim();
  if (!base || !/^[0-9a-zA-Z_-]+$/.test(id)) return undefined;
  return `${base}/callback/${id}`;
}

/** The Account Center's callback for linking Naver to a signed-in user; `undefined` as for naverCallbackUrl. */
export function naverAccountCallbackUrl(endpoint: string, connectorId: string): string | undefined {
  const callback = naverCallbackUrl(endpoint, connectorId);
  return callback && `${origin(endpoint)}/account/callback/social/${connectorId.trim()}`;
}

export function naverServiceUrl(siteOrigin: string): string | undefined {
  return origin(siteOrigin);
}
