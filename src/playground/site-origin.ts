import { SITE_ORIGIN } from 'astro:env/server';
import { resolveSiteOrigin } from '../tenant/redirect-uris.ts';

/** The site origin for this request, honouring astro:env `SITE_ORIGIN`. */
export function siteOriginFor(requestUrl: URL): string {
  return resolveSiteOrigin(requestUrl, SITE_ORIGIN);
}
