/**
 * The browser the end-to-end tests and bench:page drive: Debian's Chromium where it is installed
 * (Playwright can't download browsers on a closed network); elsewhere, CHROMIUM_PATH or Playwright's own.
 */
import { existsSync } from 'node:fs';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Debian's Chromium, run as root on a closed network: these flags stop it reaching for Google's services. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
