/**
 * A fetch wrapper that records each request as a trace hop: method, redacted URL, status, timing,
 * the redacted form fields it sent, the OAuth error it got back, and the server's clock (for skew).
 */
import { CACHE_HIT_HEADER } from '../../lib/cached-fetch.ts';
import { redactParams, redactUrl, scrubText } from '../../lib/redact.ts';
import { serverClockOffsetSeconds } from '../../tenant/clock.ts';
import { hopKindForPath, type HopKind, type TraceRecorder } from './trace.ts';

export interface TracedFetchOptions {
  /** Probes hit the same paths as the real flow; their hops are labelled as probes. */
  probe?: boolean;
  /** Values that must never appear in a hop, even when a server echoes them. */
  secrets?: readonly string[];
}

function formFields(body: unknown): URLSearchParams | undefined {
  if (body instanceof URLSearchParams) return body;
  if (typeof body === 'string' && /^[\w.-]+=/.test(body)) return new URLSearchParams(body);
  return undefined;
}

const probeKinds: Partial<Record<HopKind, HopKind>> = {
  'token-exchange': 'probe-token',
  jwks: 'probe-jwks',
  'authorization-request': 'probe-authorize',
  'end-session': 'probe-end-session',
};

export function createTracedFetch(
  baseFetch: typeof fetch,
  recorder: TraceRecorder,
  options: TracedFetchOptions = {},
): typeof fetch {
  const secrets = options.secrets ?? [];
  const traced = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url);
    const method = (init?.method ?? 'GET').toUpperCase();
    const pathKind = hopKindForPath(url.pathname);
    const kind = (options.probe && probeKinds[pathKind]) || pathKind;
    const details: Record<string, string> = {};
    const sent = formFields(init?.body);
    for (const [k, v] of Object.entries(redactParams(url.searchParams))) details[`query.${k}`] = v;
    if (sent) for (const [k, v] of Object.entries(redactParams(sent))) details[`sent.${k}`] = v;
    const at = recorder.now();
    try {
      const response = await baseFetch(input, init);
      // A copy from the playground's cache says how old it is; its Date is that old too, so it tells
      // nothing about the tenant's clock now.
      const cached = response.headers.get(CACHE_HIT_HEADER) === 'hit';
      if (cached) details['cachedSeconds'] = response.headers.get('age') ?? '?';
      const offset = cached ? undefined : serverClockOffsetSeconds(response.headers.get('date'), recorder.now());
      // Worth showing on discovery (where skew is checked) and wherever it is large enough to matter.
      if (offset !== undefined && (kind === 'discovery' || Math.abs(offset) >= 5)) details['serverClockOffsetSeconds'] = String(offset);
      const location = response.headers.get('location');
      if (location) details['location'] = redactUrl(new URL(location, url));
      if (!response.ok && (response.headers.get('content-type') ?? '').includes('json')) {
        const body: unknown = await response.clone().json().catch(() => undefined);
        if (body && typeof body === 'object') {
          for (const key of ['error', 'error_description', 'code'] as const) {
            const value = (body as Record<string, unknown>)[key];
            if (typeof value === 'string') details[key] = scrubText(value, secrets).slice(0, 200);
          }
        }
      }
      recorder.add({
        kind,
        at,
        ms: recorder.now() - at,
        method,
        url: url.pathname,
        status: response.status,
        // A probe's error answer is its finding, not a failure: the preflight checks judge it.
        outcome: options.probe ? 'info' : response.ok || (response.status >= 300 && response.status < 400) ? 'ok' : 'fail',
        details,
      });
      return response;
    } catch (error) {
      details['failure'] = (error as { kind?: string }).kind ?? (error as Error).name ?? 'error';
      recorder.add({ kind, at, ms: recorder.now() - at, method, url: url.pathname, outcome: 'fail', details });
      throw error;
    }
  };
  return traced as typeof fetch;
}

/** Authorization-request parameters worth showing, from the URL the SDK built (one-time values abbreviated). */
export function describeAuthorizationUrl(url: string): Record<string, string> {
  return redactParams(new URL(url).searchParams);
}
