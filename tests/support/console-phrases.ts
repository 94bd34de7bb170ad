/**
 * Reads the real Logto Console phrase files kept in ../shared/reference/logto-console-phrases (v1.37.1)
 * and ../shared/reference/real-logto-1.42/logto-console-phrases (v1.42.0), beside the checkout, in CI too
 * (see shared-reference.ts). They are TypeScript modules (`const x = {...}; export default Object.freeze(x)`,
 * some importing siblings as './file.js'), so each is transpiled with the TypeScript compiler and run
 * with a tiny CommonJS loader: no Logto package needs to be installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { ConsoleVersion, PhrasePackage } from '../../src/guide/console-labels.ts';
import type { Lang } from '../../src/i18n/languages.ts';

import { sharedReference } from './shared-reference.ts';

/** Where each recorded Console version's phrase files are, under ../shared/reference. */
export const phraseFolders = {
  '1.37': ['logto-console-phrases'],
  '1.42': ['real-logto-1.42', 'logto-console-phrases'],
} as const satisfies Record<ConsoleVersion, readonly string[]>;

/** The phrase files' folder, asked for when first read: a missing ../shared/reference fails with one line. */
const consolePhrasesRoot = (version: ConsoleVersion = '1.37'): string => sharedReference(...phraseFolders[version]);

const cache = new Map<string, unknown>();

function loadModule(file: string): unknown {
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  const source = readFileSync(file, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const module = { exports: {} as Record<string, unknown> };
  const localRequire = (specifier: string): unknown => {
    if (!specifier.startsWith('.')) throw new Error(`${file}: unexpected import "${specifier}"`);
    const sibling = join(dirname(file), specifier.replace(/\.js$/, '.ts'));
    // The 1.42 record keeps only the files the guide's keys live in; a sibling it left out (e.g.
    // concurrent-device-limit.ts) holds none of them, and reads as empty: a key in it is not found.
    return existsSync(sibling) ? loadModule(sibling) : {};
  };
  new Function('exports', 'require', 'module', outputText)(module.exports, localRequire, module);
  const value = module.exports['default'];
  cache.set(file, value);
  return value;
}

/** The phrase file a key's first segment names: `sign_in_exp` → sign-in-exp/index.ts, `tabs` → tabs.ts. */
function phraseFile(version: ConsoleVersion, pkg: PhrasePackage, lang: Lang, head: string): string {
  const base = join(consolePhrasesRoot(version), lang, pkg, head.replaceAll('_', '-'));
  return existsSync(join(base, 'index.ts')) ? join(base, 'index.ts') : `${base}.ts`;
}

/**
 * The phrase under `key` in one language of one Console version (1.37.1 unless told), or undefined when
 * the file or any part of the path is missing.
 */
export function realPhrase(pkg: PhrasePackage, lang: Lang, key: string, version: ConsoleVersion = '1.37'): string | undefined {
  const [head = '', ...path] = key.split('.');
  const file = phraseFile(version, pkg, lang, head);
  if (!existsSync(file)) return undefined;
  let node: unknown = loadModule(file);
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The Naver connector's display names (connector-naver/constant.ts, defaultMetadata.name). */
export function naverConnectorNames(): Record<string, string> {
  const source = readFileSync(join(consolePhrasesRoot(), 'connector-naver/constant.ts'), 'utf8');
  const block = /name:\s*\{([\s\S]*?)\}/.exec(source)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/'?([\w-]+)'?:\s*'([^']*)'/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}
