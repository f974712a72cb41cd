import "server-only";
// Times route handlers for the request-duration histogram. The route label is the pattern
// (/api/v1/claims/[claimId]), never the address itself, so ids do not multiply the series.
import { getMetrics } from "@/lib/metrics/registry";

type RouteHandler<C extends { params: Promise<unknown> }> = (request: Request, context: C) => Promise<Response>;

/** Wraps a handler so its duration is recorded by method, route pattern and status. */
export function withRequestTiming<C extends { params: Promise<unknown> }>(handler: RouteHandler<C>): RouteHandler<C> {
  return async (request, context) => {
    const started = performance.now();
    let status = 500;
    try {
      const response = await handler(request, context);
      status = response.status;
      return response;
    } finally {
      // A route without dynamic segments gets no params at all.
      const params = await Promise.resolve(context?.params).catch(() => undefined);
      const route = toRoutePattern(new URL(request.url).pathname, params);
      const seconds = (performance.now() - started) / 1000;
      getMetrics().requestDuration.observe({ method: request.method, route, status: String(status) }, seconds);
    }
  };
}

/** Puts each dynamic segment's name back in place of its value: /claims/abc → /claims/[claimId]. */
export function toRoutePattern(pathname: string, params: unknown): string {
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
    if (typeof value === "string") names.set(value, `[${name}]`);
  }
  return pathname
    .split("/")
    .map((segment) => names.get(safeDecode(segment)) ?? segment)
    .join("/");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
