// Per-person limits on the routes that cost the server most (imports parse and sanitise whole
// articles, exports render every claim, search and related passages scan text). Pure: the
// limiter itself is lib/rate-limits/limiter.ts.
//
// The numbers are per person (or per access token) per minute and far above what someone
// working by hand reaches: an editor importing 30 articles a minute, or a reviewer running two
// searches a second for a minute, is a script. The e2e suite's hostile specs send ~25 requests
// per route per person in a few seconds, so every limit stays above that.

export interface RateLimitPolicy {
  /** Requests allowed per window. */
  points: number;
  /** The window, in seconds. */
  durationSeconds: number;
  /** Plural noun for the message: "Too many imports: …". */
  noun: string;
}

export const RATE_LIMIT_POLICIES = {
  import: { points: 30, durationSeconds: 60, noun: "imports" },
  export: { points: 60, durationSeconds: 60, noun: "exports" },
  search: { points: 120, durationSeconds: 60, noun: "searches" },
  suggestions: { points: 60, durationSeconds: 60, noun: "suggestion requests" },
  related: { points: 120, durationSeconds: 60, noun: "related-passage requests" },
  revision: { points: 30, durationSeconds: 60, noun: "revision saves" },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicyName = keyof typeof RATE_LIMIT_POLICIES;

/**
 * Who a limit counts against: the access token when the request came with one (a script's
 * budget is its own, and revoking the token ends it), otherwise the signed-in person.
 */
export function rateLimitKey(viewer: { userId: string; tokenId?: string }): string {
  return viewer.tokenId ? `token:${viewer.tokenId}` : `user:${viewer.userId}`;
}

/** Whole seconds to wait, at least 1 (Retry-After takes integers; 0 would invite a retry storm). */
export const retryAfterSeconds = (msBeforeNext: number) => Math.max(1, Math.ceil(msBeforeNext / 1000));

/** "Too many imports: try again in 40 seconds". */
export function describeRateLimit(policy: RateLimitPolicyName, seconds: number): string {
  const unit = seconds === 1 ? "second" : "seconds";
  return `Too many ${RATE_LIMIT_POLICIES[policy].noun}: try again in ${seconds} ${unit}`;
}
