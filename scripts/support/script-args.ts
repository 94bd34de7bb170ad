/**
 * A script's command line: util.parseArgs (strict: an unknown option, a missing value or a stray word is
 * refused), `--help`/`-h`, and the values checked with a zod schema, which also gives their types and
 * defaults. `--help` prints `usage` and exits 0; a usage error prints what is wrong, then `usage`, on
 * stderr, and exits 2.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { z } from 'zod';

export interface ScriptArgs<S extends z.ZodType> {
  /** The script's header: what it does and how it is called. */
  usage: string;
  options: ParseArgsOptionsConfig;
  /** Words besides the options are allowed, and checked by the schema as `positionals` (a string array). */
  positionals?: boolean;
  /** Checks the parsed values (keyed by option name, `undefined` when not given). */
  schema: S;
}

function usageError(usage: string, message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

export function parseScriptArgs<S extends z.ZodType>({ usage, options, positionals = false, schema }: ScriptArgs<S>, argv = process.argv.slice(2)): z.infer<S> {
  let values: Record<string, unknown>;
  let words: string[];
  try {
    ({ values, positionals: words } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: positionals }));
  } catch (error) {
    usageError(usage, (error as Error).message);
  }
  if (values['help']) {
    console.log(usage);
    process.exit(0);
  }
  const { help: _help, ...given } = values;
  const parsed = schema.safeParse(positionals ? { ...given, positionals: words } : given);
  if (!parsed.success) {
    usageError(
      usage,
      parsed.error.issues.map((issue) => (issue.path[0] === 'positionals' ? issue.message : `--${issue.path.join('.')}: ${issue.message}`)).join('\n'),
    );
  }
  return parsed.data;
}
