// /api/metrics is off without METRICS_TOKEN and closed without the right bearer token; request
// durations are labelled by route pattern, so ids in addresses do not multiply the series.
import { describe, expect, it } from "vitest";
import { isMetricsRequestAllowed } from "@/lib/metrics/access";
import { getMetrics } from "@/lib/metrics/registry";
import { withRequestTiming } from "@/lib/metrics/request-timing";

describe("isMetricsRequestAllowed", () => {
  it("needs METRICS_TOKEN set and the same bearer token", () => {
    expect(isMetricsRequestAllowed("Bearer s3cret", undefined)).toBe(false);
    expect(isMetricsRequestAllowed("Bearer ", "")).toBe(false);
    expect(isMetricsRequestAllowed(null, "s3cret")).toBe(false);
    expect(isMetricsRequestAllowed("Bearer s3cre", "s3cret")).toBe(false);
    expect(isMetricsRequestAllowed("Basic s3cret", "s3cret")).toBe(false);
    expect(isMetricsRequestAllowed("Bearer s3cret", "s3cret")).toBe(true);
  });
});

describe("request timing", () => {
  it("records each request in the histogram by route pattern and status, not by address", async () => {
    const handler = withRequestTiming("/api/v1/claims/[claimId]", async () => new Response(null, { status: 418 }));
    await handler(new Request("http://x/api/v1/claims/abc"), { params: Promise.resolve({ claimId: "abc" }) });
    const text = await getMetrics().registry.metrics();
    expect(text).toContain(
      'factmark_http_request_duration_seconds_count{method="GET",route="/api/v1/claims/[claimId]",status="418"} 1',
    );
    expect(getMetrics()).toBe(getMetrics());
  });

  it("times a route without dynamic segments, whose context has no params", async () => {
    // Next.js passes no params to a static route such as /api/v1/account/sessions.
    const handler = withRequestTiming("/api/v1/account/sessions", async () => new Response(null, { status: 204 }));
    const response = await handler(new Request("http://x/api/v1/account/sessions", { method: "DELETE" }), {} as never);
    expect(response.status).toBe(204);
    expect(await getMetrics().registry.metrics()).toContain(
      'factmark_http_request_duration_seconds_count{method="DELETE",route="/api/v1/account/sessions",status="204"} 1',
    );
  });
});
