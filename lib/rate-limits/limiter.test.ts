// Regression: expensive routes (imports, exports, search, suggestions, related passages,
// revision saves) had no per-person limit, so one account could keep the server busy for
// everyone. Rule: each policy refuses the request after its budget with RATE_LIMITED and a
// whole number of seconds to wait, counted in PostgreSQL per person or per token.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limits/limiter";
import { describeRateLimit, RATE_LIMIT_POLICIES, rateLimitKey, retryAfterSeconds } from "@/lib/rate-limits/policies";

const person = () => ({ userId: `user-${randomUUID()}`, name: "Lim Iter", email: "limiter@factmark.test" });

describe("policies", () => {
  it("key a token's requests by the token and a session's by the person", () => {
    expect(rateLimitKey({ userId: "u1" })).toBe("user:u1");
    expect(rateLimitKey({ userId: "u1", tokenId: "t1" })).toBe("token:t1");
  });

  it("say what was refused and when to retry, in whole seconds of at least one", () => {
    expect(describeRateLimit("import", 40)).toBe("Too many imports: try again in 40 seconds");
    expect(describeRateLimit("search", 1)).toBe("Too many searches: try again in 1 second");
    expect(retryAfterSeconds(39_001)).toBe(40);
    expect(retryAfterSeconds(0)).toBe(1);
  });

  it("stay above what the e2e hostile specs send per route and person (~25 in a few seconds)", () => {
    for (const policy of Object.values(RATE_LIMIT_POLICIES)) expect(policy.points).toBeGreaterThanOrEqual(30);
  });
});

describe("consumeRateLimit", () => {
  it("allows a policy's budget, then refuses with RATE_LIMITED and Retry-After within the window", async () => {
    const viewer = person();
    const { points, durationSeconds } = RATE_LIMIT_POLICIES.import;
    for (let i = 0; i < points; i++) await consumeRateLimit(viewer, "import");
    const refusal = await consumeRateLimit(viewer, "import").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    const { code, message, retryAfterSeconds: seconds } = refusal as RateLimitedError;
    expect(code).toBe("RATE_LIMITED");
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(durationSeconds);
    expect(message).toBe(`Too many imports: try again in ${seconds} seconds`);
    // The count lives in PostgreSQL, where every app instance reads it.
    const row = await db.rateLimitCounter.findUniqueOrThrow({ where: { key: `import:user:${viewer.userId}` } });
    expect(row.points).toBe(points + 1);
  });

  it("counts each person, each token and each policy separately", async () => {
    const viewer = person();
    const { points } = RATE_LIMIT_POLICIES.revision;
    for (let i = 0; i < points; i++) await consumeRateLimit(viewer, "revision");
    await expect(consumeRateLimit(viewer, "revision")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(consumeRateLimit(viewer, "search")).resolves.toBeUndefined();
    await expect(consumeRateLimit({ ...viewer, tokenId: randomUUID() }, "revision")).resolves.toBeUndefined();
    await expect(consumeRateLimit(person(), "revision")).resolves.toBeUndefined();
  });
});
