/**
 * The reader's playground settings: what the form accepts, and how it is checked.
 *
 * Error and warning messages are this module's own keys (`settingsMessageKeys`, `SettingsWarningKey`);
 * the playground's strings (src/playground/strings.ts) carry a text for each, so the schema stays
 * language-free and the page shows them in the reader's language.
 */
import { z } from 'zod';
import { isLoopbackHost } from '../lib/loopback-host.ts';

export const interactionModes = ['signIn', 'signUp'] as const;

/** Scopes offered as checkboxes, beyond the reserved `openid offline_access profile` the SDK always adds. */
export const optionalScopes = ['email', 'identities', 'phone', 'custom_data', 'roles'] as const;
type OptionalScope = (typeof optionalScopes)[number];
export const defaultScopes: readonly OptionalScope[] = ['email', 'identities'];

/** Logto's id formats: app ids are 21 chars [0-9a-z], app secrets 32 chars [0-9A-Za-z]. */
export const LOGTO_APP_ID_FORMAT = /^[0-9a-z]{21}$/;
export const LOGTO_APP_SECRET_FORMAT = /^[0-9A-Za-z]{32}$/;

/** Why a settings field was refused: the messages the schemas below give. */
export const settingsMessageKeys = [
  'endpointRequired',
  'endpointInvalid',
  'endpointNotOrigin',
  'endpointNeedsHttps',
  'appIdRequired',
  'appIdInvalid',
  'appSecretRequired',
  'appSecretInvalid',
  'appSecretNeededForNewApp',
  'targetRequired',
  'targetInvalid',
  'interactionModeInvalid',
  'scopesInvalid',
  'naverClientIdInvalid',
  'm2mAppIdInvalid',
  'm2mAppSecretRequired',
  'm2mAppSecretInvalid',
] as const;
export type SettingsMessageKey = (typeof settingsMessageKeys)[number];

function isSettingsMessageKey(value: string): value is SettingsMessageKey {
  return (settingsMessageKeys as readonly string[]).includes(value);
}

export type SettingsWarningKey = 'appIdFormat' | 'appSecretFormat' | 'naverClientIdFormat';

/**
 * What Logto Console shows next to the endpoint, which readers copy instead of it: the issuer
 * (`{endpoint}/oidc`) and the discovery URL. Either names exactly one endpoint, so it is understood.
 */
const pastedEndpointForms = {
  '/oidc': 'issuer',
  '/oidc/.well-known/openid-configuration': 'discovery',
} as const;
export type PastedEndpointForm = (typeof pastedEndpointForms)[keyof typeof pastedEndpointForms];

/** `issuer` or `discovery` when the value is one of those URLs rather than the endpoint itself. */
export function pastedEndpointForm(value: string): PastedEndpointForm | undefined {
  if (!URL.canParse(value.trim())) return undefined;
  const path = new URL(value.trim()).pathname.replace(/\/+$/, '');
  return Object.hasOwn(pastedEndpointForms, path) ? pastedEndpointForms[path as keyof typeof pastedEndpointForms] : undefined;
}

/**
 * An origin (no path, query or fragment), https unless it is the reader's own machine or the site's
 * operator configured it (`operatorOrigin`: the sandbox's SANDBOX_ENDPOINT, which may be http because
 * the operator says so; nothing a reader types gets that). A Logto endpoint may also be given as its
 * issuer or discovery URL (`acceptLogtoUrls`): the origin is what is kept.
 */
function originSchema({ acceptLogtoUrls, operatorOrigin }: { acceptLogtoUrls: boolean; operatorOrigin?: string | undefined }) {
  return z
  .string()
  .trim()
  .min(1, 'endpointRequired')
  .max(2048, 'endpointInvalid')
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'endpointInvalid' });
      return z.NEVER;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      ctx.addIssue({ code: 'custom', message: 'endpointInvalid' });
      return z.NEVER;
    }
    const logtoUrl = acceptLogtoUrls && pastedEndpointForm(value) !== undefined;
    if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '' && !logtoUrl) || url.search || url.hash) {
      ctx.addIssue({ code: 'custom', message: 'endpointNotOrigin' });
      return z.NEVER;
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname) && url.origin !== operatorOrigin) {
      ctx.addIssue({ code: 'custom', message: 'endpointNeedsHttps' });
      return z.NEVER;
    }
    return url.origin;
  });
}

/** A Logto endpoint: its origin, or its issuer or discovery URL (the origin is kept). */
export const endpointSchema = originSchema({ acceptLogtoUrls: true });

/** The endpoint a playground reader may save: endpointSchema, and the site's own sandbox even over http. */
export function playgroundEndpointSchema(sandboxEndpoint: string | undefined) {
  return sandboxEndpoint ? originSchema({ acceptLogtoUrls: true, operatorOrigin: sandboxEndpoint }) : endpointSchema;
}
/** Where this site runs, as readers register it: an origin only. */
export const siteOriginSchema = originSchema({ acceptLogtoUrls: false });

export const appIdSchema = z
  .string()
  .trim()
  .min(1, 'appIdRequired')
  .max(128, 'appIdInvalid')
  .regex(/^[\w-]+$/, 'appIdInvalid');

export const appSecretSchema = z.string().trim().min(1, 'appSecretRequired').max(256, 'appSecretInvalid');

/** The direct sign-in target is a connector target such as `naver`. */
export const targetSchema = z
  .string()
  .trim()
  .min(1, 'targetRequired')
  .max(64, 'targetInvalid')
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'targetInvalid');

/**
 * The Client ID of the reader's Naver app, as Naver Developers shows it (내 애플리케이션 › 애플리케이션 정보),
 * to compare with the `client_id` Logto sends to Naver. Not a secret: it is in every authorize URL.
 * Naver's are 20 letters and digits; the field also takes `_` and `-` (test connectors use ids like
 * `dummy-naver-client-id`), never spaces, a URL or a `key=value` pair pasted whole. Blank means none.
 */
export const naverClientIdSchema = z
  .string()
  .trim()
  .max(64, 'naverClientIdInvalid')
  .regex(/^[A-Za-z0-9_-]*$/, 'naverClientIdInvalid')
  .transform((value) => value || undefined);

/** What Naver Developers issues: 20 letters and digits (a 10-character value is usually the Client Secret). */
export const NAVER_CLIENT_ID_FORMAT = /^[A-Za-z0-9]{20}$/;

/**
 * The optional Management API credential: an M2M app with Logto's Management API role, whose token
 * reads the tenant's audit log for a diagnosis. The secret is a secret like the App secret: kept in the
 * encrypted cookie, sent only to this tenant's token endpoint, never rendered back or logged.
 */
export const managementApiCredentialSchema = z.object({
  appId: z.string().trim().min(1, 'm2mAppIdInvalid').max(128, 'm2mAppIdInvalid').regex(/^[\w-]+$/, 'm2mAppIdInvalid'),
  appSecret: z.string().trim().min(1, 'm2mAppSecretRequired').max(256, 'm2mAppSecretInvalid'),
});
export type ManagementApiSettings = z.infer<typeof managementApiCredentialSchema>;

/** Settings as stored in the reader's encrypted cookie; `sandboxEndpoint`: the site's sandbox (see playgroundEndpointSchema). */
export function settingsSchemaFor(sandboxEndpoint: string | undefined) {
  return settingsSchema.extend({ endpoint: playgroundEndpointSchema(sandboxEndpoint) });
}

/** Settings as stored in the reader's encrypted cookie. */
export const settingsSchema = z.object({
  endpoint: endpointSchema,
  appId: appIdSchema,
  appSecret: appSecretSchema,
  directSignInTarget: targetSchema,
  interactionMode: z.enum(interactionModes),
  scopes: z.array(z.enum(optionalScopes)).max(optionalScopes.length),
  /** Learned from the tenant's sign-in experience when the settings were saved. */
  connectorId: z.string().max(64).optional(),
  /** The reader's Naver Client ID, when they gave one (optional, like the CLI's --naver-client-id). */
  naverClientId: naverClientIdSchema.optional(),
  /** The Management API credential, when the reader gave one (and the site offers the audit-log diagnosis). */
  managementApi: managementApiCredentialSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export type SettingsField =
  | 'endpoint'
  | 'appId'
  | 'appSecret'
  | 'directSignInTarget'
  | 'interactionMode'
  | 'scopes'
  | 'naverClientId'
  | 'm2mAppId'
  | 'm2mAppSecret';

/**
 * How much of each typed value is echoed back into the form after an error: the echo travels in a
 * short-lived cookie (src/playground/state/reader-state.ts), which must stay small and parse again.
 */
export const FORM_ECHO_LIMITS = {
  endpoint: 2048,
  appId: 256,
  directSignInTarget: 128,
  interactionMode: 32,
  scope: 64,
  scopes: 20,
  naverClientId: 128,
  m2mAppId: 256,
} as const;

/** What the form posted, as strings (never the secret: it isn't sent back to the page). */
export interface SettingsFormValues {
  endpoint: string;
  appId: string;
  directSignInTarget: string;
  interactionMode: string;
  scopes: string[];
  /** The Naver Client ID block (blank when none is saved). */
  naverClientId: string;
  /** The Management API credential's App ID (blank when none is saved); its secret is never sent back. */
  m2mAppId: string;
}

/** Saved settings as the form shows them (no secret: the form only ever shows it masked). */
export function formValuesOf(settings: Settings): SettingsFormValues {
  return {
    endpoint: settings.endpoint,
    appId: settings.appId,
    directSignInTarget: settings.directSignInTarget,
    interactionMode: settings.interactionMode,
    scopes: [...settings.scopes],
    naverClientId: settings.naverClientId ?? '',
    m2mAppId: settings.managementApi?.appId ?? '',
  };
}

export type SettingsParseResult =
  /** `endpointGivenAs`: the endpoint was typed as the tenant's issuer or discovery URL; its origin is kept. */
  | { ok: true; settings: Settings; endpointGivenAs?: PastedEndpointForm | undefined }
  | { ok: false; errors: Partial<Record<SettingsField, SettingsMessageKey>>; values: SettingsFormValues };

const fieldFallbackKeys: Record<SettingsField, SettingsMessageKey> = {
  endpoint: 'endpointInvalid',
  appId: 'appIdInvalid',
  appSecret: 'appSecretInvalid',
  directSignInTarget: 'targetInvalid',
  interactionMode: 'interactionModeInvalid',
  scopes: 'scopesInvalid',
  naverClientId: 'naverClientIdInvalid',
  m2mAppId: 'm2mAppIdInvalid',
  m2mAppSecret: 'm2mAppSecretInvalid',
};

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** A valid endpoint other than the saved one (an invalid one already has its own message). */
function endpointChanged(endpoint: z.ZodType<string, string>, typed: string, saved: string): boolean {
  const parsed = endpoint.safeParse(typed);
  return parsed.success && parsed.data !== saved;
}

/**
 * Parses the settings form. An empty secret field keeps the current secret, but only while the endpoint
 * and App ID stay the same: a secret belongs to one app, and is only ever sent to its own tenant. No
 * `current` (a site without a sandbox, nothing saved yet): every field is the reader's to give.
 * `sandboxEndpoint`: the site's sandbox, accepted over http too (playgroundEndpointSchema).
 */
export function parseSettingsForm(form: FormData, current: Settings | undefined, { sandboxEndpoint }: { sandboxEndpoint?: string | undefined } = {}): SettingsParseResult {
  const endpoint = playgroundEndpointSchema(sandboxEndpoint);
  const posted = {
    endpoint: text(form, 'endpoint'),
    appId: text(form, 'appId'),
    directSignInTarget: text(form, 'directSignInTarget'),
    interactionMode: text(form, 'interactionMode'),
    scopes: form.getAll('scopes').filter((v): v is string => typeof v === 'string'),
    naverClientId: text(form, 'naverClientId'),
    m2mAppId: text(form, 'm2mAppId'),
  };
  const typedSecret = text(form, 'appSecret').trim();
  const sameApp = current !== undefined && posted.appId.trim() === current.appId && !endpointChanged(endpoint, posted.endpoint, current.endpoint);
  const errors: Partial<Record<SettingsField, SettingsMessageKey>> = {};
  if (!typedSecret && !sameApp) errors.appSecret = 'appSecretNeededForNewApp';

  const managementApi = managementApiOf(posted.m2mAppId, text(form, 'm2mAppSecret'), current?.managementApi, current !== undefined && sameTenant(endpoint, posted.endpoint, current));
  if (managementApi.error) errors.m2mAppSecret = managementApi.error;

  const { m2mAppId: _m2mAppId, ...fields } = posted;
  const parsed = settingsSchemaFor(sandboxEndpoint).safeParse({
    ...fields,
    appSecret: typedSecret || (current?.appSecret ?? ''),
    scopes: [...new Set(posted.scopes)],
    ...(managementApi.value ? { managementApi: managementApi.value } : {}),
  });
  const values: SettingsFormValues = {
    endpoint: posted.endpoint.slice(0, FORM_ECHO_LIMITS.endpoint),
    appId: posted.appId.slice(0, FORM_ECHO_LIMITS.appId),
    directSignInTarget: posted.directSignInTarget.slice(0, FORM_ECHO_LIMITS.directSignInTarget),
    interactionMode: posted.interactionMode.slice(0, FORM_ECHO_LIMITS.interactionMode),
    scopes: posted.scopes.slice(0, FORM_ECHO_LIMITS.scopes).map((scope) => scope.slice(0, FORM_ECHO_LIMITS.scope)),
    naverClientId: posted.naverClientId.slice(0, FORM_ECHO_LIMITS.naverClientId),
    m2mAppId: posted.m2mAppId.slice(0, FORM_ECHO_LIMITS.m2mAppId),
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (issue.path[0] === 'managementApi' ? (issue.path[1] === 'appId' ? 'm2mAppId' : 'm2mAppSecret') : issue.path[0]) as SettingsField;
      if (errors[field]) continue;
      errors[field] = isSettingsMessageKey(issue.message) ? issue.message : fieldFallbackKeys[field];
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors, values };
  const endpointGivenAs = pastedEndpointForm(posted.endpoint);
  return endpointGivenAs ? { ok: true, settings: parsed.data, endpointGivenAs } : { ok: true, settings: parsed.data };
}

/** The same tenant as the saved settings (a credential is only ever sent to the tenant it was given for). */
function sameTenant(endpoint: z.ZodType<string, string>, typedEndpoint: string, current: Settings): boolean {
  const parsed = endpoint.safeParse(typedEndpoint);
  return parsed.success && parsed.data === current.endpoint;
}

/**
 * The credential block: blank App ID means none. An empty secret keeps the saved one while the tenant
 * and the M2M App ID stay the same. On another tenant the saved credential (its App ID left as it was
 * in the field) is dropped, since its secret is only ever sent to its own tenant; a newly typed M2M App
 * ID needs its secret.
 */
function managementApiOf(
  typedAppId: string,
  typedSecret: string,
  saved: ManagementApiSettings | undefined,
  onSavedTenant: boolean,
): { value?: { appId: string; appSecret: string }; error?: SettingsMessageKey } {
  const appId = typedAppId.trim();
  const secret = typedSecret.trim();
  if (!appId) return {};
  if (secret) return { value: { appId, appSecret: secret } };
  if (saved && saved.appId === appId) return onSavedTenant ? { value: saved } : {};
  return { value: { appId, appSecret: '' }, error: 'm2mAppSecretRequired' };
}

/** Format warnings: a value that doesn't look like Logto's is probably pasted from the wrong field. */
export function settingsWarnings(settings: Pick<Settings, 'appId' | 'appSecret' | 'naverClientId'>): SettingsWarningKey[] {
  const warnings: SettingsWarningKey[] = [];
  if (!LOGTO_APP_ID_FORMAT.test(settings.appId)) warnings.push('appIdFormat');
  if (!LOGTO_APP_SECRET_FORMAT.test(settings.appSecret)) warnings.push('appSecretFormat');
  if (settings.naverClientId !== undefined && !NAVER_CLIENT_ID_FORMAT.test(settings.naverClientId)) warnings.push('naverClientIdFormat');
  return warnings;
}

/** The scopes the SDK requests beyond its reserved ones. */
export function requestedScopes(settings: Pick<Settings, 'scopes'>): string[] {
  return optionalScopes.filter((scope) => settings.scopes.includes(scope));
}
