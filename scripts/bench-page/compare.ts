/**
 * bench:page's sums (pure, unit-tested): the ratio of our page to Starlight's in gzip bytes against its
 * budget, the median of the paint timings, and the side-by-side table.
 */
import { kinds, totalOf, type Weight } from './assets.ts';

/** The guide page's total, in gzip bytes, is at most this share of the same content on Starlight. */
export const STARLIGHT_RATIO_BUDGET = 0.35;

export interface RatioVerdict {
  ratio: number;
  budget: number;
  within: boolean;
}

export function ratioVerdict(ours: number, theirs: number, budget = STARLIGHT_RATIO_BUDGET): RatioVerdict {
  if (!(theirs > 0)) throw new Error('the Starlight page weighs nothing: it did not load');
  const ratio = ours / theirs;
  return { ratio, budget, within: ratio <= budget };
}

/** The median (the mean of the middle two for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`.padStart(10);

/** Our bytes and Starlight's by type, raw and gzip, then the totals and the ratio. */
export function comparisonTable(ours: readonly Weight[], theirs: readonly Weight[]): string[] {
  const row = (label: string, a: { raw: number; gzip: number }, b: { raw: number; gzip: number }) =>
    `  ${label.padEnd(8)}${kb(a.raw)} ${kb(a.gzip)}   ${kb(b.raw)} ${kb(b.gzip)}   ${b.gzip > 0 ? `${(a.gzip / b.gzip).toFixed(3)}×` : '—'}`;
  const lines = [`  ${''.padEnd(8)}${'ours raw'.padStart(10)} ${'gzip'.padStart(10)}   ${'Starlight'.padStart(10)} ${'gzip'.padStart(10)}   gzip ratio`];
  for (const kind of kinds) {
    const a = ours.find((weight) => weight.kind === kind) ?? { raw: 0, gzip: 0 };
    const b = theirs.find((weight) => weight.kind === kind) ?? { raw: 0, gzip: 0 };
    lines.push(row(kind, a, b));
  }
  lines.push(row('total', totalOf(ours), totalOf(theirs)));
  return lines;
}

export function ratioLine({ ratio, budget, within }: RatioVerdict): string {
  return `Total gzip ratio to Starlight: ${ratio.toFixed(3)}× of a ${budget}× budget: ${within ? 'within budget' : 'OVER BUDGET'}`;
}

export function paintLine(label: string, fcp: readonly number[], lcp: readonly number[]): string {
  const ms = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value)} ms`).padStart(7);
  return `  ${label.padEnd(10)} FCP ${ms(median(fcp))}   LCP ${ms(median(lcp))}   (median of ${fcp.length})`;
}
