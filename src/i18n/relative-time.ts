import type { Lang } from './languages.ts';

/**
 * How long ago something happened, in words, in the reader's language ("2 minutes ago", "2 分前",
 * "2분 전"), with the platform's Intl.RelativeTimeFormat: the largest unit that fits (seconds under a
 * minute, minutes under an hour, hours under a day, then days), rounded down so "59 seconds" never
 * reads as "1 minute". Always numeric ("1 day ago", not "yesterday"), so it reads inside a sentence; a
 * moment in the future (a clock that moved back) reads as "0 seconds ago".
 */
const units = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
] as const satisfies readonly { unit: Intl.RelativeTimeFormatUnit; seconds: number }[];

export function agoInWords(thenMs: number, nowMs: number, lang: Lang): string {
  const elapsed = Math.max(0, Math.floor((nowMs - thenMs) / 1000));
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  const fits = units.find(({ seconds }) => elapsed >= seconds);
  return fits ? format.format(-Math.floor(elapsed / fits.seconds), fits.unit) : format.format(-elapsed, 'second');
}
