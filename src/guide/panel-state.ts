import { isStepId, type StepId } from './steps.ts';
import { isVersionFamily, type VersionFamily } from '../tenant/version-family.ts';

/**
 * What the guide reads from the playground panel's root element. The panel is our own server's HTML,
 * but it arrives late and may be any version, so every value is checked here; anything malformed reads
 * as absent. (No zod on this path: it runs in the browser, where every byte counts.)
 */
export interface PanelState {
  endpoint?: string;
  appId?: string;
  siteOrigin?: string;
  connectorId?: string;
  verifiedSteps: StepId[];
  /** The tenant's Logto version family as the panel knows it; `unknown` when it doesn't (or says nothing valid). */
  tenantVersion: VersionFamily;
  /** The site has no sandbox, so no fault lab (`data-fault-lab="none"`): the steps' "Break it on purpose" lists hide. */
  noFaultLab?: boolean;
}

interface AttributeSource {
  getAttribute(name: string): string | null;
}

function httpOrigin(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function token(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^[\w-]{1,128}$/.test(trimmed) ? trimmed : undefined;
}

export function readPanelState(panel: AttributeSource): PanelState {
  const state: PanelState = {
    verifiedSteps: (panel.getAttribute('data-verified-steps') ?? '').split(/\s+/).filter(isStepId),
    tenantVersion: 'unknown',
  };
  const version = panel.getAttribute('data-tenant-version');
  if (isVersionFamily(version)) state.tenantVersion = version;
  const endpoint = httpOrigin(panel.getAttribute('data-endpoint'));
  const siteOrigin = httpOrigin(panel.getAttribute('data-site-origin'));
  const appId = token(panel.getAttribute('data-app-id'));
  const connectorId = token(panel.getAttribute('data-connector-id'));
  // Assigned one by one: exactOptionalPropertyTypes refuses explicit `undefined`.
  if (endpoint) state.endpoint = endpoint;
  if (siteOrigin) state.siteOrigin = siteOrigin;
  if (appId) state.appId = appId;
  if (connectorId) state.connectorId = connectorId;
  if (panel.getAttribute('data-fault-lab') === 'none') state.noFaultLab = true;
  return state;
}
