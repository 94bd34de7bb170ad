/**
 * Reading a tenant's audit log through Logto's Management API, for a diagnosis with the reader's
 * Management API credential (an M2M app with the Management API role): a client-credentials token for
 * the Management API resource, then `GET /api/logs` page by page. Every request goes through the fetch
 * it is given (the site's and the CLI's safe fetch: time-outs, size limits, address policy), and every
 * answer through zod.
 *
 * What the log holds is dangerous to keep: entries carry the authorization code and PKCE verifier in
 * clear (`params` of ExchangeTokenBy), Naver's whole profile (`interaction…socialUserInfo.rawData`), and
 * raw connector errors that quote Naver's answers (../shared/reference/real-logto-faults.md). So each
 * entry is reduced here, right after parsing, to the few facts a diagnosis reads (`AuditLogFacts`): its
 * key, time, result, app, address and user agent for grouping, and what kind of error it logged. The
 * raw entry, its message and its callback data never leave this module.
 */
import { LOGTO_MANAGEMENT_API } from '../lib/local-tenant-defaults.ts';
import { z } from 'zod';
import { clientSecretBasic } from './basic-auth.ts';
import { describeFetchError, noAnswerKind, type NoAnswerKind, type TenantFetch } from './http.ts';
import { describeIssues } from './schemas.ts';

/** An M2M app with access to the Management API: its App ID and secret (the secret never leaves the token request). */
export interface ManagementApiCredential {
  appId: string;
  appSecret: string;
}

/** What a log entry's error was, by its form (the raw message is not kept). */
export type LoggedError =
  /** got's `HTTPError: Response code 401 (Unauthorized)`: Naver answered the token call with that status. */
  | { kind: 'http'; status: number }
  /** got's `RequestError: connect ECONNREFUSED …` (and its other network errors): Naver could not be reached. */
  | { kind: 'network'; code: string }
  /** got's `TimeoutError: …`. */
  | { kind: 'timeout' }
  /** The connector's zod guard refused Naver's token answer: the fields it missed (`access_token`, …). */
  | { kind: 'token-answer'; missing: string[] }
  /** `ConnectorError: "<quoted body>"`: the connector quoted what Naver sent (a profile API error, or the callback's error). */
  | { kind: 'connector-quoted' }
  /** `ConnectorError: <code>` with a bare word, such as `social_invalid_access_token`. */
  | { kind: 'connector-code'; code: string }
  /** Logto's own RequestError: its code (`user.identity_not_exist`, `entity.not_found`). */
  | { kind: 'logto'; code: string }
  | { kind: 'other' };

/** One audit log entry, reduced to what a diagnosis needs. Nothing here is a secret or a profile value. */
export interface AuditLogFacts {
  key: string;
  /** Unix ms, the tenant's clock. */
  createdAt: number;
  result: 'Success' | 'Error' | 'other';
  applicationId?: string | undefined;
  ip?: string | undefined;
  userAgent?: string | undefined;
  /** `Interaction.Create` of an authorization request with `direct_sign_in` (how the playground starts one). */
  directSignIn: boolean;
  error?: LoggedError | undefined;
  /** Naver's callback query as the connector received it: only its `error` (a short code) and whether it had a code. */
  connectorData?: { error?: string | undefined; hasCode: boolean } | undefined;
}

export type ManagementApiFailure =
  | { kind: 'unreachable'; failure: NoAnswerKind; error: string }
  /** The token endpoint refused the credential (`invalid_client`, or a resource or scope it may not have). */
  | { kind: 'credential_refused'; status: number; error?: string | undefined }
  /** The token was refused by the API (401) or lacks the role (403). */
  | { kind: 'no_access'; status: number }
  | { kind: 'status'; where: 'token' | 'logs'; status: number }
  | { kind: 'bad_answer'; where: 'token' | 'logs'; problem: string };

export type ManagementApiResult<T> = { ok: true; value: T } | { ok: false; failure: ManagementApiFailure };

const tokenAnswerSchema = z.object({ access_token: z.string().min(1).max(8192), token_type: z.string().max(32).optional() });
const tokenErrorSchema = z.object({ error: z.string().max(128) });

/** `default` on Logto OSS; Logto Cloud names its Management API after the tenant (`https://<tenant id>.logto.app/api`). */
export function managementApiResources(endpoint: string): string[] {
  const cloudTenant = /^([a-z0-9]+)\.logto\.app$/.exec(new URL(endpoint).hostname)?.[1];
  const cloud = cloudTenant && cloudTenant !== 'default' ? [`https://${cloudTenant}.logto.app/api`] : [];
  return [...cloud, LOGTO_MANAGEMENT_API.resource];
}

async function send(fetch: TenantFetch, url: string, init: RequestInit): Promise<{ ok: true; response: Response; json: unknown } | { ok: false; failure: ManagementApiFailure }> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { ...init, redirect: 'manual', cache: 'no-store' });
    text = await response.text();
  } catch (error) {
    return { ok: false, failure: { kind: 'unreachable', failure: noAnswerKind(error), error: describeFetchError(error) } };
  }
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { ok: true, response, json };
}

/** A Management API access token for the credential (client credentials, Basic auth, scope `all`). */
export async function requestManagementApiToken(fetch: TenantFetch, endpoint: string, credential: ManagementApiCredential): Promise<ManagementApiResult<string>> {
  let refused: ManagementApiFailure | undefined;
  for (const resource of managementApiResources(endpoint)) {
    const sent = await send(fetch, `${endpoint}/oidc/token`, {
      method: 'POST',
      headers: { authorization: clientSecretBasic(credential.appId, credential.appSecret), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource, scope: LOGTO_MANAGEMENT_API.scope }).toString(),
    });
    if (!sent.ok) return sent;
    const { response, json } = sent;
    if (response.status === 200) {
      const parsed = tokenAnswerSchema.safeParse(json);
      if (!parsed.success) return { ok: false, failure: { kind: 'bad_answer', where: 'token', problem: describeIssues(parsed.error) } };
      return { ok: true, value: parsed.data.access_token };
    }
    const error = tokenErrorSchema.safeParse(json);
    if (response.status >= 500 || !error.success) return { ok: false, failure: { kind: 'status', where: 'token', status: response.status } };
    refused = { kind: 'credential_refused', status: response.status, error: error.data.error };
    // Another resource name is worth a try only when this one was the problem.
    if (error.data.error !== 'invalid_target') break;
  }
  return { ok: false, failure: refused ?? { kind: 'status', where: 'token', status: 0 } };
}

// ——— Entries ———

const shortText = (max: number) => z.string().max(max);

/**
 * The fields of an entry that are read, and only those: zod drops every other key (the interaction,
 * the profile, the request's `params` but `direct_sign_in`) while parsing. A field of an unexpected
 * shape is read as absent rather than refusing the entry.
 */
const rawEntrySchema = z.object({
  key: shortText(256),
  createdAt: z.number(),
  payload: z.object({
    result: z.string().max(32).optional().catch(undefined),
    applicationId: shortText(256).optional().catch(undefined),
    ip: shortText(128).optional().catch(undefined),
    userAgent: shortText(1024).optional().catch(undefined),
    params: z.object({ direct_sign_in: z.string().max(256).optional().catch(undefined) }).optional().catch(undefined),
    error: z
      .union([z.string(), z.object({ message: z.string().optional().catch(undefined), code: z.string().max(128).optional().catch(undefined) })])
      .optional()
      .catch(undefined),
    payload: z
      .object({
        connectorData: z
          .object({ error: z.string().max(256).optional().catch(undefined), code: z.unknown().optional() })
          .optional()
          .catch(undefined),
      })
      .optional()
      .catch(undefined),
  }),
});

const LOGTO_CODE = /^[a-z_]+(\.[a-z_]+)+$/;
const WORD = /^[a-z][a-z0-9_]{0,63}$/;

/** What an error's message says, by its form: the status, the network code, the missing fields; never the message itself. */
export function loggedErrorOf(error: string | { message?: string | undefined; code?: string | undefined } | undefined): LoggedError | undefined {
  if (error === undefined) return undefined;
  // ExchangeTokenBy.* log the oidc-provider error as a JSON string; nothing a diagnosis of the browser reads.
  if (typeof error === 'string') return { kind: 'other' };
  if (error.code !== undefined) return LOGTO_CODE.test(error.code) ? { kind: 'logto', code: error.code } : { kind: 'other' };
  const message = error.message ?? '';
  const http = /^HTTPError: Response code (\d{3})\b/.exec(message);
  if (http) return { kind: 'http', status: Number(http[1]) };
  const network = /^RequestError: \S+ ([A-Z][A-Z_]{2,31})\b/.exec(message);
  if (network) return { kind: 'network', code: network[1]! };
  if (/^RequestError\b/.test(message)) return { kind: 'network', code: 'network' };
  if (/^TimeoutError\b/.test(message)) return { kind: 'timeout' };
  const connector = /^(?:Error: )?ConnectorError: ([\s\S]*)$/.exec(message);
  if (connector) {
    const rest = connector[1]!;
    if (rest.startsWith('"')) return { kind: 'connector-quoted' };
    if (rest.startsWith('{')) {
      // zod 3's error as the connector stringified it: `{"issues":[{…,"path":["access_token"],…}],"name":"ZodError"}`.
      // Read by pattern, not JSON.parse: a message cut short still names its fields.
      if (!/"name":"ZodError"/.test(rest)) return { kind: 'other' };
      const missing = [...rest.matchAll(/"path":\["([^"\\]{1,64})"/g)].map((match) => match[1]!).filter((field) => WORD.test(field));
      return { kind: 'token-answer', missing: [...new Set(missing)].slice(0, 8) };
    }
    return WORD.test(rest) ? { kind: 'connector-code', code: rest } : { kind: 'other' };
  }
  return { kind: 'other' };
}

/** An entry as the API answered it → its facts, or undefined when it is not an entry at all. */
export function auditLogFactsOf(raw: unknown): AuditLogFacts | undefined {
  const parsed = rawEntrySchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { key, createdAt, payload } = parsed.data;
  const data = payload.payload?.connectorData;
  const callbackError = data?.error;
  return {
    key,
    createdAt,
    result: payload.result === 'Success' || payload.result === 'Error' ? payload.result : 'other',
    applicationId: payload.applicationId,
    ip: payload.ip,
    userAgent: payload.userAgent,
    directSignIn: key === 'Interaction.Create' && typeof payload.params?.direct_sign_in === 'string',
    error: loggedErrorOf(payload.error),
    connectorData: data
      ? { error: callbackError === undefined ? undefined : WORD.test(callbackError) ? callbackError : 'error', hasCode: data.code !== undefined }
      : undefined,
  };
}

/** Whether a `Link` header has a `rel="next"` page (Logto's Link lacks the `/api` of its path, so only the relation is read). */
export function hasNextPage(link: string | null): boolean {
  if (!link) return false;
  return link.split(/,(?=\s*<)/).some((part) => /;\s*rel="?next"?/.test(part));
}

export interface AuditLogQuery {
  applicationId: string;
  /** Unix ms on the tenant's clock: entries before it are not wanted. 1.40+ filters by it; 1.37 ignores it, so it is filtered here too. */
  startTime: number;
  endTime: number;
  /** Pages of `pageSize` read at most (the newest first). */
  maxPages?: number;
  pageSize?: number;
}

export interface AuditLogRead {
  /** The entries of the window, oldest first (the API lists them newest first). */
  entries: AuditLogFacts[];
  /** The tenant's clock minus ours, from the first answer's `Date` (whole seconds), when it sent one. */
  clockOffsetMs?: number | undefined;
  /** The pages ran out before the window's start did. */
  truncated: boolean;
}

/**
 * The app's entries in the window, read newest first with `page_size` pages until an entry is older
 * than `startTime` or there is no next page. Sends `start_time`/`end_time` (1.40+ honours them) and
 * filters on `createdAt` whatever the tenant did with them.
 */
export async function readAuditLog(
  fetch: TenantFetch,
  endpoint: string,
  token: string,
  query: AuditLogQuery,
  now: () => number = Date.now,
): Promise<ManagementApiResult<AuditLogRead>> {
  const { applicationId, startTime, endTime, maxPages = 10, pageSize = 50 } = query;
  const entries: AuditLogFacts[] = [];
  let clockOffsetMs: number | undefined;
  for (let page = 1; page <= maxPages; page += 1) {
    const search = new URLSearchParams({
      applicationId,
      page: String(page),
      page_size: String(pageSize),
      start_time: String(Math.max(0, Math.floor(startTime))),
      end_time: String(Math.max(0, Math.ceil(endTime))),
    });
    const sent = await send(fetch, `${endpoint}/api/logs?${search.toString()}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
    if (!sent.ok) return sent;
    const { response, json } = sent;
    if (response.status === 401 || response.status === 403) return { ok: false, failure: { kind: 'no_access', status: response.status } };
    if (response.status !== 200) return { ok: false, failure: { kind: 'status', where: 'logs', status: response.status } };
    const list = z.array(z.unknown()).max(pageSize).safeParse(json);
    if (!list.success) return { ok: false, failure: { kind: 'bad_answer', where: 'logs', problem: describeIssues(list.error) } };
    if (clockOffsetMs === undefined) {
      const date = Date.parse(response.headers.get('date') ?? '');
      if (Number.isFinite(date)) clockOffsetMs = date - now();
    }
    const facts = list.data.map(auditLogFactsOf).filter((entry): entry is AuditLogFacts => entry !== undefined);
    entries.push(...facts.filter((entry) => entry.applicationId === applicationId && entry.createdAt >= startTime && entry.createdAt <= endTime));
    const oldest = Math.min(...facts.map((entry) => entry.createdAt));
    if (!hasNextPage(response.headers.get('link')) || list.data.length < pageSize || oldest < startTime) {
      return { ok: true, value: { entries: entries.reverse(), clockOffsetMs, truncated: false } };
    }
  }
  return { ok: true, value: { entries: entries.reverse(), clockOffsetMs, truncated: true } };
}
