import { readFile } from 'node:fs/promises';
import { buildDefaultTenantConfig } from './default-config.ts';
import type { DefaultConfigOrigins } from './default-config.ts';
import { describeConfigIssues, tenantConfigSchema } from './schema.ts';
import type { TenantConfig } from './schema.ts';

/** A config problem worded for the person who started the tenant; never carries a stack trace. */
export class TenantConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantConfigError';
  }
}

export function parseTenantConfig(input: unknown, source: string): TenantConfig {
  const parsed = tenantConfigSchema.safeParse(input);
  if (!parsed.success) {
    const lines = describeConfigIssues(parsed.error).map((line) => `  - ${line}`);
    throw new TenantConfigError(`The tenant config in ${source} is not valid:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The version a file's config asks for, replaced by LOGTO_VERSION's when that is set. */
function withLogtoVersion(json: unknown, version: DefaultConfigOrigins['logtoVersion']): unknown {
  if (version === undefined || typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  return { ...json, logtoVersion: version };
}

/**
 * The config named by TENANT_CONFIG (a JSON file), or the ready-made default one; `origins.logtoVersion`
 * (LOGTO_VERSION) wins over the version a file names.
 */
export async function loadTenantConfig(path: string | undefined, origins: DefaultConfigOrigins): Promise<TenantConfig> {
  if (!path) return buildDefaultTenantConfig(origins);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new TenantConfigError(`Cannot read the tenant config file ${path} (${reason}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TenantConfigError(`The tenant config file ${path} is not valid JSON: ${error instanceof Error ? error.message : 'parse error'}.`);
  }
  return parseTenantConfig(withLogtoVersion(json, origins.logtoVersion), path);
}
