import { parseArgs } from 'node:util';
import { z } from 'zod';
import { format } from '../../i18n/define-strings.ts';
import { fallbackLang, isLang, type Lang } from '../../i18n/languages.ts';
import { preflightCliStrings } from '../strings.ts';
import { DEFAULT_PORTS } from '../../lib/local-tenant-defaults.ts';
import {
  appIdSchema,
  endpointSchema,
  managementApiCredentialSchema,
  naverClientIdSchema,
  pastedEndpointForm,
  siteOriginSchema,
  targetSchema,
  type PastedEndpointForm,
} from '../../tenant/settings.ts';

/** The command line's options and environment, parsed and validated; no I/O here. */

export const EXIT_CODES = {
  /** Every check passed. */
  ok: 0,
  /** At least one check failed, warned or was skipped. */
  checksDidNotPass: 1,
  /** Bad or missing options, or no secret. */
  usage: 2,
  /** The CLI itself crashed. */
  internal: 3,
  /** --last-sign-in: the tenant's audit log names the cause of the last sign-in. */
  lastSignInCause: 4,
  /** --last-sign-in: the log doesn't say (the sign-in went to Naver and nothing followed), or has no sign-in. */
  lastSignInUnknown: 5,
  /** --last-sign-in: the log could not be read (tenant unreachable, credential refused, no access). */
  auditLogUnreadable: 6,
} as const;

export const REPORTER_NAMES = ['table', 'json', 'github', 'junit'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];
export const FAIL_ON = ['warn', 'fail'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const reporterSchema = z.enum(REPORTER_NAMES);
const failOnSchema = z.enum(FAIL_ON);

/** How the usage text names the command: `npm run preflight --` here, `logto-naver preflight` in the package. */
export const DEFAULT_COMMAND_NAME = 'npm run preflight --';

export const DEFAULT_SITE_ORIGIN = `http://localhost:${DEFAULT_PORTS.site}`;

export interface CliOptions {
  endpoint: string;
  /** Set when the endpoint was given as the tenant's issuer or discovery URL: the origin is used. */
  endpointGivenAs?: PastedEndpointForm | undefined;
  appId: string;
  siteOrigin: string;
  /** The app's own redirect URIs to look for, instead of the playground's at the site origin. */
  redirectUri: string | undefined;
  postSignOutRedirectUri: string | undefined;
  target: string;
  expectedNaverClientId: string | undefined;
  lang: Lang;
  /** Each reporter once, in the order given (default: the table). */
  reporters: ReporterName[];
  /** Where the report of the one reporter besides `github` goes instead of stdout. */
  output: string | undefined;
  /** What makes the exit code 1: anything but a pass (`warn`), or only a failed check (`fail`). */
  failOn: FailOn;
  /** Where the guide's step links point: the site the guide is served from. */
  guideOrigin: string;
  publicMode: boolean;
  /** From LOGTO_APP_SECRET; undefined means "ask, if there is a terminal". */
  secretFromEnv: string | undefined;
  /** --last-sign-in: read the audit log with this M2M app instead of running the checks. */
  lastSignIn?: { m2mAppId: string; m2mSecretFromEnv: string | undefined } | undefined;
}

export type CliCommand =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help'; lang: Lang; text: string }
  | { kind: 'usage-error'; lang: Lang; message: string };

type Env = Record<string, string | undefined>;

/** `ja_JP.UTF-8` → `ja`; anything that is not one of ours → the fallback language. */
export function langFromLocale(locale: string | undefined): Lang {
  const base = locale?.split(/[_.-]/)[0]?.toLowerCase();
  return isLang(base) ? base : fallbackLang;
}

/** Options that would put the secret in argv (and so in shell history and `ps`): refused by name. */
const SECRET_OPTION = /^--?((m2m-?)?app-?secret|secret|client-?secret|m2m-?secret)(=|$)/i;

export function parseCliArgs(argv: readonly string[], env: Env, commandName: string = DEFAULT_COMMAND_NAME): CliCommand {
  const envLang = langFromLocale(env['LC_ALL'] || env['LANG']);
  const langArgIndex = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const langArg = langArgIndex < 0 ? undefined : argv[langArgIndex]!.includes('=') ? argv[langArgIndex]!.split('=')[1] : argv[langArgIndex + 1];
  const lang = isLang(langArg) ? langArg : envLang;
  const t = preflightCliStrings[lang];
  const error = (message: string): CliCommand => ({ kind: 'usage-error', lang, message });

  if (argv.some((arg) => SECRET_OPTION.test(arg))) return error(t.errorSecretInArgv);

  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        endpoint: { type: 'string' },
        'app-id': { type: 'string' },
        'site-origin': { type: 'string' },
        target: { type: 'string' },
        'naver-client-id': { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
        reporter: { type: 'string', multiple: true },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        'guide-origin': { type: 'string' },
        'redirect-uri': { type: 'string' },
        'post-sign-out-redirect-uri': { type: 'string' },
        public: { type: 'boolean', default: false },
        'last-sign-in': { type: 'boolean', default: false },
        'm2m-app-id': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (caught) {
    return error(format(t.errorArgs, { message: caught instanceof Error ? caught.message : String(caught) }));
  }

  if (values['help']) return { kind: 'help', lang, text: format(t.usage, { defaultOrigin: DEFAULT_SITE_ORIGIN, command: commandName }) };
  if (langArg !== undefined && !isLang(langArg)) return error(t.errorLang);

  const pick = (name: string, envName: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : env[envName] || undefined;
  };

  const endpointRaw = pick('endpoint', 'LOGTO_ENDPOINT');
  if (!endpointRaw) return error(format(t.errorMissing, { option: '--endpoint' }));
  const endpoint = endpointSchema.safeParse(endpointRaw);
  if (!endpoint.success) return error(format(t.errorEndpoint, { option: '--endpoint' }));

  const appIdRaw = pick('app-id', 'LOGTO_APP_ID');
  if (!appIdRaw) return error(format(t.errorMissing, { option: '--app-id' }));
  const appId = appIdSchema.safeParse(appIdRaw);
  if (!appId.success) return error(t.errorAppId);

  // The site origin has the same shape as a Logto endpoint: an origin, https unless it is localhost.
  const siteOrigin = siteOriginSchema.safeParse(pick('site-origin', 'SITE_ORIGIN') ?? DEFAULT_SITE_ORIGIN);
  if (!siteOrigin.success) return error(format(t.errorEndpoint, { option: '--site-origin' }));

  const target = targetSchema.safeParse(pick('target', 'PREFLIGHT_TARGET') ?? 'naver');
  if (!target.success) return error(t.errorTarget);

  // The same rule as the playground's Naver Client ID field; blank means none.
  const naverClientId = naverClientIdSchema.optional().safeParse(pick('naver-client-id', 'NAVER_CLIENT_ID'));
  if (!naverClientId.success) return error(t.errorNaverClientId);

  const reporterValues = [...(values['json'] === true ? ['json'] : []), ...((values['reporter'] as string[] | undefined) ?? [])];
  const reporters = z.array(reporterSchema).safeParse(reporterValues.length > 0 ? reporterValues : ['table']);
  if (!reporters.success) return error(t.errorReporter);
  const unique = [...new Set(reporters.data)];
  const output = typeof values['output'] === 'string' && values['output'] !== '' ? values['output'] : undefined;
  const filed = unique.filter((name) => name !== 'github');
  if (output !== undefined && filed.length > 1) return error(format(t.errorOutputAmbiguous, { reporters: filed.join(', ') }));

  const failOn = failOnSchema.safeParse(pick('fail-on', 'PREFLIGHT_FAIL_ON') ?? 'warn');
  if (!failOn.success) return error(t.errorFailOn);

  const guideOriginRaw = pick('guide-origin', 'GUIDE_ORIGIN');
  const guideOrigin = guideOriginRaw === undefined ? siteOrigin : siteOriginSchema.safeParse(guideOriginRaw);
  if (!guideOrigin.success) return error(format(t.errorEndpoint, { option: '--guide-origin' }));

  const uri = z.url({ protocol: /^https?$/ }).optional();
  const redirectUri = uri.safeParse(pick('redirect-uri', 'LOGTO_REDIRECT_URI'));
  if (!redirectUri.success) return error(format(t.errorUri, { option: '--redirect-uri' }));
  const postSignOutRedirectUri = uri.safeParse(pick('post-sign-out-redirect-uri', 'LOGTO_POST_SIGN_OUT_REDIRECT_URI'));
  if (!postSignOutRedirectUri.success) return error(format(t.errorUri, { option: '--post-sign-out-redirect-uri' }));
  let lastSignIn: CliOptions['lastSignIn'];
  if (values['last-sign-in'] === true) {
    const m2mRaw = pick('m2m-app-id', 'LOGTO_M2M_APP_ID');
    if (!m2mRaw) return error(format(t.errorMissing, { option: '--m2m-app-id' }));
    const m2m = managementApiCredentialSchema.shape.appId.safeParse(m2mRaw);
    if (!m2m.success) return error(t.errorAppId.replace('--app-id', '--m2m-app-id'));
    lastSignIn = { m2mAppId: m2m.data, m2mSecretFromEnv: env['LOGTO_M2M_APP_SECRET'] || undefined };
  }

  return {
    kind: 'run',
    options: {
      endpoint: endpoint.data,
      endpointGivenAs: pastedEndpointForm(endpointRaw),
      appId: appId.data,
      siteOrigin: siteOrigin.data,
      redirectUri: redirectUri.data,
      postSignOutRedirectUri: postSignOutRedirectUri.data,
      target: target.data,
      expectedNaverClientId: naverClientId.data,
      lang,
      reporters: unique,
      output,
      failOn: failOn.data,
      guideOrigin: guideOrigin.data,
      publicMode: values['public'] === true,
      secretFromEnv: env['LOGTO_APP_SECRET'] || undefined,
      lastSignIn,
    },
  };
}
