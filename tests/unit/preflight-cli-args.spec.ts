import { expect, test } from '@playwright/test';
import { EXIT_CODES, langFromLocale, parseCliArgs } from '../../src/preflight/cli/args.ts';

const required = ['--endpoint', 'https://abc123.logto.app', '--app-id', 'k3n8v0b1q5c7x2m4z6l9a'];

test.describe('preflight CLI arguments', () => {
  test('exit codes are distinct', () => {
    expect(new Set(Object.values(EXIT_CODES)).size).toBe(Object.keys(EXIT_CODES).length);
    expect(EXIT_CODES.ok).toBe(0);
  });

  test('the secret is refused as an argument in every spelling, without echoing it', () => {
    for (const argv of [
      [...required, '--app-secret', 'S3cretValue'],
      [...required, '--app-secret=S3cretValue'],
      [...required, '--secret', 'S3cretValue'],
      [...required, '--client-secret=S3cretValue'],
    ]) {
      const command = parseCliArgs(argv, {});
      expect(command.kind, argv.join(' ')).toBe('usage-error');
      if (command.kind === 'usage-error') {
        expect(command.message).toContain('LOGTO_APP_SECRET');
        expect(command.message).not.toContain('S3cretValue');
      }
    }
  });

  test('options are parsed, the secret comes from the environment, defaults fill the rest', () => {
    const command = parseCliArgs([...required, '--json', '--public', '--lang', 'ko'], { LOGTO_APP_SECRET: 'from-env' });
    expect(command).toEqual({
      kind: 'run',
      options: {
        endpoint: 'https://abc123.logto.app',
        appId: 'k3n8v0b1q5c7x2m4z6l9a',
        siteOrigin: 'http://localhost:4321',
        redirectUri: undefined,
        postSignOutRedirectUri: undefined,
        target: 'naver',
        expectedNaverClientId: undefined,
        lang: 'ko',
        reporters: ['json'],
        output: undefined,
        failOn: 'warn',
        guideOrigin: 'http://localhost:4321',
        publicMode: true,
        secretFromEnv: 'from-env',
      },
    });
  });

  test('reporters are given once each, github beside the one that goes to --output; --fail-on and the guide origin', () => {
    const command = parseCliArgs(
      [...required, '--reporter', 'github', '--reporter', 'junit', '--reporter', 'github', '--output', 'r.xml', '--fail-on', 'fail', '--guide-origin', 'https://guide.example'],
      {},
    );
    expect(command.kind === 'run' && command.options).toMatchObject({ reporters: ['github', 'junit'], output: 'r.xml', failOn: 'fail', guideOrigin: 'https://guide.example' });
    const fromEnv = parseCliArgs(required, { PREFLIGHT_FAIL_ON: 'fail', GUIDE_ORIGIN: 'https://g.example' });
    expect(fromEnv.kind === 'run' && fromEnv.options).toMatchObject({ reporters: ['table'], failOn: 'fail', guideOrigin: 'https://g.example' });
  });

  test('the usage names the command it runs as', () => {
    const command = parseCliArgs(['--help'], {}, 'logto-naver preflight');
    expect(command.kind === 'help' && command.text).toContain('Usage: logto-naver preflight --endpoint');
  });

  test('endpoint, App ID, site origin and expected Naver client ID may come from the environment', () => {
    const command = parseCliArgs([], {
      LOGTO_ENDPOINT: 'http://localhost:3001/',
      LOGTO_APP_ID: 'abc',
      SITE_ORIGIN: 'http://localhost:4500',
      NAVER_CLIENT_ID: 'NaverId',
      LANG: 'ja_JP.UTF-8',
    });
    expect(command.kind).toBe('run');
    if (command.kind !== 'run') return;
    expect(command.options).toMatchObject({
      endpoint: 'http://localhost:3001',
      appId: 'abc',
      siteOrigin: 'http://localhost:4500',
      expectedNaverClientId: 'NaverId',
      lang: 'ja',
      secretFromEnv: undefined,
    });
  });

  test('an endpoint given as the issuer or the discovery URL is understood, and says which origin is used', () => {
    for (const [endpoint, form] of [
      ['https://abc123.logto.app/oidc', 'issuer'],
      ['https://abc123.logto.app/oidc/.well-known/openid-configuration', 'discovery'],
    ] as const) {
      const command = parseCliArgs(['--endpoint', endpoint, '--app-id', 'abc'], {});
      expect(command.kind === 'run' && command.options.endpoint).toBe('https://abc123.logto.app');
      expect(command.kind === 'run' && command.options.endpointGivenAs).toBe(form);
    }
    const plain = parseCliArgs(['--endpoint', 'https://abc123.logto.app', '--app-id', 'abc'], {});
    expect(plain.kind === 'run' && plain.options.endpointGivenAs).toBeUndefined();
  });

  test('usage errors are specific and in the chosen language', () => {
    const cases: [string[], string][] = [
      [['--app-id', 'abc'], 'Missing --endpoint.'],
      [['--endpoint', 'https://abc123.logto.app'], 'Missing --app-id.'],
      [['--endpoint', 'http://abc123.logto.app', '--app-id', 'abc'], '--endpoint must be an origin'],
      [['--endpoint', 'https://abc123.logto.app/console', '--app-id', 'abc'], '--endpoint must be an origin'],
      [[...required, '--site-origin', 'nope'], '--site-origin must be an origin'],
      [[...required, '--lang', 'fr'], '--lang must be ja, en or ko.'],
      [[...required, '--target', 'Not A Target'], '--target must be'],
      [[...required, '--naver-client-id', 'client_id=abc'], '--naver-client-id must be the Client ID'],
      [[...required, '--bogus'], "Unknown option '--bogus'"],
      [[...required, 'stray'], 'positional'],
      [[...required, '--reporter', 'xml'], '--reporter must be table, json, github or junit.'],
      [[...required, '--fail-on', 'skip'], '--fail-on must be warn or fail.'],
      [[...required, '--reporter', 'json', '--reporter', 'junit', '--output', 'r'], '--output takes the report of one reporter besides github; json, junit were given.'],
      [[...required, '--guide-origin', 'nope'], '--guide-origin must be an origin'],
      [[...required, '--redirect-uri', 'ftp://x/cb'], '--redirect-uri must be an http(s) URL.'],
    ];
    for (const [argv, message] of cases) {
      const command = parseCliArgs(argv, {});
      expect(command.kind, argv.join(' ')).toBe('usage-error');
      if (command.kind === 'usage-error') expect(command.message).toContain(message);
    }
    const ja = parseCliArgs(['--lang', 'ja', '--app-id', 'abc'], {});
    expect(ja).toEqual({ kind: 'usage-error', lang: 'ja', message: '--endpoint がありません。' });
  });

  test('--help wins over missing options and shows the exit codes', () => {
    const command = parseCliArgs(['--help'], {});
    expect(command.kind).toBe('help');
    if (command.kind === 'help') {
      expect(command.text).toContain('--endpoint <url>');
      expect(command.text).toContain('2 usage error');
      expect(command.text).not.toMatch(/\{\w+\}/);
    }
  });

  test('the language follows LANG or LC_ALL when --lang is absent', () => {
    expect(langFromLocale('ko_KR.UTF-8')).toBe('ko');
    expect(langFromLocale('C.UTF-8')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
});
