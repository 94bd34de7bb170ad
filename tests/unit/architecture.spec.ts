import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The dependency rules of ARCHITECTURE.md, checked on the real import graph: a change that makes
 * preflight import the playground, the strings import a concern, the local tenant import the site, or
 * two folders import each other fails here, not in review.
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

/**
 * The part of a file that can import: all of a script, but of an `.astro` component only its
 * frontmatter and its `<script>` elements (its markup is HTML, where `import … from` is only text).
 */
function codeOf(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

/** Static imports and re-exports (`import … from`, `export … from`, `import '…'`) and `import('…')`. */
const importPattern = /(?:^|[\n;])\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import in a file's code, as a path from the repo root (`src/…`), any `?query` cut. */
function importsIn(path: string, text: string): string[] {
  return [...codeOf(path, text).matchAll(importPattern)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? '')
    .filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'))
    .map((specifier) => relative(root, resolve(dirname(join(root, path)), specifier.replace(/\?.*$/, ''))));
}

type Edge = { from: string; to: string };

const files = sourceFiles(src).map((file) => relative(root, file));
const edges: Edge[] = files.flatMap((from) => importsIn(from, readFileSync(join(root, from), 'utf8')).map((to) => ({ from, to })));

// --- Rules: what a part may never import -------------------------------------------------------

/** Files under `from` (except those under `exempt`) may not import what starts with `mayNotImport`, unless `allowed`. */
type Rule = { from: string; exempt?: string[]; mayNotImport: string[]; allowed?: string[]; why: string };

const rules: Rule[] = [
  { from: 'src/lib/', mayNotImport: ['src/'], allowed: ['src/lib/'], why: 'lib is what every part shares: it imports nothing of the site' },
  {
    from: 'src/i18n/',
    mayNotImport: ['src/'],
    allowed: ['src/i18n/'],
    why: 'the strings layer imports no concern: a concern owns its vocabulary and keeps its strings, keyed by it',
  },
  {
    from: 'src/guide/',
    mayNotImport: ['src/'],
    allowed: ['src/guide/', 'src/i18n/', 'src/tenant/', 'src/lib/'],
    why: 'the guide knows nothing of the checks, the diagnoses or the playground: the page hands it what it shows of them',
  },
  { from: 'src/tenant/', mayNotImport: ['src/'], allowed: ['src/tenant/', 'src/lib/'], why: 'talking to a tenant needs nothing but lib' },
  {
    from: 'src/diagnosis/',
    mayNotImport: ['src/playground/', 'src/preflight/', 'src/tenant/', 'src/pages/', 'src/local-tenant/'],
    why: 'the causes are a vocabulary: the preflight and the playground name them, not the other way round',
  },
  {
    from: 'src/diagnosis/',
    mayNotImport: ['src/lib/fault-lab.ts'],
    why: 'no diagnosis is keyed by the fault lab’s App ID: causes come from what the tenant answered or the reader saw',
  },
  {
    from: 'src/playground/diagnosis/',
    mayNotImport: ['src/playground/fault-lab/', 'src/lib/fault-lab.ts'],
    why: 'no diagnosis is keyed by the fault lab’s App ID: causes come from what the tenant answered or the reader saw',
  },
  {
    from: 'src/playground/flow/',
    mayNotImport: ['src/playground/fault-lab/', 'src/lib/fault-lab.ts'],
    why: 'the sign-in, the callback and the checks diagnose a fault-lab app exactly as any tenant’s',
  },
  {
    from: 'src/preflight/',
    mayNotImport: ['src/playground/', 'src/pages/', 'src/server/', 'src/local-tenant/'],
    why: 'the panel shows preflight results, not the other way round',
  },
  {
    from: 'src/server/',
    mayNotImport: ['src/'],
    allowed: ['src/server/', 'src/lib/', 'src/i18n/', 'src/tenant/', 'src/playground/state/'],
    why: 'the production server runs the built app; of the site it reads only the playground cookie names and URIs',
  },
  { from: 'src/', exempt: ['src/server/'], mayNotImport: ['src/server/'], why: 'the app never depends on the server around it' },
  { from: 'src/', exempt: ['src/pages/'], mayNotImport: ['src/pages/'], why: 'pages are routes: nothing imports them' },
  {
    from: 'src/local-tenant/',
    mayNotImport: ['src/'],
    allowed: [
      'src/local-tenant/',
      'src/lib/local-tenant-defaults.ts',
      'src/lib/fault-lab.ts',
      'src/lib/loopback-host.ts',
      'src/lib/trust-proxy.ts',
      'src/lib/rate-limiter.ts',
      'src/lib/client-key.ts',
      'src/lib/connect-to.ts',
      'src/lib/env-schema.ts',
    ],
    why: 'the local tenant and the site talk HTTP only; both may read the demo app and the fault lab’s table, and follow the same rules for a loopback host, TRUST_PROXY, rate limits and connect-to, and read their environment alike',
  },
  {
    from: 'src/',
    exempt: ['src/local-tenant/', 'src/sandbox-driver/'],
    mayNotImport: ['src/local-tenant/'],
    why: 'the site talks to the local tenant over HTTP only',
  },
  {
    from: 'src/',
    exempt: ['src/launcher/', 'src/sandbox-driver/', 'src/package/'],
    mayNotImport: ['src/launcher/', 'src/sandbox-driver/'],
    why: 'starting and driving servers is the scripts’ and tests’ business: the site imports neither',
  },
  {
    from: 'src/launcher/',
    mayNotImport: ['src/'],
    // The two rules start:public decides TRUST_PROXY by, as the parts do (pure lib modules, no part).
    allowed: ['src/launcher/', 'src/lib/loopback-host.ts', 'src/lib/trust-proxy.ts'],
    why: 'the launcher starts the parts by path and imports none of them',
  },
  { from: 'src/', exempt: ['src/package/'], mayNotImport: ['src/package/'], why: 'the logto-naver package is built from the site’s parts; none of them imports it' },
  {
    from: 'src/package/',
    mayNotImport: ['src/'],
    allowed: ['src/package/', 'src/preflight/', 'src/launcher/', 'src/tenant/', 'src/lib/', 'src/i18n/'],
    why: 'the package’s commands are the preflight, the launcher (which starts the local tenant by path) and the tenant probes: never the playground, the pages, the server or the local tenant’s code',
  },
  {
    from: 'src/sandbox-driver/',
    mayNotImport: ['src/'],
    allowed: ['src/sandbox-driver/', 'src/local-tenant/pages/client/experience-flow.ts'],
    why: 'the driver runs the sign-in page’s own client, and nothing else of the tenant or the site',
  },
];

function ruleViolations(found: readonly Edge[]): string[] {
  return found.flatMap(({ from, to }) =>
    rules
      .filter((rule) => from.startsWith(rule.from) && !rule.exempt?.some((path) => from.startsWith(path)))
      .filter((rule) => rule.mayNotImport.some((forbidden) => to.startsWith(forbidden)))
      .filter((rule) => !rule.allowed?.some((path) => to.startsWith(path)))
      .map((rule) => `${from} → ${to}: ${rule.why}`),
  );
}

// --- Layers: dependencies point one way --------------------------------------------------------

/**
 * Parts of a tree from the bottom up; a part may import its own layer and the ones below, never one
 * above. A path names a folder (`guide/`) or a file (`app.ts`), relative to the tree's root.
 */
type Layers = readonly (readonly string[])[];

/** ARCHITECTURE.md's chain: lib, i18n ← tenant ← guide ← diagnosis ← preflight ← playground ← pages, server. */
const siteLayers: Layers = [
  ['lib/', 'i18n/', 'styles/'],
  ['tenant/', 'rate-limit/'],
  ['guide/', 'layouts/'],
  ['diagnosis/'],
  ['preflight/'],
  ['playground/', 'middleware/'],
  ['pages/', 'server/', 'middleware.ts', 'content.config.ts'],
];

/**
 * The parts that stand apart from the site's chain, kept apart by their rules: the local tenant (a
 * server of its own, with its own layers below), the launcher and the sandbox driver (tooling for the
 * scripts and the tests), and the logto-naver package's commands (built on the preflight and the launcher).
 */
const apartFromSiteLayers = ['src/local-tenant/', 'src/launcher/', 'src/sandbox-driver/', 'src/package/'];

/** The local tenant's own layers. */
const localTenantLayers: Layers = [
  ['http/', 'store/', 'logto-phrases.ts'],
  ['naver-mock/'],
  ['config/'],
  ['users/'],
  ['naver-connector/'],
  ['audit-log/'],
  ['oidc/'],
  ['experience/'],
  ['management-api/'],
  ['pages/'],
  ['app.ts'],
  ['server.ts'],
  ['main.ts'],
];

function layerOf(layers: Layers, path: string): number {
  return layers.findIndex((parts) => parts.some((part) => (part.endsWith('/') ? path.startsWith(part) : path === part)));
}

/** Imports between files under `base` (except those under `apart`) that run up a layer. */
function upwardImports(found: readonly Edge[], base: string, layers: Layers, apart: readonly string[] = []): string[] {
  const inside = (path: string) => path.startsWith(base) && !apart.some((other) => path.startsWith(other));
  const layer = (path: string) => layerOf(layers, path.slice(base.length));
  return found
    .filter(({ from, to }) => inside(from) && inside(to) && layer(from) < layer(to))
    .map(({ from, to }) => `${from} → ${to} runs up from layer ${layer(from)} to ${layer(to)}`);
}

/** Files under `base` (except those under `apart`) that no layer names: a new part must be given its place. */
function unlayered(files: readonly string[], base: string, layers: Layers, apart: readonly string[] = []): string[] {
  return files.filter((file) => file.startsWith(base) && !apart.some((other) => file.startsWith(other)) && layerOf(layers, file.slice(base.length)) === -1);
}

// --- Cycles between the top-level parts of a tree ----------------------------------------------

/** The top-level part of `path` under `base`: its first folder (`guide/`) or its own name (`middleware.ts`). */
function partOf(base: string, path: string): string {
  const rest = path.slice(base.length);
  const slash = rest.indexOf('/');
  return slash === -1 ? rest : rest.slice(0, slash + 1);
}

/**
 * Every set of top-level parts under `base` that import each other round in a loop (Tarjan's strongly
 * connected components over the part graph), each with the imports that close it. Hand-written: it is
 * twenty lines, and a graph library for one test would be more to read than the algorithm.
 */
function partCycles(found: readonly Edge[], base: string): string[][] {
  const graph = new Map<string, Map<string, string>>();
  for (const { from, to } of found) {
    if (!from.startsWith(base) || !to.startsWith(base)) continue;
    const [a, b] = [partOf(base, from), partOf(base, to)];
    if (!graph.has(b)) graph.set(b, new Map());
    if (a === b) continue;
    const out = graph.get(a) ?? new Map<string, string>();
    if (!out.has(b)) out.set(b, `${from} → ${to}`);
    graph.set(a, out);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) {
      const closing = component.flatMap((part) => [...(graph.get(part) ?? [])].filter(([to]) => component.includes(to)).map(([, edge]) => edge));
      cycles.push(closing.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

// --- Self-tests: each check can fail ----------------------------------------------------------

test('imports are read from scripts and from an .astro file’s frontmatter and <script>, not its markup', () => {
  const astro = [
    '---',
    "import Step from '../guide/components/GuideStep.astro';",
    "import { faultScenarioIds } from '../lib/fault-lab.ts';",
    "import source from '../playground/logto/client.ts?raw';",
    '---',
    "<pre>import { not } from '../preflight/types.ts';</pre>",
    '<script>',
    "  import '../guide/client/guide.ts';",
    '</script>',
  ].join('\n');
  expect(importsIn('src/pages/x.astro', astro)).toEqual([
    'src/guide/components/GuideStep.astro',
    'src/lib/fault-lab.ts',
    'src/playground/logto/client.ts',
    'src/guide/client/guide.ts',
  ]);
  const script = "import type { A } from './a.ts';\nexport { b } from '../b.ts';\nexport * from './c.ts';\nconst d = await import('./d.ts');\nimport {\n  e,\n} from 'zod';";
  expect(importsIn('src/lib/x.ts', script)).toEqual(['src/lib/a.ts', 'src/b.ts', 'src/lib/c.ts', 'src/lib/d.ts']);
});

test('the rules catch a forbidden import (so the real check below can fail)', () => {
  expect(ruleViolations([{ from: 'src/preflight/checks/app.ts', to: 'src/playground/flow/context.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/i18n/languages.ts', to: 'src/diagnosis/codes.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/guide/components/GuideStep.astro', to: 'src/playground/fault-lab/scenarios.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/playground/state/reader-state.ts', to: 'src/server/env.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/local-tenant/app.ts', to: 'src/preflight/types.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/playground/panel-model.ts', to: 'src/local-tenant/server.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/playground/panel-model.ts', to: 'src/preflight/verified-steps.ts' }])).toEqual([]);
  // No diagnosis from the scenario's identity: the diagnosis path never reads the fault lab.
  expect(ruleViolations([{ from: 'src/playground/diagnosis/did-not-come-back.ts', to: 'src/playground/fault-lab/scenarios.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/diagnosis/observations.ts', to: 'src/lib/fault-lab.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/playground/flow/callback.ts', to: 'src/lib/fault-lab.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/server/island-render-cache.ts', to: 'src/playground/state/reader-state.ts' }])).toEqual([]);
  expect(ruleViolations([{ from: 'src/local-tenant/main.ts', to: 'src/lib/local-tenant-defaults.ts' }])).toEqual([]);
  // Two rules refuse it: the server's own, and the one that keeps the launcher out of the site.
  expect(ruleViolations([{ from: 'src/server/main.ts', to: 'src/launcher/launch.ts' }])).toHaveLength(2);
  expect(ruleViolations([{ from: 'src/playground/flow/sign-in.ts', to: 'src/sandbox-driver/index.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/preflight/cli.ts', to: 'src/package/sandbox.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/package/check.ts', to: 'src/playground/flow/sign-in.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/package/sandbox.ts', to: 'src/launcher/index.ts' }])).toEqual([]);
  expect(ruleViolations([{ from: 'src/launcher/launch.ts', to: 'src/lib/local-tenant-defaults.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/sandbox-driver/tenant-sign-in.ts', to: 'src/local-tenant/server.ts' }])).toHaveLength(1);
  expect(ruleViolations([{ from: 'src/sandbox-driver/tenant-sign-in.ts', to: 'src/local-tenant/pages/client/experience-flow.ts' }])).toEqual([]);
});

test('the layers catch an import that runs up, and a file no layer names', () => {
  expect(upwardImports([{ from: 'src/diagnosis/codes.ts', to: 'src/preflight/reasons.ts' }], 'src/', siteLayers)).toHaveLength(1);
  expect(upwardImports([{ from: 'src/preflight/reasons.ts', to: 'src/diagnosis/codes.ts' }], 'src/', siteLayers)).toEqual([]);
  expect(upwardImports([{ from: 'src/local-tenant/oidc/error-body.ts', to: 'src/local-tenant/experience/request-error.ts' }], 'src/local-tenant/', localTenantLayers)).toHaveLength(1);
  expect(upwardImports([{ from: 'src/local-tenant/oidc/error-body.ts', to: 'src/local-tenant/logto-phrases.ts' }], 'src/local-tenant/', localTenantLayers)).toEqual([]);
  expect(unlayered(['src/new-part/x.ts', 'src/lib/redact.ts', 'src/local-tenant/app.ts'], 'src/', siteLayers, ['src/local-tenant/'])).toEqual(['src/new-part/x.ts']);
});

test('the cycle finder finds parts that import each other round, however long the loop', () => {
  const loop = [
    { from: 'src/a/x.ts', to: 'src/b/y.ts' },
    { from: 'src/b/y.ts', to: 'src/c/z.ts' },
    { from: 'src/c/z.ts', to: 'src/a/w.ts' },
    { from: 'src/c/z.ts', to: 'src/d.ts' },
  ];
  expect(partCycles(loop, 'src/')).toEqual([['src/a/x.ts → src/b/y.ts', 'src/b/y.ts → src/c/z.ts', 'src/c/z.ts → src/a/w.ts']]);
  expect(partCycles([{ from: 'src/a/x.ts', to: 'src/b/y.ts' }, { from: 'src/b/v.ts', to: 'src/a/u.ts' }], 'src/')).toHaveLength(1);
  expect(partCycles(loop.slice(0, 2), 'src/')).toEqual([]);
  expect(partCycles([{ from: 'src/a/x.ts', to: 'src/a/y.ts' }, { from: 'src/a/y.ts', to: 'src/a/x.ts' }], 'src/')).toEqual([]);
});

// --- The real graph ----------------------------------------------------------------------------

test('the graph is read: every kind of source file contributes imports', () => {
  expect(edges.length).toBeGreaterThan(300);
  expect(edges.some(({ from }) => from.endsWith('.astro'))).toBe(true);
  expect(edges).toContainEqual({ from: 'src/pages/[lang]/index.astro', to: 'src/guide/client/guide.ts' });
});

test('no file imports across a rule of ARCHITECTURE.md', () => {
  expect(ruleViolations(edges)).toEqual([]);
});

test('the site’s dependencies point one way: every part has a layer, and no import runs up them', () => {
  expect(unlayered(files, 'src/', siteLayers, apartFromSiteLayers)).toEqual([]);
  expect(upwardImports(edges, 'src/', siteLayers, apartFromSiteLayers)).toEqual([]);
});

test('the local tenant’s dependencies point one way: every part has a layer, and no import runs up them', () => {
  expect(unlayered(files, 'src/local-tenant/', localTenantLayers)).toEqual([]);
  expect(upwardImports(edges, 'src/local-tenant/', localTenantLayers)).toEqual([]);
});

test('no two top-level parts import each other, in the site or in the local tenant', () => {
  expect(partCycles(edges, 'src/')).toEqual([]);
  expect(partCycles(edges, 'src/local-tenant/')).toEqual([]);
});
