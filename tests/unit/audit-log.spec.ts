import { expect, test } from '@playwright/test';
import type { Context } from 'koa';
import { AuditLog } from '../../src/local-tenant/audit-log/audit-log.ts';
import { memoryCappedLists } from '../../src/local-tenant/store/capped-lists.ts';
import { LogEntryDraft, loggedError } from '../../src/local-tenant/audit-log/log-entry.ts';
import type { AuditLogEntry } from '../../src/local-tenant/audit-log/log-entry.ts';
import { logtoVersionProfiles } from '../../src/local-tenant/config/logto-version.ts';
import type { LogsApiProfile } from '../../src/local-tenant/config/logto-version.ts';

const logto137 = logtoVersionProfiles['1.37'].logsApi;
import { RequestError } from '../../src/local-tenant/http/request-error.ts';
import { logFilterOf } from '../../src/local-tenant/management-api/log-query.ts';
import { pageOf } from '../../src/local-tenant/management-api/pagination.ts';
import { ConnectorError } from '../../src/local-tenant/naver-connector/index.ts';

function clock(start = 1_800_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

test.describe('an entry as Logto writes it', () => {
  test('starts as Success; append spreads after, prepend before; undefined values are left out', () => {
    const entry = new LogEntryDraft('Interaction.SignIn.Submit', logto137.isMaskedKey);
    expect(entry.payload).toEqual({ key: 'Interaction.SignIn.Submit', result: 'Success' });
    entry.append({ payload: { verificationId: 'v' }, userId: undefined });
    entry.prepend({ applicationId: 'app', interaction: undefined });
    entry.append({ result: 'Error' });
    expect(Object.keys(entry.payload)).toEqual(['applicationId', 'key', 'result', 'payload']);
    expect(entry.payload['result']).toBe('Error');
  });

  test('1.37 masks keys named exactly password or secret, at any depth, and nothing else', () => {
    const entry = new LogEntryDraft('ExchangeTokenBy.AuthorizationCode', logto137.isMaskedKey);
    entry.append({
      password: 'p',
      params: { secret: 's', client_secret: 'kept', code: 'kept', code_verifier: 'kept', nested: [{ password: 'p2' }] },
    });
    expect(entry.payload).toMatchObject({
      password: '******',
      params: { secret: '******', client_secret: 'kept', code: 'kept', code_verifier: 'kept', nested: [{ password: '******' }] },
    });
  });

  test('a RequestError is logged as {message, code, data} in English; anything else as {message: String(error)}', () => {
    expect(loggedError(new RequestError('user.identity_not_exist', 404, { data: {} }))).toEqual({
      message: 'The social account has not been registered yet.',
      code: 'user.identity_not_exist',
      data: {},
    });
    expect(loggedError(new RequestError('entity.not_found', 404))).toEqual({ message: 'The resource does not exist.', code: 'entity.not_found' });
    expect(loggedError(new ConnectorError('social_invalid_access_token'))).toEqual({ message: 'Error: ConnectorError: social_invalid_access_token' });
  });
});

test.describe('the log keeps a bounded amount', () => {
  const profile = logto137;

  test('an entry is gone after its lifetime', async () => {
    const time = clock();
    const log = new AuditLog(memoryCappedLists(time.now), { profile, limits: { maxEntries: 10, retentionSeconds: 60 }, now: time.now });
    const old = await log.insert('Interaction.Create', {});
    time.advance(30_000);
    const recent = await log.insert('Interaction.End', {});
    time.advance(30_001);
    expect((await log.find({}, { offset: 0, limit: 20 })).entries.map((entry) => entry.id)).toEqual([recent.id]);
    expect(await log.findById(old.id)).toBeUndefined();
    time.advance(30_000);
    expect(await log.find({}, { offset: 0, limit: 20 })).toEqual({ total: 0, entries: [] });
  });

  test('past the cap the oldest go first', async () => {
    const time = clock();
    const log = new AuditLog(memoryCappedLists(time.now), { profile, limits: { maxEntries: 3, retentionSeconds: 3600 }, now: time.now });
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push((await log.insert('Interaction.Create', { n: i })).id);
      time.advance(1);
    }
    const { total, entries } = await log.find({}, { offset: 0, limit: 20 });
    expect(total).toBe(3);
    expect(entries.map((entry) => entry.id)).toEqual([ids[4], ids[3], ids[2]]);
  });
});

test.describe('finding entries (GET /api/logs)', () => {
  async function filled() {
    const time = clock();
    const log = new AuditLog(memoryCappedLists(time.now), { profile: logto137, now: time.now });
    const add = async (key: string, payload: Record<string, unknown>) => {
      const entry = await log.insert(key, payload);
      time.advance(10);
      return entry;
    };
    const entries: AuditLogEntry[] = [
      await add('Interaction.Create', { applicationId: 'a1' }),
      await add('Interaction.SignIn.Identifier.Submit', { applicationId: 'a1', userId: 'u1' }),
      await add('ExchangeTokenBy.AuthorizationCode', { applicationId: 'a2', userId: 'u1' }),
      await add('TriggerHook.PostSignIn', { applicationId: 'a1' }),
    ];
    return { log, entries };
  }

  test('newest first; exact applicationId, userId and logKey; webhook entries never listed', async () => {
    const { log, entries } = await filled();
    const page = { offset: 0, limit: 20 };
    expect((await log.find({}, page)).entries.map((entry) => entry.key)).toEqual([
      'ExchangeTokenBy.AuthorizationCode',
      'Interaction.SignIn.Identifier.Submit',
      'Interaction.Create',
    ]);
    expect((await log.find({ applicationId: 'a1' }, page)).total).toBe(2);
    expect((await log.find({ userId: 'u1' }, page)).total).toBe(2);
    expect((await log.find({ logKey: 'Interaction.Create' }, page)).entries).toEqual([entries[0]]);
    expect((await log.find({ logKey: 'Interaction' }, page)).total).toBe(0);
    expect((await log.find({ logKey: 'TriggerHook.PostSignIn' }, page)).total).toBe(0);
    expect((await log.find({}, { offset: 1, limit: 1 })).entries).toEqual([entries[1]]);
  });

  test('a time window, on a version that has one, keeps createdAt within it', async () => {
    const { log, entries } = await filled();
    const found = await log.find({ startTime: entries[1]!.createdAt, endTime: entries[1]!.createdAt }, { offset: 0, limit: 20 });
    expect(found.entries).toEqual([entries[1]]);
  });
});

/** A Koa query as the router hands it. */
const query = (values: Record<string, string | string[]>) => values as Context['query'];

test.describe('the query of GET /api/logs', () => {
  test('1.37 ignores start_time and end_time, and every parameter it does not know', () => {
    expect(logFilterOf(query({ applicationId: 'a', start_time: 'abc', end_time: '1', result: 'Error' }), logto137)).toEqual({ applicationId: 'a' });
  });

  test('a version with a time window reads it as unix ms, and refuses what is not', () => {
    const withWindow: LogsApiProfile = { ...logto137, version: 'with a time window', timeWindow: true };
    expect(logFilterOf(query({ start_time: '100', end_time: '200' }), withWindow)).toEqual({ startTime: 100, endTime: 200 });
    expect(() => logFilterOf(query({ start_time: 'abc' }), withWindow)).toThrow('The request start_time is invalid.');
    expect(() => logFilterOf(query({ start_time: '200', end_time: '100' }), withWindow)).toThrow('`end_time` must be after `start_time`.');
  });

  test('a repeated filter is an invalid query', () => {
    expect(() => logFilterOf(query({ userId: ['a', 'b'] }), logto137)).toThrow('The request query is invalid.');
  });

  test('pages: from 1, page_size 1 to 100 (default 20); anything else is guard.invalid_pagination', () => {
    expect(pageOf(query({}))).toEqual({ offset: 0, limit: 20 });
    expect(pageOf(query({ page: '3', page_size: '100' }))).toEqual({ offset: 200, limit: 100 });
    for (const bad of [{ page_size: '101' }, { page_size: '0' }, { page: '0' }, { page: '-1' }, { page: 'x' }, { page: ['1', '2'] }]) {
      expect(() => pageOf(query(bad)), JSON.stringify(bad)).toThrow(expect.objectContaining({ code: 'guard.invalid_pagination', status: 400 }));
    }
  });
});
