import { describe, expect, it } from "vitest";
import { getEventLoopDelay } from "@/lib/workers/event-loop";

describe("getEventLoopDelay", () => {
  it("reports a blocked event loop in its max and p99", async () => {
    getEventLoopDelay({ reset: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    while (Date.now() - started < 300) {
      // Holds the main thread, as a quadratic parse did.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const delay = getEventLoopDelay();
    expect(delay.max).toBeGreaterThanOrEqual(250);
    expect(delay.p50).toBeLessThanOrEqual(delay.p99);
    expect(delay.p99).toBeLessThanOrEqual(delay.max);
  });
});
