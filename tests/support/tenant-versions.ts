/**
 * The Logto versions the local tenant plays (src/local-tenant/config/logto-version.ts), for the tests
 * that run once per version, and the version family the site should detect for each: read from the
 * version's recorded release, so a version added to the table gets its expectation without a list here.
 */
import { logtoVersionProfile, logtoVersions, type LogtoVersion } from '../../src/local-tenant/config/logto-version.ts';
import type { KnownVersionFamily } from '../../src/tenant/version-family.ts';

export { logtoVersions, logtoVersionProfile, type LogtoVersion };

/** "1.42 or later" for a release 1.42.0 or newer, else "1.41 or earlier". */
export function expectedVersionFamily(version: LogtoVersion): KnownVersionFamily {
  const [major = 0, minor = 0] = logtoVersionProfile(version).release.split('.').map(Number);
  return major > 1 || (major === 1 && minor >= 42) ? '1.42-or-later' : '1.41-or-earlier';
}
