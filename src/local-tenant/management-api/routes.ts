import Router from '@koa/router';
import type { JWK } from 'jose';
import type { AuditLog } from '../audit-log/audit-log.ts';
import type { TenantConfig } from '../config/schema.ts';
import { signInExperienceRow } from '../experience/sign-in-experience.ts';
import { RequestError } from '../http/request-error.ts';
import { LOGTO_MANAGEMENT_API } from '../../lib/local-tenant-defaults.ts';
import { managementApiAuth } from './auth.ts';
import { connectorResponse } from './connector-response.ts';
import { logFilterOf } from './log-query.ts';
import { pageOf, setPaginationHeaders } from './pagination.ts';

type ManagementApiDeps = {
  endpoint: string;
  config: TenantConfig;
  auditLog: AuditLog;
  /** The tenant's public signing keys: Management API tokens are its JWTs. */
  publicKeys: JWK[];
};

/**
 * The part of Logto's Management API a diagnosis reads, as Logto answers it: the audit log (`GET
 * /api/logs`, `GET /api/logs/:id`), the sign-in experience and the connectors. Read-only: the fault lab's
 * apps and the tenant's config cannot be changed through it. Its calls write nothing to the audit log.
 */
export function managementApiRouter({ endpoint, config, auditLog, publicKeys }: ManagementApiDeps): Router {
  return new Router({ strict: true, sensitive: true })
    .use(managementApiAuth({ issuer: `${endpoint}/oidc`, audience: LOGTO_MANAGEMENT_API.resource, publicKeys }))
    .get('/api/logs', async (ctx) => {
      const page = pageOf(ctx.query);
      const { total, entries } = await auditLog.find(logFilterOf(ctx.query, auditLog.profile), page);
      setPaginationHeaders(ctx, page, total);
      ctx.body = entries;
    })
    .get('/api/logs/:id', async (ctx) => {
      const id = ctx.params['id'] ?? '';
      const entry = await auditLog.findById(id);
      if (!entry) throw new RequestError('entity.not_exists_with_id', 404, { values: { name: 'logs', id } });
      ctx.body = entry;
    })
    .get('/api/sign-in-exp', (ctx) => {
      ctx.body = signInExperienceRow(config);
    })
    .get('/api/connectors', (ctx) => {
      ctx.body = config.connectors.map((connector) => connectorResponse(connector, endpoint));
    })
    .get('/api/connectors/:id', (ctx) => {
      const connector = config.connectors.find((candidate) => candidate.id === ctx.params['id']);
      if (!connector) throw new RequestError('entity.not_found', 404);
      ctx.body = connectorResponse(connector, endpoint);
    });
}
