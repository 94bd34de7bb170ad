import type { z } from 'zod';
import { describeIssues, oidcErrorSchema, type OidcError } from './schemas.ts';
import type { PreflightFetch } from './types.ts';

/**
 * What one probe saw: either the request never got an answer (`network`), or a status, the headers
 * that matter and the body (JSON when it parsed as JSON).
 */
export type ProbeAnswer =
  | { kind: 'network'; url: string; error: string; blockedAddress?: boolean }
  | { kind: 'http'; url: string; status: number; location: string | null; json: unknown; setCookies: string[] };

/** A short, secret-free description of why a fetch threw (timeouts, refused connections, address policy). */
export function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
  const cause = (error as Error & { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String((cause as { code: unknown }).code) : '';
  const message = error.message && error.message !== 'fetch failed' ? error.message : '';
  return [message, code].filter(Boolean).join(' ') || error.name;
}

/** The safe fetch's refusal of a non-public address (PUBLIC mode), told apart from a network failure. */
export function isBlockedAddress(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'blocked_address';
}

/** Sends one request without following redirects, and reads the answer without ever throwing. */
export async function probe(fetch: PreflightFetch, url: string, init: RequestInit = {}): Promise<ProbeAnswer> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'manual' });
  } catch (error) {
    return { kind: 'network', url, error: describeFetchError(error), blockedAddress: isBlockedAddress(error) };
  }
  let text = '';
  try {
    text = await response.text();
  } catch (error) {
    return { kind: 'network', url, error: describeFetchError(error) };
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
    json,
    setCookies: response.headers.getSetCookie(),
  };
}

/** The OIDC error in an answer's body, if the body is one. */
export function oidcErrorOf(answer: ProbeAnswer): OidcError | undefined {
  if (answer.kind !== 'http') return undefined;
  const parsed = oidcErrorSchema.safeParse(answer.json);
  return parsed.success ? parsed.data : undefined;
}

/** Parses a JSON body with a schema: the data, or a one-line problem. */
export function parseBody<T>(
  schema: z.ZodType<T>,
  answer: Extract<ProbeAnswer, { kind: 'http' }>,
): { ok: true; data: T } | { ok: false; problem: string } {
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
    store(setCookies: readonly string[]) {
      for (const line of setCookies) {
        const pair = line.split(';', 1)[0] ?? '';
        const eq = pair.indexOf('=');
        if (eq <= 0) continue;
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const expired = /;\s*max-age=0/i.test(line) || /;\s*expires=Thu, 01 Jan 1970/i.test(line);
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
