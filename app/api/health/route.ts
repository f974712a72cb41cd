import { getHealth } from "@/lib/health/queries";

// Always asked afresh: a cached "ok" would hide an outage from the load balancer.
export const dynamic = "force-dynamic";

/** For load balancers and operators: 200 when the database answers with every migration applied, else 503. */
export async function GET() {
  const health = await getHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
}
