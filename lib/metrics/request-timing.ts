import "server-only";
// Times route handlers for the request-duration histogram. The route label is the declared
// pattern (/api/v1/claims/[claimId]), never the address itself, so ids do not multiply the series.
import { getMetrics } from "@/lib/metrics/registry";

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a handler so its duration is recorded by method, route pattern and status. */
export function withRequestTiming<C>(route: string, handler: RouteHandler<C>): RouteHandler<C> {
  return async (request, context) => {
    const started = performance.now();
    let status = 500;
    try {
      const response = await handler(request, context);
      status = response.status;
      return response;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      getMetrics().requestDuration.observe({ method: request.method, route, status: String(status) }, seconds);
    }
  };
}
