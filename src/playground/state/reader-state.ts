/**
 * Everything the playground remembers about a reader, in encrypted HttpOnly cookies (no server-side
 * store, so any instance can serve any request). This class is the one owner of every cookie: its name,
 * its key, its options and its schema are decided here and nowhere else.
 *
 * - `pg_settings`: the reader's settings (including the app secret, and the Management API credential's);
 * - `pg_logto`: @logto/node's own CookieStorage (sign-in session, tokens), through `logtoCookies`;
 * - `pg_attempt`: the last sign-in, sign-out or refresh attempt: status, diagnoses, verified steps;
 * - `pg_trace`: that attempt's trace (its own cookie: it is the largest value and is shrunk to fit);
 * - `pg_result`: the result view of the signed-in reader (claims, identity, token summary);
 * - `pg_flash`: what the next page view should show once (form errors, a notice), short-lived;
 * - `pg_preflight`: the last preflight run's results.
 */
import { parseCookie } from 'cookie';
import { z } from 'zod';
import { diagnosisCodes, type Diagnosis } from '../../diagnosis/codes.ts';
import { sightIds } from '../../diagnosis/observations.ts';
import { stepIds } from '../../guide/steps.ts';
import { languages } from '../../i18n/languages.ts';
import { auditLogFindingSchema } from '../../preflight/audit-log/finding.ts';
import { checkIds } from '../../preflight/check-definitions.ts';
import { reasonKeys } from '../../preflight/reasons.ts';
import { checkStatuses, type CheckResult } from '../../preflight/types.ts';
import { FORM_ECHO_LIMITS, settingsSchemaFor, type Settings } from '../../tenant/settings.ts';
import { resultSchema, type PlaygroundResult } from '../result/result.ts';
import { compactTrace, traceSchema, type Hop } from '../trace/trace.ts';
import type { CookieKeys, CookiePurpose } from './cookie-keys.ts';
import { CookieTooLargeError, seal, unseal } from './sealed-cookie.ts';

export const COOKIE_NAMES: Record<CookiePurpose, string> = {
  settings: 'pg_settings',
  logto: 'pg_logto',
  attempt: 'pg_attempt',
  trace: 'pg_trace',
  result: 'pg_result',
  flash: 'pg_flash',
  preflight: 'pg_preflight',
};

/**
 * The playground's own cookies in a Cookie header (a cookie named `<cookie>.<suffix>` counts too), as
 * sorted `name=value` pairs. What the panel shows depends on these and on nothing else the reader sends.
 * Parsed with the parser Astro reads `Astro.cookies` with (`cookie`'s parseCookie, values undecoded), so
 * these are exactly the values a render sees: `pg_settings =x` is pg_settings to Astro, and so it is here.
 */
export function readerStateCookies(cookieHeader: string | null | undefined): string[] {
  if (!cookieHeader) return [];
  const names = Object.values(COOKIE_NAMES);
  return Object.entries(parseCookie(cookieHeader, { decode: (value) => value }))
    .filter(([name, value]) => value !== undefined && names.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
}

const diagnosisSchema = z.object({
  code: z.enum(diagnosisCodes),
  params: z.record(z.string(), z.string().max(2048)),
}) satisfies z.ZodType<Diagnosis>;

export const attemptSchema = z.object({
  kind: z.enum(['sign-in', 'sign-out', 'refresh']),
  status: z.enum(['pending', 'succeeded', 'failed']),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  lang: z.enum(languages),
  returnTo: z.string().max(512),
  diagnoses: z.array(diagnosisSchema).max(6),
  /** Guide steps the last successful sign-in proved; kept across sign-out. */
  verifiedSteps: z.array(z.enum(stepIds)).max(20),
  /** A sign-in that never came back: what the reader said they saw on Logto's, Naver's or the browser's page. */
  saw: z.enum(sightIds).optional(),
  /** What the tenant's audit log said about this sign-in, when the reader asked it (no value of the log itself). */
  auditLogFinding: auditLogFindingSchema.optional(),
});
/** An attempt with its trace, as the flow steps see it. */
export type Attempt = z.infer<typeof attemptSchema> & { hops: Hop[] };

const storedTraceSchema = traceSchema.extend({ t0: z.number() });

export const flashSchema = z.object({
  settingsErrors: z.record(z.string(), z.string()).optional(),
  values: z
    .object({
      endpoint: z.string().max(FORM_ECHO_LIMITS.endpoint),
      appId: z.string().max(FORM_ECHO_LIMITS.appId),
      directSignInTarget: z.string().max(FORM_ECHO_LIMITS.directSignInTarget),
      interactionMode: z.string().max(FORM_ECHO_LIMITS.interactionMode),
      scopes: z.array(z.string().max(FORM_ECHO_LIMITS.scope)).max(FORM_ECHO_LIMITS.scopes),
      naverClientId: z.string().max(FORM_ECHO_LIMITS.naverClientId).default(''),
      m2mAppId: z.string().max(FORM_ECHO_LIMITS.m2mAppId).default(''),
    })
    .optional(),
  notice: z.enum(['settingsSaved', 'settingsReset']).optional(),
  /** The endpoint was typed as the tenant's issuer or discovery URL: the panel says which origin is used. */
  endpointGivenAs: z.enum(['issuer', 'discovery']).optional(),
  diagnoses: z.array(diagnosisSchema).max(6).optional(),
  /** The "what did you see" post named no sight of the list (a stale page, a crafted post). */
  sawUnknown: z.literal(true).optional(),
});
export type Flash = z.infer<typeof flashSchema>;

export const checkResultSchema = z.object({
  id: z.enum(checkIds),
  status: z.enum(checkStatuses),
  cause: z.enum(diagnosisCodes).optional(),
  stepId: z.enum(stepIds),
  reason: z.object({
    key: z.enum(reasonKeys),
    params: z.record(z.string(), z.union([z.string().max(2048), z.number()])),
  }),
  details: z.record(z.string(), z.string().max(2048)).optional(),
}) satisfies z.ZodType<CheckResult>;

export const preflightRunSchema = z.object({
  ranAt: z.number(),
  results: z.array(checkResultSchema).max(checkIds.length),
});
export type PreflightRun = z.infer<typeof preflightRunSchema>;

/** The subset of Astro's `AstroCookies` the playground uses. */
export interface CookieJar {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: CookieOptions): void;
  delete(name: string, options: { path: string }): void;
}

export interface CookieOptions {
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'lax';
  path: string;
  maxAge?: number;
}

const DAY = 24 * 3600;
const MAX_AGE: Record<CookiePurpose, number> = {
  settings: 30 * DAY,
  logto: 14 * DAY,
  attempt: 14 * DAY,
  trace: 14 * DAY,
  result: 14 * DAY,
  flash: 120,
  preflight: 14 * DAY,
};

/**
 * Reasons quote what servers said; long quotes are cut so the sealed cookie stays under 4 KB. Usual runs
 * fit with the first budget; a run where every check quotes a long error gets the shorter ones.
 */
const PREFLIGHT_PARAM_BUDGETS = [160, 64, 24] as const;

const cut = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** What is stored of a run: reason params cut to `maxParamChars`, the authorize URL dropped; statuses unchanged. */
export function compactRun(run: PreflightRun, maxParamChars: number = PREFLIGHT_PARAM_BUDGETS[0]): PreflightRun {
  return {
    ranAt: run.ranAt,
    results: run.results.map((result) => {
      const params = Object.fromEntries(
        Object.entries(result.reason.params).map(([name, value]) => [name, typeof value === 'string' ? cut(value, maxParamChars) : value]),
      );
      // The authorize URL repeats client_id and redirect_uri, which the reasons already carry.
      const details = Object.entries(result.details ?? {}).filter(([name]) => name !== 'authorizeUrl');
      const compact: CheckResult = {
        id: result.id,
        status: result.status,
        ...(result.cause ? { cause: result.cause } : {}),
        stepId: result.stepId,
        reason: { key: result.reason.key, params },
      };
      if (details.length) compact.details = Object.fromEntries(details);
      return compact;
    }),
  };
}

export class ReaderState {
  readonly cookies: CookieJar;
  readonly keys: CookieKeys;
  readonly secure: boolean;
  /** The site's sandbox, whose endpoint saved settings may name over http (src/tenant/settings.ts). */
  readonly sandboxEndpoint: string | undefined;

  constructor(cookies: CookieJar, keys: CookieKeys, secure: boolean, { sandboxEndpoint }: { sandboxEndpoint?: string | undefined } = {}) {
    this.cookies = cookies;
    this.keys = keys;
    this.secure = secure;
    this.sandboxEndpoint = sandboxEndpoint;
  }

  /** The options every playground cookie is set with. */
  cookieOptions(maxAge?: number): CookieOptions {
    return { httpOnly: true, secure: this.secure, sameSite: 'lax', path: '/', ...(maxAge === undefined ? {} : { maxAge }) };
  }

  private async read<T>(purpose: CookiePurpose, schema: z.ZodType<T>): Promise<T | undefined> {
    return unseal(this.cookies.get(COOKIE_NAMES[purpose])?.value, this.keys[purpose], schema);
  }

  /**
   * Seals the first of `candidates` that fits in a cookie (from the fullest to the most shrunk) and sets it.
   * Throws CookieTooLargeError when none fits.
   */
  private async write(purpose: CookiePurpose, ...candidates: unknown[]): Promise<void> {
    for (const [index, value] of candidates.entries()) {
      try {
        const sealed = await seal(value, this.keys[purpose]);
        this.cookies.set(COOKIE_NAMES[purpose], sealed, this.cookieOptions(MAX_AGE[purpose]));
        return;
      } catch (error) {
        if (!(error instanceof CookieTooLargeError) || index === candidates.length - 1) throw error;
      }
    }
  }

  clear(purpose: CookiePurpose): void {
    this.cookies.delete(COOKIE_NAMES[purpose], { path: '/' });
  }

  /** @logto/node's CookieStorage reads and writes its own (already encrypted) cookie through this. */
  logtoCookies() {
    return {
      get: (name: string) => this.cookies.get(name)?.value,
      set: (name: string, value: string, options: { path?: string; maxAge?: number }) =>
        this.cookies.set(name, value, { ...this.cookieOptions(options.maxAge), path: options.path ?? '/' }),
    };
  }

  settings(): Promise<Settings | undefined> {
    return this.read('settings', settingsSchemaFor(this.sandboxEndpoint));
  }
  saveSettings(settings: Settings): Promise<void> {
    return this.write('settings', settings);
  }

  async attempt(): Promise<Attempt | undefined> {
    const [attempt, trace] = await Promise.all([this.read('attempt', attemptSchema), this.read('trace', storedTraceSchema)]);
    return attempt ? { ...attempt, hops: trace ? trace.hops.map((hop) => ({ ...hop, at: hop.at + trace.t0 })) : [] } : undefined;
  }
  /** Saves an attempt, and its trace shrunk until the cookie fits (times relative to the first hop, to save room). */
  async saveAttempt({ hops, ...attempt }: Attempt): Promise<void> {
    await this.write('attempt', attempt);
    const t0 = hops[0]?.at ?? 0;
    const relative = hops.map((hop) => ({ ...hop, at: hop.at - t0 }));
    const budgets: number[] = [];
    for (let budget = 12_000; budget >= 200; budget = Math.floor(budget * 0.8)) budgets.push(budget);
    await this.write('trace', ...budgets.map((budget) => ({ t0, hops: compactTrace(relative, budget) })));
  }

  result(): Promise<PlaygroundResult | undefined> {
    return this.read('result', resultSchema);
  }
  /** Keeps the essentials when an unusually large profile doesn't fit. */
  saveResult(result: PlaygroundResult): Promise<void> {
    return this.write('result', result, { ...result, idToken: { ...result.idToken, claims: {} }, otherIdentities: [] });
  }

  flash(): Promise<Flash | undefined> {
    return this.read('flash', flashSchema);
  }
  saveFlash(flash: Flash): Promise<void> {
    return this.write('flash', flash);
  }

  preflightRun(): Promise<PreflightRun | undefined> {
    return this.read('preflight', preflightRunSchema).catch(() => undefined);
  }
  savePreflightRun(run: PreflightRun): Promise<void> {
    return this.write('preflight', ...PREFLIGHT_PARAM_BUDGETS.map((budget) => compactRun(run, budget)));
  }

  /** Everything about the tenant and app the reader used: a new tenant or app makes it all stale. */
  forgetApp(): void {
    for (const purpose of ['logto', 'result', 'attempt', 'trace', 'preflight'] as const) this.clear(purpose);
  }
}
