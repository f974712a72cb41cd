import "server-only";
// Route plumbing for exports and imports. apiRoute answers JSON and reads bodies of at most
// 64 KB; exports answer files (with a download name) and read the query string, and an import
// of a whole workspace's annotations is larger, so these routes share this instead.
import type { Viewer } from "@/lib/auth/types";
import { getRequestViewer } from "@/lib/auth/request-viewer";
import { errorResponse } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/body";
import { errorBody } from "@/lib/http/error-body";
import { ImportRejectedError } from "@/lib/exports/mutations";
import { withRequestTiming } from "@/lib/metrics/request-timing";
import { consumeRateLimit } from "@/lib/rate-limits/limiter";
import type { RateLimitPolicyName } from "@/lib/rate-limits/policies";

interface RouteContext<P> {
  params: Promise<P>;
}

/** parse → authenticate → run, with AppErrors (and import reports) answered as JSON errors. */
export function exportRoute<P, Q>(
  parse: (request: Request) => Promise<Q> | Q,
  run: (args: { viewer: Viewer; params: P; query: Q; origin: string }) => Promise<Response>,
  /** rateLimit: the policy (lib/rate-limits/policies.ts) the route counts against. */
  options: { rateLimit?: RateLimitPolicyName } = {},
) {
  return withRequestTiming(async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const query = await parse(request);
      const viewer = await getRequestViewer(request);
      if (options.rateLimit) await consumeRateLimit(viewer, options.rateLimit);
      return await run({ viewer, params: await context.params, query, origin: new URL(request.url).origin });
    } catch (error) {
      if (error instanceof ImportRejectedError) {
        return Response.json({ error: { ...errorBody(error).error, rejected: error.rejected } }, { status: 422 });
      }
      return errorResponse(error);
    }
  });
}

/** A file to save: its type and name, never cached (reports hold a workspace's private work). */
export function fileResponse(body: string | Buffer, contentType: string, fileName: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName.replace(/["\\\r\n]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

// A workspace of a few thousand claims with evidence fits easily; this stops a runaway upload.
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** Reads a JSON or JSON-LD body of up to MAX_IMPORT_BYTES. Throws INVALID_INPUT, PAYLOAD_TOO_LARGE. */
export const readImportBody = (request: Request) => readJsonBody(request, MAX_IMPORT_BYTES);
