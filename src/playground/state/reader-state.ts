/**
 * Everything the playground remembers about a reader, in encrypted HttpOnly cookies (no server-side
 * store, so any instance can serve any request):
 *
 * - `pg_settings`: the reader's settings (including the app secret);
 * - `pg_logto`: @logto/node's own CookieStorage (sign-in session, tokens);
 * - `pg_attempt`: the last sign-in or sign-out attempt: status, diagnoses, verified steps;
 * - `pg_trace`: that attempt's trace (its own cookie: it is the largest value and is shrunk to fit);
 * - `pg_result`: the result view of the signed-in reader (claims, identity, token summary);
 * - `pg_flash`: what the next page view should show once (form errors, a notice), short-lived.
 */
import { z } from 'zod';
import { isStepId, type StepId } from '../../guide/steps.ts';
import { languages } from '../../i18n/languages.ts';
import { isDiagnosisCode, type Diagnosis } from '../../diagnosis/codes.ts';
import { resultSchema, type PlaygroundResult } from '../result/result.ts';
import { FORM_ECHO_LIMITS, settingsSchema, type Settings } from '../../tenant/settings.ts';
import { compactTrace, traceSchema, type Hop } from '../trace/trace.ts';
import type { CookieKeys, CookiePurpose } from './cookie-keys.ts';
import { seal, unseal } from './sealed-cookie.ts';

export const COOKIE_NAMES: Record<CookiePurpose, string> = {
  settings: 'pg_settings',
  logto: 'pg_logto',
  attempt: 'pg_attempt',
  trace: 'pg_trace',
  result: 'pg_result',
  flash: 'pg_flash',
};

const diagnosisSchema = z.object({
  code: z.string().refine(isDiagnosisCode),
  params: z.record(z.string(), z.string().max(2048)),
}) as unknown as z.ZodType<Diagnosis>;

const stepIdSchema = z.string().refine(isStepId) as unknown as z.ZodType<StepId>;

export const attemptSchema = z.object({
  kind: z.enum(['sign-in', 'sign-out']),
  status: z.enum(['pending', 'succeeded', 'failed']),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  lang: z.enum(languages),
  returnTo: z.string().max(512),
  diagnoses: z.array(diagnosisSchema).max(6),
  /** Guide steps the last successful sign-in proved; kept across sign-out. */
  verifiedSteps: z.array(stepIdSchema).max(20),
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
    })
    .optional(),
  notice: z.enum(['settingsSaved', 'settingsReset']).optional(),
  diagnoses: z.array(diagnosisSchema).max(6).optional(),
});
export type Flash = z.infer<typeof flashSchema>;

/** The subset of Astro's `AstroCookies` the playground uses. */
export interface CookieJar {
  get(name: string): { value: string } | undefined;
  set(
    name: string,
    value: string,
    options: { httpOnly: boolean; secure: boolean; sameSite: 'lax'; path: string; maxAge?: number },
  ): void;
  delete(name: string, options: { path: string }): void;
}

const DAY = 24 * 3600;
const MAX_AGE: Record<CookiePurpose, number> = {
  settings: 30 * DAY,
  logto: 14 * DAY,
  attempt: 14 * DAY,
  trace: 14 * DAY,
  result: 14 * DAY,
  flash: 120,
};

export class ReaderState {
  readonly cookies: CookieJar;
  readonly keys: CookieKeys;
  readonly secure: boolean;

  constructor(cookies: CookieJar, keys: CookieKeys, secure: boolean) {
    this.cookies = cookies;
    this.keys = keys;
    this.secure = secure;
  }

  private async read<T>(purpose: CookiePurpose, schema: z.ZodType<T>): Promise<T | undefined> {
    return unseal(this.cookies.get(COOKIE_NAMES[purpose])?.value, this.keys[purpose], schema);
  }

  private async write(purpose: CookiePurpose, value: unknown): Promise<void> {
    this.cookies.set(COOKIE_NAMES[purpose], await seal(value, this.keys[purpose]), {
      httpOnly: true,
      secure: this.secure,
      sameSite: 'lax',
      path: '/',
      maxAge: MAX_AGE[purpose],
    });
  }

  clear(purpose: CookiePurpose): void {
    this.cookies.delete(COOKIE_NAMES[purpose], { path: '/' });
  }

  settings(): Promise<Settings | undefined> {
    return this.read('settings', settingsSchema);
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
    let budget = 12_000;
    for (;;) {
      try {
        return await this.write('trace', { t0, hops: compactTrace(relative, budget) });
      } catch (error) {
        if ((error as Error).name !== 'CookieTooLargeError' || budget < 200) throw error;
        budget = Math.floor(budget * 0.8);
      }
    }
  }

  result(): Promise<PlaygroundResult | undefined> {
    return this.read('result', resultSchema);
  }
  async saveResult(result: PlaygroundResult): Promise<void> {
    try {
      await this.write('result', result);
    } catch (error) {
      if ((error as Error).name !== 'CookieTooLargeError') throw error;
      // Keep the essentials when an unusually large profile doesn't fit.
      await this.write('result', { ...result, idToken: { ...result.idToken, claims: {} }, otherIdentities: [] });
    }
  }

  flash(): Promise<Flash | undefined> {
    return this.read('flash', flashSchema);
  }
  saveFlash(flash: Flash): Promise<void> {
    return this.write('flash', flash);
  }
}
