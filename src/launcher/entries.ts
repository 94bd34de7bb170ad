/**
 * Where the parts the launcher starts are, found from this module's own location, not the working
 * directory: a script run from anywhere, or this folder compiled into a package (where the sources
 * are `.js`), starts the same files.
 */
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
/** `.ts` when Node runs the sources, `.js` once they are compiled. */
const extension = extname(here);

function besideThisFolder(path: string): string {
  return join(dirname(here), '..', `${path}${extension}`);
}

/** The project: where astro.config.mjs is, so the place `astro build` and the site server run in. */
export const projectRoot = join(dirname(here), '..', '..');

/** `npm run tenant`: the local tenant and its Naver mock, on TENANT_PORT and NAVER_MOCK_PORT. */
export const tenantEntry = besideThisFolder('local-tenant/main');

/** The production server around the build (ASTRO_OUT_DIR). */
export const siteServerEntry = besideThisFolder('server/main');

/** Astro's command line, resolved like an import (only when a build or the dev server is asked for). */
export function astroCli(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin', 'astro.mjs');
}
