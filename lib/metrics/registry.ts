import "server-only";
// Prometheus metrics for operators (GET /api/metrics). One registry per process, kept on
// globalThis: Next dev reloads modules, and registering a metric name twice would throw.
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { getPoolStats } from "@/lib/db";
import { countLiveSubscribers } from "@/lib/live/listener";

function createMetrics() {
  const registry = new Registry();
  // Includes nodejs_eventloop_lag_seconds (and its percentiles), heap, GC and handles.
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: "factmark_http_request_duration_seconds",
    help: "API request durations, by method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: "factmark_db_pool_connections",
    help: "Database pool connections: total, idle, and requests waiting for one",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const stats = getPoolStats();
      this.set({ state: "total" }, stats.total);
      this.set({ state: "idle" }, stats.idle);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });
  new Gauge({
    name: "factmark_live_streams_open",
    help: "Live (Server-Sent Events) streams open in this process",
    registers: [registry],
    collect() {
      this.set(countLiveSubscribers());
    },
  });
  return { registry, requestDuration };
}

const state = globalThis as unknown as { factmarkMetrics?: ReturnType<typeof createMetrics> };

export const getMetrics = () => (state.factmarkMetrics ??= createMetrics());
