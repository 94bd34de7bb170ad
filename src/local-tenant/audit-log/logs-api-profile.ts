/**
 * What changes between Logto versions in the audit log and its Management API (recorded in
 * ../shared/reference/real-logto-faults.md, "The logs API: v1.37.1 vs v1.42.0"): which keys are masked,
 * whether `GET /api/logs` reads a time window, and which keys it lists. The tenant runs one profile; a
 * later version (1.40+ also has `enableCap`) is one more object here, not a condition elsewhere.
 */
export type LogsApiProfile = {
  version: string;
  /** A key whose value the log writes as `******`, wherever it appears in an entry's payload. */
  isMaskedKey(key: string): boolean;
  /** `start_time`/`end_time` (unix ms) filter the list (1.40+); before, they are ignored like any unknown parameter. */
  timeWindow: boolean;
  /** The key prefixes `GET /api/logs` lists; the rest (webhook `TriggerHook.*` entries) never shows there. */
  listedKeyPrefixes: readonly string[];
};

/** Logto 1.37.1: only keys named exactly `password` or `secret` are masked; `start_time`/`end_time` are ignored. */
export const logto137: LogsApiProfile = {
  version: '1.37.1',
  isMaskedKey: (key) => key === 'password' || key === 'secret',
  timeWindow: false,
  listedKeyPrefixes: ['ExchangeTokenBy', 'RevokeToken', 'Interaction', 'JwtCustomizer', 'SamlApplication', 'Unknown'],
};
