import "server-only";
// Serves a declared operation (lib/api/operations/): read and check the body and query → who is
// asking → rate limit → the handler (a call into lib/) → the reply its declaration promises.
// JSON replies, files, the live stream and 204s are kinds of the same wrapper, so every route
// refuses, limits, times and answers errors the same way (lib/http/error-response.ts).
import type { z } from "zod";
import type { Operation, OperationSpec, PathParams } from "@/lib/api/operation";
import { getRequestViewer } from "@/lib/auth/request-viewer";
import type { Viewer } from "@/lib/auth/types";
import { getViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { MAX_BODY_BYTES, readJsonBody, streamJsonBody } from "@/lib/http/body";
import { fromZodError } from "@/lib/http/error-body";
import { toResponseBody, type FileReply } from "@/lib/http/file-reply";
import { errorResponse } from "@/lib/http/error-response";
import { withRequestTiming } from "@/lib/metrics/request-timing";
import { consumeRateLimit } from "@/lib/rate-limits/limiter";
import { parseQuery } from "@/lib/http/query";
import { requestOrigin } from "@/lib/http/request-origin";

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerArgs<O extends OperationSpec> {
  viewer: O["access"] extends "public" ? Viewer | null : Viewer;
  params: PathParams<O["path"]>;
  query: Output<O["query"]>;
  /** The parsed JSON body; for a raw body (rawBody), its bytes as they arrive, for the handler to parse. */
  body: O["rawBody"] extends object ? AsyncIterable<Uint8Array> : Output<O["body"]>;
  /** For headers (Last-Event-ID, the client address) and the abort signal. */
  request: Request;
  /** This server's origin, for links in exports. */
  origin: string;
}

export type HandlerResult<O extends OperationSpec> = O["reply"] extends { kind: "json"; schema: infer S }
  ? S extends z.ZodType
    ? z.input<S>
    : never
  : O["reply"] extends { kind: "empty" }
    ? unknown // answered 204 whatever the lib/ function returns
    : O["reply"] extends { kind: "file" }
      ? FileReply
      : ReadableStream<Uint8Array>;

type RouteContext = { params?: Promise<Record<string, string>> };

/** The route handler of `op`: `export const PUT = serve(operations.setVerdict, (args) => …)`. */
export function serve<O extends Operation>(
  op: O,
  handler: (args: HandlerArgs<O>) => Promise<HandlerResult<O>>,
): (request: Request, context: RouteContext) => Promise<Response> {
  const route = op.path.replace(/\{(\w+)\}/g, "[$1]");
  const served = withRequestTiming(route, async (request: Request, context: RouteContext) => {
    try {
      const query = op.query ? parseQuery(op.query, new URL(request.url).searchParams) : undefined;
      const body = await readBody(op, request);
      const viewer = await viewerFor(op, request);
      if (op.rateLimit && viewer) await consumeRateLimit(viewer, op.rateLimit);
      const params = ((await context.params) ?? {}) as PathParams<O["path"]>;
      const origin = requestOrigin(request.headers, request.url);
      const result = await handler({ viewer, params, query, body, request, origin } as HandlerArgs<O>);
      return reply(op, result);
    } catch (error) {
      return errorResponse(error);
    }
  });
  return Object.assign(served, { operation: op });
}

async function readBody(op: OperationSpec, request: Request): Promise<unknown> {
  if (op.rawBody) return streamJsonBody(request, op.maxBodyBytes ?? MAX_BODY_BYTES);
  if (!op.body) return undefined;
  const parsed = op.body.safeParse(await readJsonBody(request, op.maxBodyBytes));
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

async function viewerFor(op: OperationSpec, request: Request): Promise<Viewer | null> {
  if (op.access === "public") return null;
  if (!op.isSessionOnly) return getRequestViewer(request);
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  return viewer;
}

const checksReplies = () => process.env.FACTMARK_CHECK_REPLIES === "1";

function reply(op: OperationSpec, result: unknown): Response {
  switch (op.reply.kind) {
    case "empty":
      return new Response(null, { status: 204 });
    case "json": {
      if (checksReplies()) assertMatches(op, op.reply.schema, result);
      return Response.json(result, { status: op.reply.status });
    }
    case "file": {
      const { body, contentType, fileName } = result as FileReply;
      return new Response(toResponseBody(body), {
        headers: {
          "Content-Type": contentType,
          "Content-Disposition": `attachment; filename="${fileName.replace(/["\\\r\n]/g, "_")}"`,
          // Reports hold a workspace's private work.
          "Cache-Control": "private, no-store",
        },
      });
    }
    case "event-stream":
      return new Response(result as ReadableStream<Uint8Array>, {
        headers: {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-cache, no-transform",
          connection: "keep-alive",
          "x-accel-buffering": "no",
        },
      });
  }
}

/** In the e2e suite every JSON reply is held to its declared schema: the docs cannot drift. */
function assertMatches(op: OperationSpec, schema: z.ZodType, result: unknown) {
  const parsed = schema.safeParse(result);
  if (parsed.success) return;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`${op.method} ${op.path} replied outside its schema: ${issues.slice(0, 5).join("; ")}`);
}
