/**
 * The two URLs a reader types into the Naver Developers console, computed from their settings.
 * Logto's Naver connector sends Naver back to `{endpoint}/callback/{connectorId}`; the service URL is the
 * site the reader's users sign in to.
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

export function naverServiceUrl(siteOrigin: string): string | undefined {
  return origin(siteOrigin);
}
