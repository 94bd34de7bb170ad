import type { Diagnosis } from '../../diagnosis/codes.ts';
import { diagnoseError } from '../diagnosis/diagnose-error.ts';
import type { TraceRecorder } from '../trace/trace.ts';
import type { PlaygroundContext } from './context.ts';

/** Diagnoses a thrown error with what the trace knows: the hop that failed, its OAuth error, the server clock. */
export function diagnoseFailure(error: unknown, ctx: PlaygroundContext, recorder: TraceRecorder): Diagnosis {
  const failed = recorder.hops.findLast((hop) => hop.outcome === 'fail');
  const offsets = recorder.hops
    .map((hop) => Number(hop.details['serverClockOffsetSeconds']))
    .filter((value) => Number.isFinite(value));
  return diagnoseError(error, {
    failedHop: failed?.kind,
    failedStatus: failed?.status,
    oauthError: failed?.details['error'],
    failedGrantType: failed?.details['sent.grant_type'],
    serverClockOffsetSeconds: offsets.at(-1),
    endpoint: ctx.settings.endpoint,
  });
}
