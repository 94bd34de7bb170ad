/**
 * Makes sure the browser the end-to-end tests drive is installed. Playwright cannot download its own
 * browsers here, so the tests use Debian's Chromium, which root can install with apt.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

if (existsSync(path)) process.exit(0);

if (process.env['CHROMIUM_PATH'] || process.getuid?.() !== 0) {
  console.error(
    `Chromium is not at ${path}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}

console.log('Installing Debian chromium for the end-to-end tests…');
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
