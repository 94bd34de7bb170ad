import { z } from 'zod';
import { isStepId, type StepId } from '../guide/steps.ts';
import { preflightReasons, type PreflightReasonKey } from '../i18n/strings/preflight.ts';
import { CookieTooLargeError, seal, unseal } from '../playground/state/sealed-cookie.ts';
import type { ReaderState } from '../playground/state/reader-state.ts';
import { checkIds, checkStatuses, type CheckResult } from './types.ts';

/**
 * The reader's last preflight run, kept like the rest of the playground's state: in an encrypted,
 * HttpOnly cookie, read back through a zod schema (a cookie that doesn't decrypt or parse reads as none).
 */

export const PREFLIGHT_COOKIE = 'pg_preflight';
const MAX_AGE_SECONDS = 14 * 24 * 3600;
/**
 * Reasons quote what servers said; long quotes are cut so the sealed cookie stays under 4 KB. Usual runs
 * fit with the first budget; a run where every check quotes a long error gets the shorter ones.
 */
const PARAM_BUDGETS = [160, 64, 24] as const;

const reasonKeys = Object.keys(preflightReasons.en) as [PreflightReasonKey, ...PreflightReasonKey[]];

export const checkResultSchema = z.object({
  id: z.enum(checkIds),
  status: z.enum(checkStatuses),
  stepId: z.string().refine(isStepId) as unknown as z.ZodType<StepId>,
  reason: z.object({
    key: z.enum(reasonKeys),
    params: z.record(z.string(), z.union([z.string().max(2048), z.number()])),
  }),
  details: z.record(z.string(), z.string().max(2048)).optional(),
});

export interface PreflightRun {
  ranAt: number;
  results: CheckResult[];
}

export const preflightRunSchema = z.object({
  ranAt: z.number(),
  results: z.array(checkResultSchema).max(checkIds.length),
}) as unknown as z.ZodType<PreflightRun>;

/**
 * A key of its own, derived from the settings cookie's key with a purpose label, so a preflight cookie
 * can never be replayed as a settings cookie (or the other way round).
 */
function keyFor(state: ReaderState): string {
  return `preflight:${state.keys.settings}`;
}

const cut = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** What is stored: reason params cut to `maxParamChars`, the authorize URL dropped; statuses unchanged. */
export function compactRun(run: PreflightRun, maxParamChars: number = PARAM_BUDGETS[0]): PreflightRun {
  return {
    ranAt: run.ranAt,
    results: run.results.map((result) => {
      const params = Object.fromEntries(
        Object.entries(result.reason.params).map(([name, value]) => [name, typeof value === 'string' ? cut(value, maxParamChars) : value]),
      );
      // The authorize URL repeats client_id and redirect_uri, which the reasons already carry.
      const details = Object.entries(result.details ?? {}).filter(([name]) => name !== 'authorizeUrl');
      const compact: CheckResult = { id: result.id, status: result.status, stepId: result.stepId, reason: { key: result.reason.key, params } };
      if (details.length) compact.details = Object.fromEntries(details);
      return compact;
    }),
  };
}

async function sealToFit(run: PreflightRun, key: string): Promise<string> {
  for (const budget of PARAM_BUDGETS) {
    try {
      return await seal(compactRun(run, budget), key);
    } catch (error) {
      if (!(error instanceof CookieTooLargeError) || budget === PARAM_BUDGETS.at(-1)) throw error;
    }
  }
  throw new CookieTooLargeError('no budget fits');
}

export async function savePreflightRun(state: ReaderState, run: PreflightRun): Promise<void> {
  state.cookies.set(PREFLIGHT_COOKIE, await sealToFit(run, keyFor(state)), {
    httpOnly: true,
    secure: state.secure,
    sameSite: 'lax',
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  });
}

export async function readPreflightRun(state: ReaderState): Promise<PreflightRun | undefined> {
  return unseal(state.cookies.get(PREFLIGHT_COOKIE)?.value, keyFor(state), preflightRunSchema).catch(() => undefined);
}

export function clearPreflightRun(state: ReaderState): void {
  state.cookies.delete(PREFLIGHT_COOKIE, { path: '/' });
}
