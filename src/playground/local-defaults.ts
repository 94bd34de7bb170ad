import { LOCAL_TENANT_ENDPOINT } from 'astro:env/server';
import { defaultSettings } from './settings/defaults.ts';
import type { Settings } from './settings/schema.ts';

/** The local tenant's ready-made settings, at the endpoint astro:env `LOCAL_TENANT_ENDPOINT` names. */
export function localDefaults(): Settings {
  return defaultSettings(LOCAL_TENANT_ENDPOINT);
}
