/**
 * The package's command lines (sandbox, check): util.parseArgs, strict (an unknown option or a stray word
 * is refused), `--help`, and the language of the messages from `--lang` or LANG. No I/O here.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { format } from '../i18n/define-strings.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { langFromLocale } from '../preflight/cli/args.ts';
import { packageStrings } from './strings.ts';

export type Env = Record<string, string | undefined>;

export type Parsed<T> = { kind: 'run'; lang: Lang; options: T } | { kind: 'help'; lang: Lang } | { kind: 'usage-error'; lang: Lang; message: string };

export type RawValues = Record<string, string | boolean | string[] | undefined>;

/**
 * Parses `argv` with `options` (plus --lang and --help), then hands the values to `build`, which
 * returns the command's options or a usage error's message.
 */
export function parseCommand<T>(
  argv: readonly string[],
  env: Env,
  options: ParseArgsOptionsConfig,
  build: (values: RawValues, lang: Lang) => T | { error: string },
): Parsed<T> {
  const langIndex = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const langArg = langIndex < 0 ? undefined : argv[langIndex]!.includes('=') ? argv[langIndex]!.split('=')[1] : argv[langIndex + 1];
  const lang = isLang(langArg) ? langArg : langFromLocale(env['LC_ALL'] || env['LANG']);
  const t = packageStrings[lang];
  let values: RawValues;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { ...options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    }));
  } catch (caught) {
    return { kind: 'usage-error', lang, message: format(t.errorArgs, { message: caught instanceof Error ? caught.message : String(caught) }) };
  }
  if (values['help']) return { kind: 'help', lang };
  if (langArg !== undefined && !isLang(langArg)) return { kind: 'usage-error', lang, message: t.errorLang };
  const built = build(values, lang);
  if (typeof built === 'object' && built !== null && 'error' in built) return { kind: 'usage-error', lang, message: built.error };
  return { kind: 'run', lang, options: built };
}

/** A string option, else the environment variable, else undefined (blank counts as absent). */
export function stringValue(values: RawValues, name: string, env: Env, envName?: string): string | undefined {
  const value = values[name];
  if (typeof value === 'string' && value !== '') return value;
  return envName ? env[envName] || undefined : undefined;
}

/** A repeatable option's values, plus those listed in an environment variable (spaces or commas). */
export function listValue(values: RawValues, name: string, env: Env, envName: string): string[] {
  const given = values[name];
  const fromArgs = Array.isArray(given) ? given : [];
  const fromEnv = (env[envName] ?? '').split(/[\s,]+/).filter(Boolean);
  return [...fromArgs, ...fromEnv];
}
