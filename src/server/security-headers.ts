/**
 * Security headers for every response the server sends (the same Permissions-Policy on all of them,
 * prerendered pages, build files and error pages included): Astro's pages carry Astro's own CSP (hashes
 * for each script and style, frame-ancestors 'none' among its directives, see astro.config.mjs); the
 * prerendered pages get theirs from dist/_headers.json; everything else (static files, redirects,
 * the server's own pages) gets a policy that allows nothing.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import * as z from 'zod';
import { PLAYGROUND_CALLBACK_PATH } from '../tenant/redirect-uris.ts';

/** For responses that load nothing: redirects, files, the server's own error pages. */
export const lockedDownCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Permissions-Policy: every powerful feature the site never uses, denied to the site and to anything it
 * could embed, so a script that got in can't ask the reader for them. The
 * guide's copy buttons write to the clipboard, so clipboard-write keeps its default (this origin);
 * clipboard-read does too: the site never reads, the browser asks the reader before any page may, and
 * the e2e tests read back what a copy button wrote through it.
 * Only names Chromium recognizes: it logs a console error for every unknown one.
 */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

export const permissionsPolicy = deniedFeatures.map((feature) => `${feature}=()`).join(', ');

/** Half a year, like Logto; not includeSubDomains, which would bind the operator's other hosts too. */
const hsts = 'max-age=15552000';

function headerSet(callback: boolean, httpsOrigin: boolean): Readonly<Record<string, string>> {
  return Object.freeze({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    // The callback's URL carries the authorization code: no page it leads to may learn it.
    'referrer-policy': callback ? 'no-referrer' : 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': permissionsPolicy,
    'content-security-policy': lockedDownCsp,
    ...(httpsOrigin ? { 'strict-transport-security': hsts } : {}),
  });
}

const headerSets = [false, true].map((httpsOrigin) => [headerSet(false, httpsOrigin), headerSet(true, httpsOrigin)] as const);

/**
 * The headers every response starts with (lower-case names); a response's own CSP replaces the default
 * one. Made once: the server's fastest answers (build files, kept island renders) send them as they are.
 */
export function securityHeaders(pathname: string, httpsOrigin: boolean): Readonly<Record<string, string>> {
  return headerSets[httpsOrigin ? 1 : 0]![pathname === PLAYGROUND_CALLBACK_PATH ? 1 : 0];
}

/** Sets them on a response that goes on to be answered by someone who sets headers one at a time (Astro). */
export function setSecurityHeaders(response: ServerResponse, pathname: string, httpsOrigin: boolean): void {
  for (const [name, value] of Object.entries(securityHeaders(pathname, httpsOrigin))) response.setHeader(name, value);
}

const headersFile = z.array(
  z.object({ pathname: z.string(), headers: z.array(z.object({ key: z.string(), value: z.string() })) }),
);

/** `/ja`, `/ja/` and `/ja/index.html` are one page. */
function pageKey(pathname: string): string {
  return pathname.replace(/\/index\.html$/, '').replace(/\/+$/, '') || '/';
}

/** The CSP of each prerendered page, as the build wrote it (adapter option staticHeaders). */
export function loadPrerenderedCsp(outDir: string): (pathname: string) => string | undefined {
  const entries = headersFile.parse(JSON.parse(readFileSync(join(outDir, '_headers.json'), 'utf8')));
  const byPage = new Map<string, string>();
  for (const entry of entries) {
    const csp = entry.headers.find((header) => header.key.toLowerCase() === 'content-security-policy');
    if (csp) byPage.set(pageKey(entry.pathname), csp.value);
  }
  return (pathname) => byPage.get(pageKey(pathname));
}
