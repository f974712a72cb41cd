import { isMetricsRequestAllowed } from "@/lib/metrics/access";
import { getMetrics } from "@/lib/metrics/registry";

export const dynamic = "force-dynamic";

/** Prometheus metrics. Off (404) without METRICS_TOKEN; otherwise 404 too without the right bearer token. */
export async function GET(request: Request) {
  // 404 either way: whether metrics are on is not for strangers to learn.
  if (!isMetricsRequestAllowed(request.headers.get("authorization"), process.env.METRICS_TOKEN)) {
    return Response.json({ error: { code: "NOT_FOUND", message: "No API route at this address" } }, { status: 404 });
  }
  const { registry } = getMetrics();
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType } });
}
