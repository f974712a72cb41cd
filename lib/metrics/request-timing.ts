import "server-only";
// Times route handlers for the request-duration histogram. The route label is the declared
// pattern (/api/v1/claims/[claimId]), never the address itself, so ids do not multiply the series.
import { getMetrics } from "@/lib/metrics/registry";

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a handler so its duration is recorded by method, route pattern and status, and told to the
 * client as `Server-Timing: app;dur=…` (browsers' developer tools show it): a slow answer then says
 * whether the time went in the app or before it reached the app.
 */
export function withRequestTiming<C>(route: string, handler: RouteHandler<C>): RouteHandler<C> {
  return async (request, context) => {
    const started = performance.now();
    let status = 500;
    try {
      const response = await handler(request, context);
      status = response.status;
      setServerTiming(response, performance.now() - started);
      return response;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      getMetrics().requestDuration.observe({ method: request.method, route, status: String(status) }, seconds);
    }
  };
}

function setServerTiming(response: Response, ms: number) {
  try {
    response.headers.set("Server-Timing", `app;dur=${ms.toFixed(1)}`);
  } catch {
    // A response with immutable headers (a redirect made by Response.redirect) goes without.
  }
}
