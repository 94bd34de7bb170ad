import { expect, test } from '@playwright/test';
import { abbreviate, maskSecret, redactParams, redacted, redactUrl, scrubText } from '../../src/lib/redact.ts';

test('redacted keeps only the length', () => {
  expect(redacted('abcdef')).toBe('<redacted 6 chars>');
  expect(redacted('')).toBe('');
});

test('maskSecret shows the last four characters of a real-length secret only', () => {
  expect(maskSecret('XoAFwss0vRdRv2e6Mr8rRI2LjqAs1AM1')).toBe('••••1AM1');
  expect(maskSecret('short')).toBe('••••');
  expect(maskSecret('')).toBe('');
});

test('abbreviate shortens one-time values', () => {
  expect(abbreviate('0123456789abcdef')).toBe('012345… (16 chars)');
  expect(abbreviate('abc')).toBe('abc');
});

test('redactParams hides credentials and abbreviates one-time values', () => {
  const params = new URLSearchParams({ code: 'the-code-123', state: 'state-value-xyz', client_id: 'app', code_verifier: 'v'.repeat(43) });
  expect(redactParams(params)).toEqual({
    code: '<redacted 12 chars>',
    state: 'state-… (15 chars)',
    client_id: 'app',
    code_verifier: '<redacted 43 chars>',
  });
});

test('redactParams keeps an end-session request readable but hides an ID token hint', () => {
  const hint = 'eyJhbGciOiJFUzM4NCJ9.payload.signature';
  const params = new URLSearchParams({ client_id: 'app', post_logout_redirect_uri: 'https://site.example/out', id_token_hint: hint });
  expect(redactParams(params)).toEqual({
    client_id: 'app',
    post_logout_redirect_uri: 'https://site.example/out',
    id_token_hint: `<redacted ${hint.length} chars>`,
  });
});

test('redactUrl drops credentials, user info and fragment', () => {
  const url = redactUrl('https://user:pw@site.example/cb?code=secretcode&iss=https%3A%2F%2Fx#frag');
  expect(url).not.toContain('secretcode');
  expect(url).not.toContain('pw@');
  expect(url).not.toContain('frag');
  expect(url).toContain('iss=https%3A%2F%2Fx');
});

test('scrubText removes echoed secrets', () => {
  expect(scrubText('bad secret XoAFwss0vRdR given', ['XoAFwss0vRdR'])).toBe('bad secret <redacted 12 chars> given');
});
