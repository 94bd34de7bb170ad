/**
 * One version source for the Logto SDKs: the site's own lockfile. A sample's lockfile may hold only the
 * versions of @logto/* packages that the site resolves too (its @logto/express and @logto/next are
 * pinned exactly in its package.json, and their @logto/node and @logto/client must be the site's), and
 * each sample pins its direct dependencies exactly.
 */
export interface Lockfile {
  packages: Record<string, { version?: string }>;
}
export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** Every @logto/* package a lockfile resolves, with each version it holds (nested copies included). */
export function logtoVersions(lock: Lockfile): Map<string, Set<string>> {
  const versions = new Map<string, Set<string>>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    const name = /(?:^|\/)node_modules\/(@logto\/[^/]+)$/.exec(path)?.[1];
    if (!name || !entry.version) continue;
    versions.set(name, (versions.get(name) ?? new Set()).add(entry.version));
  }
  return versions;
}

/** What drifted, one line each; empty when the sample is in step with the site. */
export function versionDrift(site: { lock: Lockfile; manifest: PackageJson }, sample: { lock: Lockfile; manifest: PackageJson }): string[] {
  const problems: string[] = [];
  const siteVersions = logtoVersions(site.lock);
  for (const [name, versions] of logtoVersions(sample.lock)) {
    if (versions.size > 1) problems.push(`${name}: the sample's lockfile holds several versions (${[...versions].join(', ')})`);
    const theirs = siteVersions.get(name);
    if (theirs && [...versions].some((version) => !theirs.has(version))) {
      problems.push(`${name}: the sample resolves ${[...versions].join(', ')}, the site ${[...theirs].join(', ')}`);
    }
  }
  const declared = { ...sample.manifest.dependencies, ...sample.manifest.devDependencies };
  for (const [name, range] of Object.entries(declared)) {
    if (!/^\d+\.\d+\.\d+$/.test(range)) problems.push(`${name}: pinned as "${range}", not an exact version`);
    const locked = sample.lock.packages[`node_modules/${name}`]?.version;
    if (locked !== range) problems.push(`${name}: package.json says ${range}, the lockfile ${locked ?? 'nothing'}`);
  }
  const siteDeclared = { ...site.manifest.dependencies, ...site.manifest.devDependencies };
  for (const [name, range] of Object.entries(declared)) {
    const siteRange = siteDeclared[name];
    if (name.startsWith('@logto/') && siteRange !== undefined && siteRange !== range) {
      problems.push(`${name}: the sample pins ${range}, the site ${siteRange}`);
    }
  }
  return problems;
}
