import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The dependency rules of ARCHITECTURE.md, checked on the real import graph: a change that makes
 * preflight import the playground (or the local tenant import the site) fails here, not in review.
 */

const root = join(import.meta.dirname, '../..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative import of a file, as a path from the repo root (`src/…`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(root, resolve(dirname(file), specifier)));
}

/** Files under `from` (except those under `exempt`) may not import what starts with `mayNotImport`, unless `allowed`. */
type Rule = { from: string; exempt?: string[]; mayNotImport: string[]; allowed?: string[] };

/** Each concern and what it must never reach into. */
const rules: Rule[] = [
  { from: 'src/preflight/', mayNotImport: ['src/playground/', 'src/pages/', 'src/local-tenant/'] },
  { from: 'src/tenant/', mayNotImport: ['src/playground/', 'src/preflight/', 'src/pages/', 'src/local-tenant/', 'src/guide/components/'] },
  { from: 'src/diagnosis/', mayNotImport: ['src/playground/', 'src/preflight/', 'src/tenant/', 'src/pages/', 'src/local-tenant/'] },
  { from: 'src/lib/', mayNotImport: ['src/playground/', 'src/preflight/', 'src/tenant/', 'src/diagnosis/', 'src/guide/', 'src/pages/', 'src/local-tenant/'] },
  // The local tenant and the site talk HTTP only; both may read the demo app's values and the fault lab's apps.
  { from: 'src/local-tenant/', mayNotImport: ['src/'], allowed: ['src/local-tenant/', 'src/lib/local-tenant-defaults.ts', 'src/lib/fault-lab.ts'] },
  { from: 'src/', exempt: ['src/local-tenant/', 'src/sandbox-driver/'], mayNotImport: ['src/local-tenant/'] },
  // Starting and driving servers is the scripts' and tests' business: the site imports neither. The
  // launcher starts the parts by path and imports none of them; the driver runs the sign-in page's own
  // client, and nothing else of the tenant or the site.
  { from: 'src/', exempt: ['src/launcher/', 'src/sandbox-driver/'], mayNotImport: ['src/launcher/', 'src/sandbox-driver/'] },
  { from: 'src/launcher/', mayNotImport: ['src/'], allowed: ['src/launcher/'] },
  { from: 'src/sandbox-driver/', mayNotImport: ['src/'], allowed: ['src/sandbox-driver/', 'src/local-tenant/pages/client/experience-flow.ts'] },
];

function violations(edges: readonly { from: string; to: string }[]): string[] {
  return edges.flatMap(({ from, to }) =>
    rules
      .filter((rule) => from.startsWith(rule.from) && !rule.exempt?.some((path) => from.startsWith(path)))
      .filter((rule) => rule.mayNotImport.some((forbidden) => to.startsWith(forbidden)))
      .filter((rule) => !rule.allowed?.some((path) => to.startsWith(path)))
      .map((rule) => `${from} → ${to} (rule for ${rule.from})`),
  );
}

test('the rules catch a forbidden import (so the real check below can fail)', () => {
  expect(violations([{ from: 'src/preflight/checks/app.ts', to: 'src/playground/flow/context.ts' }])).toHaveLength(1);
  expect(violations([{ from: 'src/local-tenant/app.ts', to: 'src/preflight/types.ts' }])).toHaveLength(1);
  expect(violations([{ from: 'src/playground/panel-model.ts', to: 'src/local-tenant/server.ts' }])).toHaveLength(1);
  expect(violations([{ from: 'src/playground/panel-model.ts', to: 'src/preflight/verified-steps.ts' }])).toEqual([]);
  expect(violations([{ from: 'src/local-tenant/main.ts', to: 'src/lib/local-tenant-defaults.ts' }])).toEqual([]);
  expect(violations([{ from: 'src/server/main.ts', to: 'src/launcher/launch.ts' }])).toHaveLength(1);
  expect(violations([{ from: 'src/playground/flow/sign-in.ts', to: 'src/sandbox-driver/index.ts' }])).toHaveLength(1);
  expect(violations([{ from: 'src/launcher/launch.ts', to: 'src/lib/local-tenant-defaults.ts' }])).toHaveLength(1);
  expect(violations([{ from: 'src/sandbox-driver/tenant-sign-in.ts', to: 'src/local-tenant/server.ts' }])).toHaveLength(1);
  expect(violations([{ from: 'src/sandbox-driver/tenant-sign-in.ts', to: 'src/local-tenant/pages/client/experience-flow.ts' }])).toEqual([]);
});

test('dependencies point one way: no file imports across a rule of ARCHITECTURE.md', () => {
  const edges = sourceFiles(src).flatMap((file) => importsOf(file).map((to) => ({ from: relative(root, file), to })));
  expect(edges.length).toBeGreaterThan(100);
  expect(violations(edges)).toEqual([]);
});
