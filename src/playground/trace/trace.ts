/**
 * The flow trace: a timeline of every server-side hop of the reader's last attempt, each with its
 * timing. Hops carry only redacted values (see src/lib/redact.ts), because the trace is stored in a
 * cookie and rendered on the page.
 */
import { z } from 'zod';

export const hopKinds = [
  'discovery',
  'sign-in-exp',
  'probe-authorize',
  'probe-token',
  'probe-jwks',
  'probe-end-session',
  'authorization-request',
  'callback',
  'token-exchange',
  'jwks',
  'id-token-verification',
  'userinfo',
  'revocation',
  'end-session',
  'signed-out',
  'request',
] as const;
export type HopKind = (typeof hopKinds)[number];

export const hopSchema = z.object({
  kind: z.enum(hopKinds),
  /** Epoch ms when the hop started. */
  at: z.number(),
  /** Duration in ms (0 for events such as the browser arriving at the callback). */
  ms: z.number(),
  method: z.string().max(8).optional(),
  url: z.string().max(2048).optional(),
  status: z.number().int().optional(),
  outcome: z.enum(['ok', 'fail', 'info']),
  details: z.record(z.string(), z.string()),
});
export type Hop = z.infer<typeof hopSchema>;

export const traceSchema = z.object({ hops: z.array(hopSchema).max(40) });
export type Trace = z.infer<typeof traceSchema>;

/** Collects hops during one request; `hops` is appended to the attempt's stored trace. */
export class TraceRecorder {
  readonly hops: Hop[] = [];
  readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  add(hop: Omit<Hop, 'at' | 'ms' | 'details'> & Partial<Pick<Hop, 'at' | 'ms' | 'details'>>): Hop {
    const full: Hop = { at: this.now(), ms: 0, details: {}, ...hop };
    this.hops.push(full);
    return full;
  }

  /** Runs `fn`, recording how long it took and whether it threw. The error is rethrown. */
  async time<T>(
    kind: HopKind,
    fn: () => Promise<T>,
    describe: (result: { value?: T; error?: unknown }) => Record<string, string> = () => ({}),
  ): Promise<T> {
    const at = this.now();
    try {
      const value = await fn();
      this.hops.push({ kind, at, ms: this.now() - at, outcome: 'ok', details: describe({ value }) });
      return value;
    } catch (error) {
      this.hops.push({ kind, at, ms: this.now() - at, outcome: 'fail', details: describe({ error }) });
      throw error;
    }
  }
}

/** The hop kind of a request to a Logto tenant, from its path (Logto's paths are fixed). */
export function hopKindForPath(pathname: string): HopKind {
  const path = pathname.replace(/\/+$/, '');
  if (path.endsWith('/oidc/.well-known/openid-configuration')) return 'discovery';
  if (path.endsWith('/api/.well-known/sign-in-exp')) return 'sign-in-exp';
  if (path.endsWith('/oidc/token/revocation')) return 'revocation';
  if (path.endsWith('/oidc/token')) return 'token-exchange';
  if (path.endsWith('/oidc/me')) return 'userinfo';
  if (path.endsWith('/oidc/jwks')) return 'jwks';
  if (path.endsWith('/oidc/session/end')) return 'end-session';
  if (path.endsWith('/oidc/auth')) return 'authorization-request';
  return 'request';
}

const MAX_DETAIL_CHARS = 160;

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

/** Which hops lose their details first when space runs out: passing checks, then the oldest. */
function expendability(hop: Hop): number {
  if (hop.outcome === 'fail') return 0;
  if (hop.kind.startsWith('probe-') || hop.kind === 'discovery' || hop.kind === 'sign-in-exp' || hop.kind === 'jwks') return 2;
  return 1;
}

/**
 * Shrinks a trace until its JSON fits `maxBytes` (cookies hold about 4 KB): long detail values are cut
 * first, then details dropped, from passing checks before the flow's own hops, oldest first, failures
 * last. Timings, statuses and outcomes always stay; only then are the oldest hops dropped.
 */
export function compactTrace(hops: Hop[], maxBytes: number): Hop[] {
  let out = hops.map((hop) => ({
    ...hop,
    url: hop.url && hop.url.length > 300 ? `${hop.url.slice(0, 299)}…` : hop.url,
    details: Object.fromEntries(
      Object.entries(hop.details).map(([k, v]) => [k, v.length > MAX_DETAIL_CHARS ? `${v.slice(0, MAX_DETAIL_CHARS - 1)}…` : v]),
    ),
  }));
  const order = out
    .map((hop, index) => ({ index, rank: expendability(hop) }))
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .map((entry) => entry.index);
  for (const index of order) {
    if (bytes(out) <= maxBytes) break;
    out = out.map((hop, i) => (i === index ? { ...hop, details: {}, url: hop.url?.split('?')[0] } : hop));
  }
  while (bytes(out) > maxBytes && out.length > 1) out = out.slice(1);
  return out;
}
