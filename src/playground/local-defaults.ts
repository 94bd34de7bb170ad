/**
 * The sandbox's ready-made settings: the built-in tenant the playground starts with, at astro:env
 * `SANDBOX_ENDPOINT` (src/playground/config.ts), with its demo app. Without a sandbox (PUBLIC mode
 * without SANDBOX_ENDPOINT) there are none: readers bring their own tenant, and no fault lab is offered.
 */
import { auditLogDiagnosis, sandboxEndpoint } from './config.ts';
import { defaultSettings } from '../tenant/settings-defaults.ts';
import type { Settings } from '../tenant/settings.ts';

/** The sandbox's demo app (with its demo Management API credential where the audit-log diagnosis is on), or undefined without a sandbox. */
export function builtInTenant(): Settings | undefined {
  return sandboxEndpoint ? defaultSettings(sandboxEndpoint, { auditLog: auditLogDiagnosis }) : undefined;
}
