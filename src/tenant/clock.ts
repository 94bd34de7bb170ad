/**
 * How far a tenant's clock is from ours, read from its `Date` header. @logto/node and jose accept ID
 * tokens issued up to five minutes either way; beyond that every sign-in fails verification.
 */
export const CLOCK_TOLERANCE_SECONDS = 300;

/** The seconds the server's `Date` header is ahead of (positive) or behind our clock. */
export function serverClockOffsetSeconds(dateHeader: string | null | undefined, receivedAt: number): number | undefined {
  if (!dateHeader) return undefined;
  const serverTime = Date.parse(dateHeader);
  if (Number.isNaN(serverTime)) return undefined;
  return Math.round((serverTime - receivedAt) / 1000);
}
