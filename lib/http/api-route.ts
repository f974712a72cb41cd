import "server-only";
// Every API route handler goes through here: parse → authenticate → call lib → respond.
// Expected failures (AppError) become their status with a message naming the field; a database
// outage becomes 503 with Retry-After; anything else is logged with a request id and answered
// with a generic 500.
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/types";
import { getRequestViewer } from "@/lib/auth/request-viewer";
import { AppError, httpStatusFor, RateLimitedError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/body";
import { errorBody, fromZodError } from "@/lib/http/error-body";
import { toPublicError } from "@/lib/http/public-error";
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
  const known = toPublicError(error);
  if (!(known instanceof AppError)) {
    return Response.json({ error: { code: known.code, message: known.message } }, { status: 500 });
  }
  // UNAVAILABLE (a database outage, or the worker pool busy): a client may retry after a moment.
  const retryAfter =
    known instanceof RateLimitedError ? String(known.retryAfterSeconds) : known.code === "UNAVAILABLE" ? "5" : null;
  return Response.json(errorBody(known), {
    status: httpStatusFor(known.code),
    headers: retryAfter ? { "Retry-After": retryAfter } : undefined,
  });
}
