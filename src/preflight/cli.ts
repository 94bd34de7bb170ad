/**
 * `npm run preflight -- --endpoint … --app-id …`: the preflight checks on the command line.
 * Usage and exit codes: `--help`, or EXIT_CODES in ./cli/args.ts (0 all passed, 1 not all passed,
 * 2 usage error, 3 internal error). The secret comes from LOGTO_APP_SECRET or a hidden prompt only.
 */
import { pathToFileURL } from 'node:url';
import { format } from '../i18n/define-strings.ts';
import { fallbackLang } from '../i18n/languages.ts';
import { preflightCliStrings } from './strings.ts';
import { createSafeFetch } from '../lib/safe-fetch.ts';
import { playgroundUris } from '../tenant/redirect-uris.ts';
import { EXIT_CODES, parseCliArgs } from './cli/args.ts';
import { promptHidden } from './cli/prompt-secret.ts';
import { formatTable, jsonReport } from './cli/table.ts';
import { runPreflight } from './run-preflight.ts';
import { settled } from './check-definitions.ts';

/** Requests to a tenant across the internet get a little longer than the site's interactive default. */
const CLI_TIMEOUT_MS = 10_000;

export async function main(argv: readonly string[], env: Record<string, string | undefined>): Promise<number> {
  const command = parseCliArgs(argv, env);
  if (command.kind === 'help') {
    process.stdout.write(`${command.text}\n`);
    return EXIT_CODES.ok;
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`${command.message}\n${preflightCliStrings[command.lang].seeHelp}\n`);
    return EXIT_CODES.usage;
  }

  const { options } = command;
  const t = preflightCliStrings[options.lang];
  if (options.endpointGivenAs) {
    const note = options.endpointGivenAs === 'issuer' ? t.noteEndpointFromIssuer : t.noteEndpointFromDiscovery;
    process.stderr.write(`${format(note, { origin: options.endpoint })}\n`);
  }
  let secret = options.secretFromEnv;
  if (!secret && process.stdin.isTTY) secret = (await promptHidden(format(t.secretPrompt, { appId: options.appId }))).trim();
  if (!secret) {
    process.stderr.write(`${t.errorNoSecret}\n`);
    return EXIT_CODES.usage;
  }

  const results = await runPreflight(
    {
      endpoint: options.endpoint,
      appId: options.appId,
      appSecret: secret,
      ...playgroundUris(options.siteOrigin),
      target: options.target,
      expectedNaverClientId: options.expectedNaverClientId,
    },
    { fetch: createSafeFetch({ mode: options.publicMode ? 'PUBLIC' : 'LOCAL', timeoutMs: CLI_TIMEOUT_MS }) },
  );
  const exitCode = results.every(settled) ? EXIT_CODES.ok : EXIT_CODES.checksDidNotPass;
  const output = options.json
    ? JSON.stringify(jsonReport(results, { ...options, exitCode }), null, 2)
    : formatTable(results, options.lang, options.siteOrigin);
  process.stdout.write(`${output}\n`);
  return exitCode;
}

// Run only when executed (`node src/preflight/cli.ts`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2), process.env).then(
    // Exit explicitly: the fetch agent keeps idle sockets open for a few seconds otherwise.
    (code) => process.stdout.write('', () => process.exit(code)),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${format(preflightCliStrings[fallbackLang].internalError, { message })}\n`);
      process.exit(EXIT_CODES.internal);
    },
  );
}
