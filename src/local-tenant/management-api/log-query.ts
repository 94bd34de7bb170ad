import type { Context } from 'koa';
import { z } from 'zod';
import type { LogFilter } from '../audit-log/audit-log.ts';
import type { LogsApiProfile } from '../config/logto-version.ts';
import { RequestError } from '../http/request-error.ts';

const filterQuery = z.object({
  userId: z.string().optional(),
  applicationId: z.string().optional(),
  logKey: z.string().optional(),
});

const unixMs = z.string().regex(/^\d+$/).transform(Number);

function timeOf(query: Context['query'], name: 'start_time' | 'end_time'): number | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  const parsed = unixMs.safeParse(value);
  if (!parsed.success) throw new RequestError('guard.invalid_input', 400, { values: { type: name } });
  return parsed.data;
}

/**
 * `GET /api/logs`'s filter: `userId`, `applicationId`, `logKey` (each exact; any other parameter is
 * ignored, as Logto's guard strips it), and on versions with a time window `start_time`/`end_time`
 * (unix ms). Which version it is, is the profile's to say: 1.37 ignores the window.
 */
export function logFilterOf(query: Context['query'], profile: LogsApiProfile): LogFilter {
  const parsed = filterQuery.safeParse(query);
  if (!parsed.success) throw new RequestError('guard.invalid_input', 400, { values: { type: 'query' } });
  if (!profile.timeWindow) return parsed.data;
  const startTime = timeOf(query, 'start_time');
  const endTime = timeOf(query, 'end_time');
  if (startTime !== undefined && endTime !== undefined && endTime < startTime) throw new RequestError('log.invalid_time_window', 400);
  return { ...parsed.data, startTime, endTime };
}
