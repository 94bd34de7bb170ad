import { connectToRule, connectToSchema, connectToTarget, formatConnectTo } from '../../src/lib/connect-to.ts';
import { expect, test } from '../support/fixtures.ts';

const schema = connectToSchema('SANDBOX_CONNECT');

test('SANDBOX_CONNECT is host:port ([v6]:port for IPv6); anything else is refused naming the variable', () => {
  expect(schema.parse('127.0.0.1:3001')).toEqual({ host: '127.0.0.1', port: 3001 });
  expect(schema.parse('tenant.internal:8443')).toEqual({ host: 'tenant.internal', port: 8443 });
  expect(schema.parse('[::1]:3001')).toEqual({ host: '::1', port: 3001 });
  for (const bad of ['127.0.0.1', '::1:3001', 'http://127.0.0.1:3001', '127.0.0.1:0', '127.0.0.1:70000', 'a b:1', '']) {
    const parsed = schema.safeParse(bad);
    expect({ bad, ok: parsed.success }).toEqual({ bad, ok: false });
    expect(parsed.error?.issues[0]?.message).toMatch(/^SANDBOX_CONNECT/);
  }
  for (const value of ['127.0.0.1:3001', '[::1]:3001', 'tenant.internal:8443']) expect(formatConnectTo(schema.parse(value))).toBe(value);
});

test('the rule matches its origin exactly: scheme, host name (any case) and port, the default port whether written or not', () => {
  const to = { host: '127.0.0.1', port: 3001 };
  const rule = connectToRule('https://Sandbox.Example.com', to);
  expect(connectToTarget(rule, { protocol: 'https:', hostname: 'sandbox.example.com', port: '' })).toEqual(to);
  expect(connectToTarget(rule, { protocol: 'https:', hostname: 'SANDBOX.example.com', port: '443' })).toEqual(to);
  // Anything else connects as it would without the rule.
  const others = [
    { protocol: 'http:', hostname: 'sandbox.example.com', port: '' },
    { protocol: 'https:', hostname: 'sandbox.example.com', port: '8443' },
    { protocol: 'https:', hostname: 'evil.sandbox.example.com', port: '' },
    { protocol: 'https:', hostname: 'sandbox.example.com.evil.test', port: '' },
    // The rule's own address, asked for directly (a reader typing the sandbox's internal address).
    { protocol: 'https:', hostname: '127.0.0.1', port: '3001' },
    { protocol: 'http:', hostname: '127.0.0.1', port: '3001' },
  ];
  for (const request of others) expect({ request, target: connectToTarget(rule, request) }).toEqual({ request, target: undefined });
  expect(connectToTarget(undefined, { protocol: 'https:', hostname: 'sandbox.example.com' })).toBeUndefined();
});

test('an http origin with a port, and IPv6 names, match as undici asks for them', () => {
  const to = { host: '10.0.0.5', port: 80 };
  const rule = connectToRule('http://sandbox.test:8080', to);
  expect(connectToTarget(rule, { protocol: 'http:', hostname: 'sandbox.test', port: '8080' })).toEqual(to);
  expect(connectToTarget(rule, { protocol: 'http:', hostname: 'sandbox.test', port: '' })).toBeUndefined();
  const v6 = connectToRule('https://[2001:db8::1]:8443', to);
  expect(connectToTarget(v6, { protocol: 'https:', hostname: '2001:db8::1', port: 8443 })).toEqual(to);
  expect(connectToTarget(v6, { protocol: 'https:', hostname: '[2001:db8::1]', port: '8443' })).toEqual(to);
  expect(() => connectToRule('ftp://sandbox.test', to)).toThrow(/ftp/);
});

test('a given port of 0 is no port: it matches nothing, never the scheme’s default', () => {
  const to = { host: '127.0.0.1', port: 3001 };
  const rule = connectToRule('https://sandbox.example.com', to);
  expect(connectToTarget(rule, { protocol: 'https:', hostname: 'sandbox.example.com', port: '' })).toEqual(to);
  for (const port of ['0', 0, '-1', '65536', 'x']) {
    expect({ port, target: connectToTarget(rule, { protocol: 'https:', hostname: 'sandbox.example.com', port }) }).toEqual({ port, target: undefined });
  }
  const zero = connectToRule('http://sandbox.test:0', to);
  for (const port of ['', '0', 0, '80']) {
    expect({ port, target: connectToTarget(zero, { protocol: 'http:', hostname: 'sandbox.test', port }) }).toEqual({ port, target: undefined });
  }
});
