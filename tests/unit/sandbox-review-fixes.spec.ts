import { expect, test } from '@playwright/test';
import { isCountedPath } from '../../src/local-tenant/http/rate-limit.ts';
import { withoutPublishedManagementAccess } from '../../src/local-tenant/config/public-sandbox-config.ts';
import { buildDefaultTenantConfig } from '../../src/local-tenant/config/default-config.ts';
import { LOCAL_MANAGEMENT_API_APP } from '../../src/lib/local-tenant-defaults.ts';
import { evidenceOf } from '../../src/preflight/audit-log/name-cause.ts';
import { auditLogFindingSchema } from '../../src/preflight/audit-log/finding.ts';

/** Findings of a security review of the public sandbox and the audit-log reader, each with the case that showed it. */

test('the sandbox counts the token and authorization endpoints however oidc-provider folds their path', () => {
  for (const path of ['/oidc/token', '/oidc/TOKEN', '/oidc/token/', '/oidc/Token/', '/oidc/auth', '/oidc/AUTH', '/oidc/auth/']) {
    expect(isCountedPath(path), path).toBe(true);
  }
  for (const path of ['/oidc/jwks', '/oidc/me', '/oidc/tokens', '/sign-in']) expect(isCountedPath(path), path).toBe(false);
});

test('a public sandbox gives no Management API access to the M2M app whose secret is published', () => {
  const config = buildDefaultTenantConfig({ siteOrigin: 'https://guide.example', tenantEndpoint: 'https://sandbox.example' });
  const demo = (apps: typeof config.apps) => apps.find((app) => app.id === LOCAL_MANAGEMENT_API_APP.id);
  expect(demo(config.apps)?.managementApiAccess).toBe(true);
  expect(demo(withoutPublishedManagementAccess(config).apps)?.managementApiAccess).toBe(false);
  // An operator's own M2M app, with its own secret, keeps its access.
  const own = { ...demo(config.apps)!, id: 'operatorsownapp000001', secret: 'an operator secret that is not published' };
  const withOwn = { ...config, apps: [...config.apps, own] };
  expect(withoutPublishedManagementAccess(withOwn).apps.find((app) => app.id === own.id)?.managementApiAccess).toBe(true);
});

test('evidence kept in the attempt cookie always fits its schema, however long the logged error', () => {
  const missing = Array.from({ length: 8 }, (_, index) => `field_${index}_${'x'.repeat(56)}`);
  const evidence = evidenceOf({ kind: 'token-answer', missing }, undefined);
  expect(evidence.length).toBeLessThanOrEqual(96);
  expect(evidence.startsWith('token answer without field_0_')).toBe(true);
  const finding = { kind: 'cause', cause: 'naver_client_secret_wrong', logKey: 'Interaction.SignIn.Verification.Social.Submit', evidence, at: 0 };
  expect(auditLogFindingSchema.safeParse(finding).success).toBe(true);
  expect(evidenceOf({ kind: 'connector-code', code: 'weird/code"with<chars>' }, undefined)).toMatch(/^[\w .:-]+$/);
});
