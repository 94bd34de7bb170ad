/**
 * The audit-log diagnosis over what real Logto 1.37.1 wrote (../shared/reference/real-logto-faults.md,
 * the fault table): each row's entries after the shared start P, as the logs API lists them (with the
 * playground server's own noise N before them and an earlier attempt of the same browser), reduced,
 * grouped into the last attempt and named. Also the reduction's promise: no code, verifier, profile
 * value or raw message survives it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { stepOf, type DiagnosisCode } from '../../src/diagnosis/codes.ts';
import { lastAttemptEntries } from '../../src/preflight/audit-log/last-attempt.ts';
import { findingOfAttempt } from '../../src/preflight/audit-log/name-cause.ts';
import { auditLogFindingSchema, type AuditLogFinding } from '../../src/preflight/audit-log/finding.ts';
import { auditLogFactsOf, hasNextPage, loggedErrorOf, type AuditLogFacts } from '../../src/tenant/management-api.ts';
import { sharedReference } from '../support/shared-reference.ts';

const appId = 'recordedappid00000001';
const browserUa = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/142.0 Safari/537.36';
const browserIp = '::ffff:127.0.0.1';
/** Values that must never leave the reduction (the records: code and verifier in clear, Naver's whole profile). */
const secrets = { code: 'AUTHCODE-9f8e7d', verifier: 'PKCE-VERIFIER-1a2b3c', mobile: '010-9876-5432', naverCode: 'NAVERCODE-77aa' };

/** The fault table's rows, by their # column: the cell "audit log after P". */
function recordedRows(): Map<string, string> {
  const text = readFileSync(sharedReference('real-logto-faults.md'), 'utf8');
  const section = text.slice(text.indexOf('## Faults (v1.37.1, recorded)'), text.indexOf('**Run checks**'));
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 7 || cells[1] === '#' || cells[1]?.startsWith('---')) continue;
    rows.set(cells[1]!, cells[5]!);
  }
  return rows;
}

let clock = 1_000_000;
function raw(key: string, result: 'Success' | 'Error', payload: Record<string, unknown> = {}, who = { ip: browserIp, userAgent: browserUa }) {
  clock += 1000;
  return { tenantId: 'default', id: `id${clock}`, key, createdAt: clock, payload: { key, result, applicationId: appId, ...who, ...payload } };
}
const undici = { ip: '127.0.0.1', userAgent: 'undici' };

/** N: the playground server's own entries on every sign-in (recorded), with the code and verifier in clear. */
const noise = () => [
  raw('ExchangeTokenBy.AuthorizationCode', 'Error', { params: { code: secrets.code, code_verifier: secrets.verifier, grant_type: 'authorization_code' }, error: '{"error":"invalid_grant"}' }, undici),
  raw('Interaction.Create', 'Success', { params: { direct_sign_in: 'social:naver' } }, undici),
];
const start = () => [
  raw('Interaction.Create', 'Success', { params: { direct_sign_in: 'social:naver', client_id: appId }, prompt: { name: 'login' } }),
  raw('Interaction.SignIn.Create', 'Success', { interaction: { interactionEvent: 'SignIn', verificationRecords: [] } }),
  raw('Interaction.SignIn.Verification.Social.Create', 'Success', { payload: { connectorId: 'c1', state: 's', redirectUri: 'http://localhost:3001/callback/c1' } }),
];
const profile = { verificationRecords: [{ type: 'Social', socialUserInfo: { rawData: { response: { mobile: secrets.mobile } } } }] };

/** The entries of a row's attempt (P, then what the row records after it), as raw API entries. */
function attemptOf(cell: string): ReturnType<typeof raw>[] {
  // #7, a sign-in an app starts itself with the connector out of the sign-in experience: a lone Interaction.Create.
  if (cell.includes('Direct: one browser `Interaction.Create`')) return [start()[0]!];
  const { after } = entriesAfterStart(cell);
  return [...start(), ...after];
}

function entriesAfterStart(cell: string): { before: ReturnType<typeof raw>[]; after: ReturnType<typeof raw>[] } {
  const submitFailure = /Submit ✗ `(.+?)`(?:;|$| \()/.exec(cell);
  const callbackError = /connectorData \{error:"(\w+)"/.exec(cell)?.[1];
  if (cell.includes('Interaction.End')) {
    return {
      before: [],
      after: [
        raw('Interaction.SignIn.Verification.Social.Submit', 'Success', { payload: { connectorData: { code: secrets.naverCode } }, interaction: profile }),
        raw('Interaction.SignIn.Identifier.Submit', 'Success', { interaction: profile }),
        raw('Interaction.SignIn.Submit', 'Success'),
        raw('Interaction.End', 'Success'),
      ],
    };
  }
  if (cell.includes('Identifier.Submit` ✗')) {
    const code = /code:"([\w.]+)"/.exec(cell)![1]!;
    return {
      before: [],
      after: [
        raw('Interaction.SignIn.Verification.Social.Submit', 'Success', { payload: { connectorData: { code: secrets.naverCode } } }),
        raw('Interaction.SignIn.Identifier.Submit', 'Error', { error: { code, data: {}, message: 'The social account has not been registered yet.' }, interaction: profile }),
      ],
    };
  }
  if (cell.startsWith('`Interaction.SignIn.Verification.Social.Create` ✗')) {
    const code = /code:"([\w.]+)"/.exec(cell)![1]!;
    return { before: [], after: [raw('Interaction.SignIn.Verification.Social.Create', 'Error', { error: { code, message: 'The resource does not exist.' } })] };
  }
  if (submitFailure) {
    // After 동의하기 Naver sends a code (#16 names it); after a cancel, its error.
    const connectorData = callbackError ? { error: callbackError, error_description: 'Canceled By User' } : { code: secrets.naverCode };
    return {
      before: [],
      after: [raw('Interaction.SignIn.Verification.Social.Submit', 'Error', { error: { message: submitFailure[1] }, payload: { connectorId: 'c1', connectorData }, interaction: profile })],
    };
  }
  return { before: [], after: [] };
}

/** What each recorded row is diagnosed as: a cause, or what the log can't say. */
const expected: Record<string, DiagnosisCode | 'silent' | 'completed'> = {
  ok: 'completed',
  '10': 'naver_client_secret_wrong',
  '11': 'naver_client_secret_wrong',
  '15': 'naver_unavailable',
  '16': 'naver_unavailable',
  x1: 'naver_unavailable',
  '25': 'naver_cancelled',
  '9': 'silent',
  '12': 'silent',
  x2: 'silent',
  '–': 'silent',
  '17': 'sign_in_only',
  '8': 'connector_not_enabled',
  '7': 'silent',
};

/** The API's list (newest first) → facts, oldest first: what readAuditLog hands on. */
const facts = (entries: unknown[]) => entries.map(auditLogFactsOf).filter((entry): entry is AuditLogFacts => entry !== undefined);

function diagnose(rowCell: string): { finding: AuditLogFinding; reduced: AuditLogFacts[] } {
  // An earlier attempt of the same browser that was cancelled, then N, then this attempt.
  const earlier = [...start(), raw('Interaction.SignIn.Verification.Social.Submit', 'Error', { error: { message: 'Error: ConnectorError: "{}"' }, payload: { connectorData: { error: 'access_denied' } } })];
  const listed = [...earlier, ...noise(), ...attemptOf(rowCell)].reverse();
  const reduced = facts(listed).reverse();
  return { finding: findingOfAttempt(lastAttemptEntries(reduced, { applicationId: appId, since: 0, userAgent: browserUa })), reduced };
}

const rows = recordedRows();

test('the record has every row this table names', () => {
  expect([...rows.keys()].sort()).toEqual(Object.keys(expected).sort());
});

for (const [row, want] of Object.entries(expected)) {
  test(`#${row}: ${want}`, () => {
    const cell = rows.get(row);
    expect(cell, `row ${row} in real-logto-faults.md`).toBeDefined();
    const { finding, reduced } = diagnose(cell!);
    expect(auditLogFindingSchema.parse(finding)).toEqual(finding);
    if (want === 'silent') {
      expect(finding).toMatchObject({ kind: 'silent', logKey: row === '7' ? 'Interaction.Create' : 'Interaction.SignIn.Verification.Social.Create' });
    } else if (want === 'completed') {
      expect(finding.kind).toBe('completed');
    } else {
      expect(finding).toMatchObject({ kind: 'cause', cause: want });
      // The step is the cause's own, from the one table of causes.
      expect(stepOf(want)).toBe(
        { naver_client_secret_wrong: 'configure-connector', naver_unavailable: 'test-and-verify', naver_cancelled: 'test-and-verify', sign_in_only: 'enable-in-sign-in-experience', connector_not_enabled: 'add-naver-connector' }[want as string],
      );
    }
    // Nothing of the code, the verifier, Naver's profile or the raw messages survives the reduction.
    const kept = JSON.stringify({ reduced, finding });
    for (const value of Object.values(secrets)) expect(kept).not.toContain(value);
    expect(kept).not.toContain('Canceled By User');
    expect(kept).not.toContain('Service temporarily unavailable');
    expect(kept).not.toContain('127.0.0.1:443');
  });
}

test('the evidence names what the entry logged, as a code', () => {
  const evidence = (row: string) => {
    const { finding } = diagnose(rows.get(row)!);
    return finding.kind === 'cause' ? finding.evidence : '';
  };
  expect(evidence('11')).toBe('HTTPError 401');
  expect(evidence('15')).toBe('HTTPError 503');
  expect(evidence('x1')).toBe('ECONNREFUSED');
  expect(evidence('25')).toBe('access_denied');
  expect(evidence('17')).toBe('user.identity_not_exist');
  expect(evidence('10')).toBe('token answer without access_token token_type');
});

test("the playground server's own entries (Run checks: Interaction.Create → SignIn.Create → Social.Create, all undici) are never an attempt", () => {
  const runChecks = [
    raw('Interaction.Create', 'Success', { params: { direct_sign_in: 'social:naver' } }, undici),
    raw('Interaction.SignIn.Create', 'Success', {}, undici),
    raw('Interaction.SignIn.Verification.Social.Create', 'Success', {}, undici),
  ];
  expect(findingOfAttempt(lastAttemptEntries(facts(runChecks), { applicationId: appId, since: 0 }))).toEqual({ kind: 'no-attempt' });
  // After a real attempt, the checks' walk does not hide it either.
  const { after } = entriesAfterStart(rows.get('11')!);
  const mixed = facts([...start(), ...after, ...runChecks]);
  expect(findingOfAttempt(lastAttemptEntries(mixed, { applicationId: appId, since: 0 }))).toMatchObject({ kind: 'cause', cause: 'naver_client_secret_wrong' });
});

test('grouping: another browser, another app and entries before the window are not the attempt', () => {
  const { after } = entriesAfterStart(rows.get('15')!);
  const mine = [...start(), ...after];
  const otherBrowser = [...start(), raw('Interaction.SignIn.Verification.Social.Submit', 'Error', { error: { message: 'HTTPError: Response code 401 (Unauthorized)' } })].map((entry) => ({
    ...entry,
    payload: { ...entry.payload, userAgent: 'Mozilla/5.0 Firefox/140.0' },
  }));
  const reduced = facts([...mine, ...otherBrowser]);
  expect(findingOfAttempt(lastAttemptEntries(reduced, { applicationId: appId, since: 0, userAgent: browserUa }))).toMatchObject({ cause: 'naver_unavailable' });
  expect(findingOfAttempt(lastAttemptEntries(reduced, { applicationId: 'someotherapp', since: 0 }))).toEqual({ kind: 'no-attempt' });
  expect(findingOfAttempt(lastAttemptEntries(reduced, { applicationId: appId, since: clock + 1, userAgent: browserUa }))).toEqual({ kind: 'no-attempt' });
  // Same user agent, another address (another machine): its entries are not mixed into the attempt.
  const elsewhere = facts([...start(), ...after.map((entry) => ({ ...entry, payload: { ...entry.payload, ip: '203.0.113.9' } }))]);
  expect(findingOfAttempt(lastAttemptEntries(elsewhere, { applicationId: appId, since: 0, userAgent: browserUa }))).toMatchObject({ kind: 'silent' });
});

test('an error the records do not name is "unnamed", with its entry and a code', () => {
  const entries = facts([...start(), raw('Interaction.SignIn.Verification.Social.Submit', 'Error', { error: { message: 'Error: ConnectorError: social_invalid_access_token' } })]);
  expect(findingOfAttempt(lastAttemptEntries(entries, { applicationId: appId, since: 0 }))).toMatchObject({
    kind: 'unnamed',
    logKey: 'Interaction.SignIn.Verification.Social.Submit',
    evidence: 'social_invalid_access_token',
  });
});

test('loggedErrorOf reads each form by pattern, and keeps no message', () => {
  expect(loggedErrorOf({ message: 'HTTPError: Response code 401 (Unauthorized)' })).toEqual({ kind: 'http', status: 401 });
  expect(loggedErrorOf({ message: 'RequestError: connect ECONNREFUSED 127.0.0.1:443' })).toEqual({ kind: 'network', code: 'ECONNREFUSED' });
  expect(loggedErrorOf({ message: 'TimeoutError: Timeout awaiting \'request\' for 5000ms' })).toEqual({ kind: 'timeout' });
  expect(loggedErrorOf({ message: 'Error: ConnectorError: "\\"{}\\""' })).toEqual({ kind: 'connector-quoted' });
  expect(loggedErrorOf({ message: 'x', code: 'user.identity_not_exist' })).toEqual({ kind: 'logto', code: 'user.identity_not_exist' });
  expect(loggedErrorOf({ message: 'x', code: '<script>' })).toEqual({ kind: 'other' });
  expect(loggedErrorOf('{"error":"invalid_grant","stack":"…"}')).toEqual({ kind: 'other' });
  expect(loggedErrorOf({ message: 'Error: ConnectorError: a sentence with spaces' })).toEqual({ kind: 'other' });
});

test("a callback error that isn't a plain code is kept as `error`, never as sent", () => {
  const [entry] = facts([raw('Interaction.SignIn.Verification.Social.Submit', 'Error', { payload: { connectorData: { error: '<img src=x onerror=alert(1)>' } } })]);
  expect(entry?.connectorData).toEqual({ error: 'error', hasCode: false });
});

test('Link: the recorded header (its path without /api) has a next page; the last page has none', () => {
  expect(hasNextPage('<http://127.0.0.1:3001/logs?page_size=2&page=2>; rel="next"')).toBe(true);
  expect(hasNextPage('<http://127.0.0.1:3001/logs?page=1>; rel="first", <http://127.0.0.1:3001/logs?page=3>; rel="last", <http://127.0.0.1:3001/logs?page=2>; rel="prev"')).toBe(false);
  expect(hasNextPage(null)).toBe(false);
});
