/**
 * `npm run preflight -- --endpoint … --app-id …` (and the package's `logto-naver preflight`): the
 * preflight checks on the command line. Usage and exit codes: `--help`, or EXIT_CODES in ./cli/args.ts
 * (0 all passed, 1 not all passed, 2 usage error, 3 internal error). The secret comes from
 * LOGTO_APP_SECRET or a hidden prompt only. Reports: ./cli/reporters.ts.
 * `--last-sign-in --m2m-app-id …` reads the tenant's audit log instead (4 a cause named, 5 the log
 * doesn't say, 6 the log unreadable, 0 the sign-in finished), the M2M secret from LOGTO_M2M_APP_SECRET
 * or a hidden prompt.
 */
import { appendFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { format } from '../i18n/define-strings.ts';
import { fallbackLang } from '../i18n/languages.ts';
import { preflightCliStrings } from './strings.ts';
import { createSafeFetch } from '../lib/safe-fetch.ts';
import { playgroundUris } from '../tenant/redirect-uris.ts';
import { DEFAULT_COMMAND_NAME, EXIT_CODES, parseCliArgs } from './cli/args.ts';
import { promptHidden } from './cli/prompt-secret.ts';
import { failedCount, render, type ReportContext } from './cli/reporters.ts';
import { formatLastSignIn, LAST_SIGN_IN_WINDOW_MS, lastSignInExitCode, lastSignInJson } from './cli/last-sign-in.ts';
import { readLastSignIn } from './audit-log/read-last-sign-in.ts';
import { runPreflight } from './run-preflight.ts';

/** Requests to a tenant across the internet get a little longer than the site's interactive default. */
const CLI_TIMEOUT_MS = 10_000;

export async function main(argv: readonly string[], env: Record<string, string | undefined>, commandName = DEFAULT_COMMAND_NAME): Promise<number> {
  const command = parseCliArgs(argv, env, commandName);
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
  const fetch = createSafeFetch({ mode: options.publicMode ? 'PUBLIC' : 'LOCAL', timeoutMs: CLI_TIMEOUT_MS });
  if (options.lastSignIn) {
    const { m2mAppId } = options.lastSignIn;
    let m2mSecret = options.lastSignIn.m2mSecretFromEnv;
    if (!m2mSecret && process.stdin.isTTY) m2mSecret = (await promptHidden(format(t.m2mSecretPrompt, { appId: m2mAppId }))).trim();
    if (!m2mSecret) {
      process.stderr.write(`${t.errorNoM2mSecret}\n`);
      return EXIT_CODES.usage;
    }
    const finding = await readLastSignIn(
      { endpoint: options.endpoint, appId: options.appId, credential: { appId: m2mAppId, appSecret: m2mSecret }, startedAt: Date.now() - LAST_SIGN_IN_WINDOW_MS },
      { fetch },
    );
    const exitCode = lastSignInExitCode(finding);
    process.stdout.write(`${options.reporters.includes('json') ? JSON.stringify(lastSignInJson(finding, exitCode), null, 2) : formatLastSignIn(finding, options.lang)}\n`);
    return exitCode;
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
      ...(options.redirectUri ? { redirectUri: options.redirectUri } : {}),
      ...(options.postSignOutRedirectUri ? { postSignOutRedirectUri: options.postSignOutRedirectUri } : {}),
      target: options.target,
      expectedNaverClientId: options.expectedNaverClientId,
    },
    { fetch },
  );
  const exitCode = failedCount(results, options.failOn) === 0 ? EXIT_CODES.ok : EXIT_CODES.checksDidNotPass;
  const context: ReportContext = { ...options, exitCode };
  for (const reporter of options.reporters) {
    const { report, summary } = render(reporter, results, context);
    const toFile = options.output !== undefined && reporter !== 'github';
    try {
      if (toFile) {
        await writeFile(options.output!, report);
        process.stderr.write(`${format(t.reportWritten, { file: options.output! })}\n`);
      } else {
        process.stdout.write(report);
      }
      // GitHub's job summary: appended, as every step of the job shares the file.
      const summaryFile = env['GITHUB_STEP_SUMMARY'];
      if (summary !== undefined && summaryFile) await appendFile(summaryFile, summary);
    } catch (error) {
      const file = toFile ? options.output! : (env['GITHUB_STEP_SUMMARY'] ?? '');
      process.stderr.write(`${format(t.errorOutputWrite, { file, message: error instanceof Error ? error.message : String(error) })}\n`);
      return EXIT_CODES.internal;
    }
  }
  // With the report in a file, the log still says what happened.
  if (options.output !== undefined && !options.reporters.includes('table')) {
    process.stdout.write(`${render('table', results, context).report}`);
  }
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
