import { LOCAL_TENANT_ENDPOINT } from 'astro:env/server';
import { defaultSettings } from '../tenant/settings-defaults.ts';
import type { Settings } from '../tenant/settings.ts';

/** The local tenant's ready-made settings, at the endpoint astro:env `LOCAL_TENANT_ENDPOINT` names. */
export function localDefaults(): Settings {
  return defaultSettings(LOCAL_TENANT_ENDPOINT);
}
