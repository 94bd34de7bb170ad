import { getSetCookies, type Cookie } from 'undici';
import type { z } from 'zod';
import type { SafeFetchErrorKind } from '../lib/safe-fetch.ts';
import { describeIssues, oidcErrorSchema, type OidcError } from './schemas.ts';

/** A fetch the probes can be given: the safe outbound fetch in the site and the CLI, a fake in unit tests. */
export type TenantFetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Why a request got no answer: the safe fetch's own kinds, or a plain network failure. */
export type NoAnswerKind = SafeFetchErrorKind;

/**
 * What one probe saw: either the request never got an answer (`network`, with the kind of failure), or a
 * status, the headers that matter and the body (JSON when it parsed as JSON).
 */
export type ProbeAnswer =
  | { kind: 'network'; url: string; error: string; failure: NoAnswerKind }
  | {
      kind: 'http';
      url: string;
      status: number;
      location: string | null;
      /** The server's `Date` header: how far its clock is from ours. */
      date: string | null;
      /** The `cache-control` header (the JWKS's tells Logto versions apart: src/tenant/version-family.ts). */
      cacheControl: string | null;
      json: unknown;
      cookies: Cookie[];
    };

export type HttpAnswer = Extract<ProbeAnswer, { kind: 'http' }>;

/** A short, secret-free description of why a fetch threw (timeouts, refused connections, address policy). */
export function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
  const cause = (error as Error & { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : '';
  const message = error.message && error.message !== 'fetch failed' ? error.message : '';
  return [message, code].filter(Boolean).join(' ') || error.name;
}

const noAnswerKinds: readonly NoAnswerKind[] = ['timeout', 'too_large', 'blocked_address', 'invalid_url', 'network'];

/** The kind of failure a fetch threw: the safe fetch names it; anything else is a network failure. */
export function noAnswerKind(error: unknown): NoAnswerKind {
  const kind = typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : undefined;
  if ((noAnswerKinds as readonly unknown[]).includes(kind)) return kind as NoAnswerKind;
  const name = error instanceof Error ? error.name : '';
  return name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
}

/** Sends one request without following redirects, and reads the answer without ever throwing. */
export async function probe(fetch: TenantFetch, url: string, init: RequestInit = {}): Promise<ProbeAnswer> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'manual' });
  } catch (error) {
    return { kind: 'network', url, error: describeFetchError(error), failure: noAnswerKind(error) };
  }
  let text = '';
  try {
    text = await response.text();
  } catch (error) {
    return { kind: 'network', url, error: describeFetchError(error), failure: noAnswerKind(error) };
  }
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (an HTML page, a redirect body): callers decide from the status.
  }
  return {
    kind: 'http',
    url,
    status: response.status,
    location: response.headers.get('location'),
    date: response.headers.get('date'),
    cacheControl: response.headers.get('cache-control'),
    json,
    cookies: getSetCookies(response.headers),
  };
}

/** The OIDC error in an answer's body, if the body is one. */
export function oidcErrorOf(answer: ProbeAnswer | undefined): OidcError | undefined {
  if (answer?.kind !== 'http') return undefined;
  const parsed = oidcErrorSchema.safeParse(answer.json);
  return parsed.success ? parsed.data : undefined;
}

/** Parses a JSON body with a schema: the data, or a one-line problem. */
export function parseBody<T>(schema: z.ZodType<T>, answer: HttpAnswer): { ok: true; data: T } | { ok: false; problem: string } {
  if (answer.json === undefined) return { ok: false, problem: 'the answer is not JSON' };
  const parsed = schema.safeParse(answer.json);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, problem: describeIssues(parsed.error) };
}

/**
 * The cookies of one interaction with the tenant, as a browser would keep them for it. Paths are ignored:
 * everything is sent back to the same tenant, which only reads the names it knows.
 */
export function createCookieJar() {
  const cookies = new Map<string, string>();
  return {
    store(received: readonly Cookie[]) {
      for (const { name, value, maxAge, expires } of received) {
        const expired = maxAge === 0 || (expires !== undefined && new Date(expires).getTime() <= Date.now());
        if (expired || value === '') cookies.delete(name);
        else cookies.set(name, value);
      }
    },
    header(): string {
      return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    get size() {
      return cookies.size;
    },
  };
}
