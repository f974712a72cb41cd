import "server-only";
// Every failure of an API route answers the same way. Expected failures (AppError) become their
// status with a message naming the field; a database outage becomes 503 with Retry-After;
// anything else is logged with a request id and answered with a generic 500.
import { randomUUID } from "node:crypto";
import { AppError, httpStatusFor, RateLimitedError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { errorBody } from "@/lib/http/error-body";

export function errorResponse(error: unknown): Response {
  if (error instanceof RateLimitedError) {
    const headers = { "Retry-After": String(error.retryAfterSeconds) };
    return Response.json(errorBody(error), { status: httpStatusFor(error.code), headers });
  }
  if (error instanceof AppError) {
    // UNAVAILABLE passes: the worker pool is busy, say; a client may retry after a moment.
    const headers = error.code === "UNAVAILABLE" ? { "Retry-After": "5" } : undefined;
    return Response.json(errorBody(error), { status: httpStatusFor(error.code), headers });
  }
  if (isDatabaseUnavailable(error)) {
    // Not a bug: one line (Prisma's message ends with the cause), not a stack per request.
    const cause = error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error);
    console.warn(`Database unavailable: ${cause}`);
    const unavailable = new AppError("UNAVAILABLE", "The database is unavailable; try again in a few seconds");
    return Response.json(errorBody(unavailable), { status: 503, headers: { "Retry-After": "5" } });
  }
  const requestId = randomUUID();
  console.error(`[${requestId}]`, error);
  return Response.json(
    { error: { code: "INTERNAL", message: `Something went wrong on our side (request ${requestId})` } },
    { status: 500 },
  );
}
