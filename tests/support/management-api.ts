/**
 * Reading a local tenant through its Management API, as a diagnosis with a Management API credential
 * does: a client-credentials token for Logto's Management API resource, then `GET /api/logs`.
 */
import { LOCAL_MANAGEMENT_API_APP, LOGTO_MANAGEMENT_API } from '../../src/lib/local-tenant-defaults.ts';
import type { AuditLogEntry } from '../../src/local-tenant/audit-log/log-entry.ts';

type M2mApp = { id: string; secret: string };

export function basicAuth(clientId: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}

/** The token endpoint's answer for `resource=https://default.logto.app/api&scope=all`. */
export async function requestManagementApiToken(endpoint: string, app: M2mApp = LOCAL_MANAGEMENT_API_APP): Promise<Response> {
  return fetch(`${endpoint}/oidc/token`, {
    method: 'POST',
    headers: { authorization: basicAuth(app.id, app.secret) },
    body: new URLSearchParams({ grant_type: 'client_credentials', resource: LOGTO_MANAGEMENT_API.resource, scope: LOGTO_MANAGEMENT_API.scope }),
  });
}

export async function managementApiToken(endpoint: string, app: M2mApp = LOCAL_MANAGEMENT_API_APP): Promise<string> {
  const response = await requestManagementApiToken(endpoint, app);
  const body = (await response.json()) as { access_token?: string };
  if (response.status !== 200 || !body.access_token) throw new Error(`no Management API token: ${response.status}`);
  return body.access_token;
}

export function managementApiGet(endpoint: string, path: string, token: string): Promise<Response> {
  return fetch(`${endpoint}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

/**
 * Every entry `GET /api/logs` lists for `query`, oldest first (paging back with page_size=100, as a
 * diagnosis of a 1.37 tenant must).
 */
export async function auditLogEntries(endpoint: string, query: Record<string, string> = {}): Promise<AuditLogEntry[]> {
  const token = await managementApiToken(endpoint);
  const entries: AuditLogEntry[] = [];
  for (let page = 1; ; page += 1) {
    const search = new URLSearchParams({ ...query, page_size: '100', page: String(page) });
    const response = await managementApiGet(endpoint, `/api/logs?${search.toString()}`, token);
    if (response.status !== 200) throw new Error(`GET /api/logs answered ${response.status}`);
    const batch = (await response.json()) as AuditLogEntry[];
    entries.push(...batch);
    if (batch.length < 100) return entries.reverse();
  }
}
