import { readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `.ts` when Node runs the sources, `.js` once they are compiled (the logto-naver package). */
const extension = extname(fileURLToPath(import.meta.url));

/**
 * The page scripts are TypeScript files that the integration tests import too; the browser gets them
 * type-stripped, with their relative `.ts` imports pointed at the served `.js` names (compiled, they
 * are JavaScript already, and stripping leaves them as they are).
 */
const clientModules = {
  'experience-flow.js': new URL(`./client/experience-flow${extension}`, import.meta.url),
  'sign-in-page.js': new URL(`./client/sign-in-page${extension}`, import.meta.url),
  'toast.js': new URL(`./client/toast${extension}`, import.meta.url),
  'mask-email.js': new URL(`./client/mask-email${extension}`, import.meta.url),
} as const;

const naverLogo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" role="img" aria-label="NAVER"><rect width="20" height="20" rx="3" fill="#03c75a"/><path d="M11.4 10.3 8.4 6H6v8h2.6V9.7l3 4.3H14V6h-2.6z" fill="#fff"/></svg>`;

export type ClientAsset = { type: string; body: string };

export async function loadClientAssets(): Promise<Map<string, ClientAsset>> {
  const assets = new Map<string, ClientAsset>();
  for (const [name, url] of Object.entries(clientModules)) {
    const source = await readFile(url, 'utf8');
    const javascript = stripTypeScriptTypes(source, { mode: 'strip' }).replace(/(from\s+'\.\/[\w-]+)\.ts'/g, "$1.js'");
    assets.set(name, { type: 'text/javascript; charset=utf-8', body: javascript });
  }
  assets.set('naver-logo.svg', { type: 'image/svg+xml', body: naverLogo });
  return assets;
}
