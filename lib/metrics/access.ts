import { timingSafeEqual } from "node:crypto";

/**
 * Whether a request may read /api/metrics: only with `Authorization: Bearer <METRICS_TOKEN>`.
 * Without METRICS_TOKEN the endpoint is off. Compared in constant time.
 */
export function isMetricsRequestAllowed(authorization: string | null, token: string | undefined): boolean {
  if (!token || !authorization?.startsWith("Bearer ")) return false;
  const given = Buffer.from(authorization.slice("Bearer ".length).trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
