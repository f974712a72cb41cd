import "server-only";
// Counts requests per person and policy in PostgreSQL (rate-limiter-flexible's
// RateLimiterPostgres over the RateLimitCounter table, created by a migration), so every app
// instance shares one budget. Its own small pg pool: the limiter runs before the route's work
// and must not queue behind it for the app's connections.
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Viewer } from "@/lib/auth/types";
import { getEnv } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import {
  describeRateLimit,
  RATE_LIMIT_POLICIES,
  rateLimitKey,
  retryAfterSeconds,
  type RateLimitPolicyName,
} from "@/lib/rate-limits/policies";

type Limiters = Record<RateLimitPolicyName, RateLimiterPostgres>;
const state = globalThis as unknown as { factmarkRateLimits?: { pool: pg.Pool; limiters: Limiters } };

function getLimiters(): Limiters {
  if (!state.factmarkRateLimits) {
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 2, connectionTimeoutMillis: 2_000 });
    pool.on("error", () => {}); // an idle connection dropped by the server: the pool replaces it
    const limiters = Object.fromEntries(
      Object.entries(RATE_LIMIT_POLICIES).map(([name, policy]) => [
        name,
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: "pool",
          tableName: "RateLimitCounter",
          tableCreated: true,
          keyPrefix: name,
          points: policy.points,
          duration: policy.durationSeconds,
          // Once refused, the rest of the window is refused from memory, without a query.
          inMemoryBlockOnConsumed: policy.points + 1,
          // If PostgreSQL cannot answer, count in this process rather than refuse everyone.
          insuranceLimiter: new RateLimiterMemory({ points: policy.points, duration: policy.durationSeconds }),
        }),
      ]),
    ) as Limiters;
    state.factmarkRateLimits = { pool, limiters };
  }
  return state.factmarkRateLimits.limiters;
}

/** Counts one request of `viewer` against `policy`. Throws RATE_LIMITED (429) past the limit. */
export async function consumeRateLimit(viewer: Viewer, policy: RateLimitPolicyName): Promise<void> {
  try {
    await getLimiters()[policy].consume(rateLimitKey(viewer));
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = retryAfterSeconds(rejection.msBeforeNext);
    throw new RateLimitedError(describeRateLimit(policy, seconds), seconds);
  }
}
