/**
 * The one-line summary of the reader's settings the panel shows at the top of "Your tenant", in place of
 * the form (which an Edit disclosure reveals): the endpoint, the App ID, which app it is when the panel
 * can tell (the built-in tenant's demo app, or a Break it on purpose scenario), and the tenant's Logto
 * version family once something showed it. Nothing saved and no sign-in yet: no summary, the form itself.
 */
import { LOCAL_DEMO_APP } from '../lib/local-tenant-defaults.ts';
import type { FaultScenarioId } from '../lib/fault-lab.ts';
import type { KnownVersionFamily, VersionVerdict } from '../tenant/version-family.ts';

export type SummaryApp = { kind: 'demo' } | { kind: 'scenario'; scenario: FaultScenarioId };

export interface TenantSummary {
  endpoint: string;
  appId: string;
  /** Which app the App ID is, on the built-in tenant; none for a tenant of the reader's own. */
  app?: SummaryApp | undefined;
  /** The tenant's Logto version family, when known. */
  versionFamily?: KnownVersionFamily | undefined;
}

export function tenantSummary(input: {
  /**
   * The reader is past the form: they saved settings (their cookie holds them) or signed in with the ones
   * in use. The local defaults alone, untried, are not a summary.
   */
  inUse: boolean;
  endpoint: string;
  appId: string;
  /** The endpoint is the built-in tenant. */
  onLocalTenant: boolean;
  /** The fault-lab scenario whose App ID this is, on the built-in tenant. */
  scenario?: FaultScenarioId | undefined;
  tenantVersion: VersionVerdict;
}): TenantSummary | undefined {
  if (!input.inUse) return undefined;
  const app: SummaryApp | undefined = !input.onLocalTenant
    ? undefined
    : input.scenario
      ? { kind: 'scenario', scenario: input.scenario }
      : input.appId === LOCAL_DEMO_APP.id
        ? { kind: 'demo' }
        : undefined;
  const family = input.tenantVersion.family;
  return { endpoint: input.endpoint, appId: input.appId, app, versionFamily: family === 'unknown' ? undefined : family };
}
