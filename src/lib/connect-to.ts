/**
 * "Connect to" as curl's `--connect-to HOST1:PORT1:HOST2:PORT2` does it: requests for one origin's host
 * name and port open their connection at an operator-set address instead; the URL, the Host header and
 * TLS's server name (SNI, and the certificate checked against it) stay the origin's. One rule for both
 * places that need it: the site reaching its sandbox (SANDBOX_CONNECT) and the sandbox reaching its Naver
 * mock (NAVER_MOCK_CONNECT), where the public name is not in DNS (tests) or resolves to an address the
 * server should not take (one host behind a reverse proxy).
 *
 * Done in undici's connector (the Agent's `connect` option), not in a DNS lookup: the connector sees the
 * request's own host name and port before anything is resolved, so the rule matches on what the operator
 * configured, exactly, and an exemption it grants (src/lib/safe-fetch.ts: the sandbox's address is not
 * judged by the address policy) can never reach another host name. A lookup only sees a name to resolve:
 * it could not change the port, and an exemption keyed by the address it returns would let any other
 * name pointed at that address (a visitor's endpoint, a redirect, a discovery document) through too.
 */
import * as z from 'zod';
import { buildConnector } from 'undici';

/** Where to connect instead: host (a name or an IP literal, unbracketed) and port. */
export type ConnectTo = { host: string; port: number };

/** One rule: connections for `hostname`:`port` (of `protocol`) go to `to`. */
export interface ConnectToRule {
  protocol: 'http:' | 'https:';
  /** Lower case, IPv6 without brackets. */
  hostname: string;
  /** undefined: the origin's port (0) is no port to connect to, and the rule matches nothing. */
  port: number | undefined;
  to: ConnectTo;
}

/** `host:port` (`[v6]:port` for IPv6), as an environment variable gives it; `name` is the variable's. */
export function connectToSchema(name: string) {
  return z
    .string()
    .regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:[\]/]+):\d{1,5}$/, `${name} must be host:port, such as 127.0.0.1:3002`)
    .transform((value): ConnectTo => {
      const at = value.lastIndexOf(':');
      return { host: value.slice(0, at).replace(/^\[(.*)\]$/, '$1'), port: Number(value.slice(at + 1)) };
    })
    .refine((target) => target.port >= 1 && target.port <= 65535, `${name}: the port must be 1 to 65535`);
}

/** Back to `host:port`, as connectToSchema reads it. */
export function formatConnectTo({ host, port }: ConnectTo): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

const bare = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();

/**
 * The port a connection is for: the scheme's default when none is given (undici's '', or no port);
 * undefined for a port that is given but is no port to connect to (0, out of range, not a number), so
 * it matches no rule, rather than being taken for the default.
 */
function effectivePort(protocol: string, port: string | number | null | undefined): number | undefined {
  if (port === '' || port === null || port === undefined) return protocol === 'https:' ? 443 : 80;
  const given = Number(port);
  return Number.isInteger(given) && given >= 1 && given <= 65535 ? given : undefined;
}

/** The rule for an origin (`https://sandbox.example.com`): its scheme, host name and port, exactly. */
export function connectToRule(origin: string | URL, to: ConnectTo): ConnectToRule {
  const url = new URL(origin);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`connect-to: ${url.protocol} origins are not supported`);
  return { protocol: url.protocol, hostname: bare(url.hostname), port: effectivePort(url.protocol, url.port), to };
}

/** What a connection is for, as undici's connector is asked (its `port` is '' for the scheme's default). */
export interface ConnectRequest {
  protocol: string;
  hostname: string;
  port?: string | number | null | undefined;
}

/**
 * The address to connect at instead, when `request` is exactly the rule's scheme, host name and port;
 * undefined for anything else (another name, another port, the same name over the other scheme, or the
 * rule's own target address asked for directly).
 */
export function connectToTarget(rule: ConnectToRule | undefined, request: ConnectRequest): ConnectTo | undefined {
  if (!rule) return undefined;
  if (request.protocol !== rule.protocol) return undefined;
  if (bare(request.hostname) !== rule.hostname) return undefined;
  const port = effectivePort(request.protocol, request.port);
  if (port === undefined || rule.port === undefined || port !== rule.port) return undefined;
  return rule.to;
}

/**
 * A connector that sends the rule's connections to its address (TLS server name kept) through
 * `direct`, and every other connection through `otherwise` (default: `direct`).
 */
export function connectToConnector(
  rule: ConnectToRule | undefined,
  otherwise?: buildConnector.connector,
  direct: buildConnector.connector = buildConnector({ timeout: 5000 }),
): buildConnector.connector {
  const rest = otherwise ?? direct;
  return (options, callback) => {
    const target = connectToTarget(rule, options);
    if (!target) return rest(options, callback);
    return direct({ ...options, hostname: target.host, port: String(target.port), servername: options.servername ?? rule!.hostname }, callback);
  };
}

/**
 * Several rules at once (each its own origin and address), as curl takes `--connect-to` more than once:
 * the first rule matching a connection sends it, every other connection goes through `otherwise`.
 */
export function connectToRulesConnector(rules: readonly ConnectToRule[], otherwise?: buildConnector.connector): buildConnector.connector {
  return rules.reduceRight<buildConnector.connector | undefined>((rest, rule) => connectToConnector(rule, rest), otherwise) ?? buildConnector({ timeout: 5000 });
}
