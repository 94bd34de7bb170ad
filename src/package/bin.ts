#!/usr/bin/env node
/** The `logto-naver` executable: runs the command, then exits with its code (the fetch agent's idle sockets would keep it alive a few seconds). */
import { format } from '../i18n/define-strings.ts';
import { langFromLocale } from '../preflight/cli/args.ts';
import { runLogtoNaver } from './cli.ts';
import { packageStrings } from './strings.ts';

runLogtoNaver(process.argv.slice(2), process.env).then(
  (code) => process.stdout.write('', () => process.exit(code)),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${format(packageStrings[langFromLocale(process.env['LC_ALL'] || process.env['LANG'])].internalError, { message })}\n`);
    process.exit(3);
  },
);
