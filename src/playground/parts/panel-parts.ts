/**
 * The panel's parts a reader seldom opens (the trace, the raw claims, the support bundle, and the
 * settings form behind "Edit settings" once there is a summary to show instead): the panel
 * renders each as a closed <details> whose body comes, once opened, from the fragment page
 * /<lang>/playground/part?part=… (src/pages/[lang]/playground/part.astro: under a language, as the site's
 * i18n routing wants every page); without JavaScript, its link asks the standalone
 * playground for `?show=<part>`, which renders that part in place. What each request says is read here,
 * with zod.
 */
import { z } from 'zod';
import type { Lang } from '../../i18n/languages.ts';
import { panelHomes, type PanelHome } from '../return-to.ts';

export const panelParts = ['trace', 'claims', 'bundle', 'settings'] as const;
export type PanelPart = (typeof panelParts)[number];

/**
 * The parts holding forms: their posts come back to the panel they were opened in, so their fragment URL
 * says which (`&home=`); without it, the standalone page, where `?show=` renders them.
 */
const partsWithForms: readonly PanelPart[] = ['settings'];

/** The fragment page's query, longer than any the panel sends: a query past this is refused unread. */
export const maxPartQueryLength = 64;

/** Where the panel's script fetches a part's body from. */
export function partFragmentHref(part: PanelPart, lang: Lang, home: PanelHome = 'page'): string {
  return `/${lang}/playground/part?part=${part}${partsWithForms.includes(part) ? `&home=${home}` : ''}`;
}

/** The no-JavaScript way to a part: the standalone playground with that part rendered, scrolled to it. */
export function partShownHref(part: PanelPart, lang: Lang): string {
  return `/${lang}/playground/?show=${part}#${partElementId(part)}`;
}

export function partElementId(part: PanelPart): string {
  return `pg-part-${part}`;
}

/** The parts a page URL asks to render in place (`?show=trace&show=claims`); anything else is ignored. */
export function shownParts(url: URL): PanelPart[] {
  const asked = url.searchParams.getAll('show');
  return panelParts.filter((part) => asked.includes(part));
}

const fragmentQuery = z.object({ part: z.enum(panelParts), home: z.enum(panelHomes).default('page') });

export type PartRequest = { ok: true; part: PanelPart; home: PanelHome } | { ok: false; message: 'partQueryTooLong' | 'partUnknown' };

/**
 * The fragment page's request: its part and the panel it is opened in, or why it can't be answered (a
 * message key of the playground's strings).
 */
export function readPartRequest(url: URL): PartRequest {
  if (url.search.length > maxPartQueryLength) return { ok: false, message: 'partQueryTooLong' };
  const parsed = fragmentQuery.safeParse({ part: url.searchParams.get('part') ?? undefined, home: url.searchParams.get('home') ?? undefined });
  return parsed.success ? { ok: true, part: parsed.data.part, home: parsed.data.home } : { ok: false, message: 'partUnknown' };
}
