import sitePackage from '../../../package.json' with { type: 'json' };

/**
 * Versions for the support bundle. @logto/node's is the exact version package.json pins (its package
 * does not export its own package.json), the site's is ours, and Node's is the running one.
 */
export function runtimeVersions(): { site: string; logtoNode: string; node: string } {
  return {
    site: sitePackage.version,
    logtoNode: sitePackage.dependencies['@logto/node'],
    node: process.version,
  };
}
