/**
 * Outbound fetch for URLs a reader typed (their Logto endpoint, and whatever it points us at).
 *
 * - Every request has a time-out and a response-size limit.
 * - In PUBLIC mode the server connects to global unicast addresses only (the policy is in
 *   address-policy.ts). The check runs inside the socket's DNS lookup, so the address that was checked
 *   is the address the socket connects to: a DNS answer can't be swapped between check and connect
 *   (rebinding). IP literals skip DNS, so the connector checks them before connecting: for the first
 *   request and for every redirect alike.
 * - LOCAL mode (the default, for the built-in local tenant) allows every address.
 * - `connectTo` (SANDBOX_CONNECT): the operator's sandbox origin, exactly its scheme, host name and port,
 *   connects at the operator's address, which the policy does not judge (src/lib/connect-to.ts). Only
 *   that origin: the same address typed as an endpoint, reached by a redirect or named by a discovery
 *   document is judged like any other.
 *
 * Failures are `SafeFetchError`s whose `kind` tells the diagnosis what happened.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import { isPublicAddress } from './address-policy.ts';
import { connectToConnector, connectToTarget, type ConnectToRule } from './connect-to.ts';

export type SafeFetchMode = 'LOCAL' | 'PUBLIC';
export type SafeFetchErrorKind = 'timeout' | 'too_large' | 'blocked_address' | 'invalid_url' | 'network';

export class SafeFetchError extends Error {
  override name = 'SafeFetchError';
  readonly kind: SafeFetchErrorKind;
  /** The origin that was asked for (never the full URL: query strings can carry codes). */
  readonly origin: string;

  constructor(kind: SafeFetchErrorKind, origin: string, message: string) {
    super(message);
    this.kind = kind;
    this.origin = origin;
  }
}

export interface SafeFetchOptions {
  mode: SafeFetchMode;
  /** Whole request, body included. */
  timeoutMs?: number;
  /** Largest response body accepted, in bytes. */
  maxBytes?: number;
  /**
   * PUBLIC mode's test of an IP address: `isPublicAddress` unless given. Tests pass their own, since a
   * closed test network has no public address to stand in for a reader's tenant.
   */
  isAllowedAddress?: (address: string) => boolean;
  /** The operator's sandbox, reached at its own address whatever the mode (SANDBOX_CONNECT). */
  connectTo?: ConnectToRule | undefined;
}

export const DEFAULT_TIMEOUT_MS = 8000;
export const DEFAULT_MAX_BYTES = 512 * 1024;

class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
}

/** A DNS lookup for sockets that fails when any answer is not allowed. */
function allowedOnlyLookup(isAllowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const blocked = addresses.find((entry) => !isAllowed(entry.address));
      if (blocked || addresses.length === 0) {
        return callback(new BlockedAddressError(`${hostname} resolves to a non-public address`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}

/**
 * Every connection the agent opens, redirects included, goes through here. Names are judged by the
 * lookup; IP literals never reach a lookup, so they are judged before the socket is opened.
 */
function allowedOnlyConnector(isAllowed: (address: string) => boolean): buildConnector.connector {
  const connect = buildConnector({ lookup: allowedOnlyLookup(isAllowed), timeout: 5000 });
  return (options, callback) => {
    const literal = options.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) !== 0 && !isAllowed(literal)) {
      callback(new BlockedAddressError(`${literal} is not a public address`), null);
      return;
    }
    connect(options, callback);
  };
}

function createAgent(isAllowed: ((address: string) => boolean) | undefined, connectTo?: ConnectToRule): Agent {
  const judged = isAllowed ? allowedOnlyConnector(isAllowed) : buildConnector({ timeout: 5000 });
  return new Agent({
    connect: connectTo ? connectToConnector(connectTo, judged) : judged,
    keepAliveTimeout: 4000,
  });
}

// One connection pool per mode for the whole process; agents are cheap to share and costly to leak.
const agents = new Map<SafeFetchMode, Agent>();
function agentFor(mode: SafeFetchMode): Agent {
  let agent = agents.get(mode);
  if (!agent) {
    agent = createAgent(mode === 'PUBLIC' ? isPublicAddress : undefined);
    agents.set(mode, agent);
  }
  return agent;
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && chain.length < 6) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function classify(error: unknown, origin: string, timedOut: boolean): SafeFetchError {
  if (error instanceof SafeFetchError) return error;
  const chain = causeChain(error);
  if (chain.some((e) => e instanceof BlockedAddressError)) {
    return new SafeFetchError('blocked_address', origin, `${origin} resolves to a non-public address`);
  }
  if (timedOut || chain.some((e) => (e as Error)?.name === 'TimeoutError')) {
    return new SafeFetchError('timeout', origin, `${origin} did not answer in time`);
  }
  const code = chain.map((e) => (e as { code?: unknown })?.code).find((c) => typeof c === 'string');
  return new SafeFetchError('network', origin, `${origin} could not be reached${code ? ` (${String(code)})` : ''}`);
}

async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number, origin: string) {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new SafeFetchError('too_large', origin, `${origin} answered with more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Creates a fetch-compatible function with the given policy. The returned `Response` is fully
 * buffered (within `maxBytes`), so callers may read it any way they like.
 */
export function createSafeFetch(options: SafeFetchOptions): typeof fetch {
  const { mode, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const isAllowed = mode === 'PUBLIC' ? (options.isAllowedAddress ?? isPublicAddress) : undefined;
  const { connectTo } = options;
  const dispatcher = (options.isAllowedAddress && mode === 'PUBLIC') || connectTo ? createAgent(isAllowed, connectTo) : agentFor(mode);

  const safeFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const rawUrl = typeof input === 'string' || input instanceof URL ? String(input) : input.url;
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      throw new SafeFetchError('invalid_url', '', 'not a valid URL');
    }
    const { origin } = url;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new SafeFetchError('invalid_url', origin, `${url.protocol} URLs are not fetched`);
    }
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    const exempt = connectToTarget(connectTo, url) !== undefined;
    if (isAllowed && !exempt && isIP(literal) !== 0 && !isAllowed(literal)) {
      throw new SafeFetchError('blocked_address', origin, `${origin} is not a public address`);
    }

    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await undiciFetch(url, {
        method: init?.method ?? (input instanceof Request ? input.method : 'GET'),
        headers: (init?.headers ?? (input instanceof Request ? input.headers : undefined)) as never,
        body: (init?.body ?? undefined) as never,
        redirect: init?.redirect ?? 'follow',
        signal,
        dispatcher,
      });
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new SafeFetchError('too_large', origin, `${origin} answered with more than ${maxBytes} bytes`);
      }
      const bytes = await readLimited(response.body as ReadableStream<Uint8Array> | null, maxBytes, origin);
      return new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers as unknown as HeadersInit,
      });
    } catch (error) {
      throw classify(error, origin, timeout.aborted);
    }
  };
  return safeFetch as typeof fetch;
}
