// Regression: the pool's query_timeout (15 s) made pg stop waiting and the request fail with a
// 500, while PostgreSQL went on running the query (searches finishing after 69 s). Now PostgreSQL's
// own statement_timeout, below it, stops the statement on the server, and the cancellation
// (query_canceled, 57014) is answered 503 with Retry-After and a message in words.
import { describe, expect, it, vi } from "vitest";
import { db, STATEMENT_TIMEOUT_MS } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isDatabaseUnavailable, isQueryCanceled } from "@/lib/http/database-unavailable";
import { errorResponse } from "@/lib/http/error-response";
import { QUERY_CANCELED_MESSAGE, toPublicError } from "@/lib/http/public-error";

/** A statement the server cancels: the same timeout as the pool's, only much shorter. */
async function cancelledStatement(): Promise<unknown> {
  try {
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL statement_timeout = '50ms'`;
      await tx.$queryRaw`SELECT pg_sleep(3), 'statement-timeout-test' AS marker`;
    });
  } catch (error) {
    return error;
  }
  throw new Error("the statement was not cancelled");
}

describe("statement timeout", () => {
  it("is set on every connection of the app's pool, below pg's own query timeout", async () => {
    const [row] = await db.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(row!.statement_timeout).toBe(`${STATEMENT_TIMEOUT_MS / 1000}s`);
  });

  it("stops the statement on the server, and is answered 503 with Retry-After, not 500", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = await cancelledStatement();
    expect(isQueryCanceled(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(false);
    const running = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_stat_activity
      WHERE state = 'active' AND query LIKE '%statement-timeout-test%' AND pid <> pg_backend_pid()`;
    expect(running[0]!.count).toBe(0);

    expect(toPublicError(error)).toEqual(new AppError("UNAVAILABLE", QUERY_CANCELED_MESSAGE));
    const response = errorResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await response.json()).toEqual({ error: { code: "UNAVAILABLE", message: QUERY_CANCELED_MESSAGE } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("canceling statement due to statement timeout"));
    warn.mockRestore();
  });

  it("leaves other failures alone", () => {
    expect(isQueryCanceled(new Error("boom"))).toBe(false);
    expect(isQueryCanceled(new AppError("CONFLICT", "taken"))).toBe(false);
    expect(isQueryCanceled({ cause: { originalCode: "57014" } })).toBe(true);
  });
});
