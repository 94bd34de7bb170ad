/**
 * `logto-naver <command>`: preflight (the site's own CLI, src/preflight/cli.ts), check and sandbox.
 * Each command resolves with its exit code; bin.ts exits with it.
 */
import { format } from '../i18n/define-strings.ts';
import { main as preflightMain } from '../preflight/cli.ts';
import { langFromLocale } from '../preflight/cli/args.ts';
import type { Env } from './args.ts';
import { checkCommand } from './check.ts';
import { sandboxCommand } from './sandbox.ts';
import { packageStrings } from './strings.ts';

export const COMMANDS = {
  preflight: (argv: readonly string[], env: Env) => preflightMain(argv, env, 'logto-naver preflight'),
  check: checkCommand,
  sandbox: sandboxCommand,
} as const;

export async function runLogtoNaver(argv: readonly string[], env: Env): Promise<number> {
  const [name, ...rest] = argv;
  const lang = langFromLocale(env['LC_ALL'] || env['LANG']);
  const t = packageStrings[lang];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${t.usage}\n`);
    return name === undefined ? 2 : 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    process.stderr.write(`${format(t.unknownCommand, { command: name })}\n${t.usage}\n`);
    return 2;
  }
  return COMMANDS[name as keyof typeof COMMANDS](rest, env);
}
