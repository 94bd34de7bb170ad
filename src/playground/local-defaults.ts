import { LOCAL_TENANT_ENDPOINT } from 'astro:env/server';
import { auditLogDiagnosis } from './config.ts';
import { defaultSettings } from '../tenant/settings-defaults.ts';
import type { Settings } from '../tenant/settings.ts';

/** The local tenant's ready-made settings, at the endpoint astro:env `LOCAL_TENANT_ENDPOINT` names (with its demo Management API credential where the audit-log diagnosis is on). */
export function localDefaults(): Settings {
  return defaultSettings(LOCAL_TENANT_ENDPOINT, { auditLog: auditLogDiagnosis });
}
