import { diagnosis, type Diagnosis } from '../diagnosis/codes.ts';
import type { CheckResult } from './types.ts';

/**
 * The diagnosis for a check that did not pass: the cause the runner stamped on it, with the values its
 * text names (the endpoint the reader typed, and what the tenant answered), or `unexpected` naming what
 * came back.
 */
export function diagnosisOfCheck(result: Pick<CheckResult, 'cause' | 'reason'>, endpoint: string): Diagnosis {
  const { cause, reason } = result;
  const { key, params } = reason;
  const detail = params['problem'] ?? (params['status'] === undefined ? params['error'] : `HTTP ${params['status']}`);
  if (!cause) return diagnosis('unexpected', { name: String(params['problem'] ?? params['error'] ?? key) });
  // The endpoint causes name what the reader typed and what came back instead of a URL deep inside it.
  if (cause.startsWith('endpoint_')) return diagnosis(cause, { endpoint, ...(detail === undefined ? {} : { detail }) });
  return diagnosis(cause, params);
}
