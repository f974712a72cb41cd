import "server-only";
// Every API route handler goes through here: parse → authenticate → call lib → respond.
// Expected failures (AppError) become their status with a message naming the field; a database
// outage becomes 503 with Retry-After; anything else is logged with a request id and answered
// with a generic 500.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/types";
import { getRequestViewer } from "@/lib/auth/request-viewer";
import { AppError, httpStatusFor, RateLimitedError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/body";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { errorBody, fromZodError } from "@/lib/http/error-body";
import { withRequestTiming } from "@/lib/metrics/request-timing";
import { consumeRateLimit } from "@/lib/rate-limits/limiter";
import type { RateLimitPolicyName } from "@/lib/rate-limits/policies";

interface RouteContext<P> {
  params: Promise<P>;
}

interface Handler<P, I> {
  viewer: Viewer;
  /** For the query string (pagination); the body is already parsed into `input`. */
  request: Request;
  params: P;
  input: I;
}

type Reply = { status?: number; body?: unknown };

/** A route handler whose body is parsed with `schema` (omit it for GET and DELETE). */
export function apiRoute<P, S extends z.ZodType | undefined = undefined>(
  schema: S,
  run: (args: Handler<P, S extends z.ZodType ? z.output<S> : undefined>) => Promise<Reply>,
  /**
   * maxBodyBytes: for the few routes that take more than MAX_BODY_BYTES (an article import).
   * rateLimit: the policy (lib/rate-limits/policies.ts) an expensive route counts against.
   */
  options: { maxBodyBytes?: number; rateLimit?: RateLimitPolicyName } = {},
) {
  return withRequestTiming(async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const input = schema ? parseInput(schema, await readJsonBody(request, options.maxBodyBytes)) : undefined;
      const viewer = await getRequestViewer(request);
      if (options.rateLimit) await consumeRateLimit(viewer, options.rateLimit);
      const reply = await run({ viewer, request, params: await context.params, input: input as never });
      if (reply.body === undefined) return new Response(null, { status: reply.status ?? 204 });
      return Response.json(reply.body, { status: reply.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  });
}

function parseInput<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

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
