// Related passages for a claim in the middle of the archive (neither the newest nor the oldest
// article): first the first request of a fresh server process — started anew before each
// repetition, the process first serving one other API request so that starting Next.js itself is
// not counted — then the same request again in the last process, warm.
import { describeStatus } from "./http-timing";
import { medianOf, type Measurement } from "./measure";
import type { SizeContext } from "./size-context";

export interface RelatedMeasurements {
  cold: Measurement;
  warm: Measurement;
}

export async function measureRelatedPassages(context: SizeContext): Promise<RelatedMeasurements> {
  const { workspace, server, repeat } = context;
  const claimId = `${workspace.key}-c${Math.ceil(workspace.size / 2)}-1`;
  const related = { path: `/api/v1/claims/${claimId}/related-passages`, accept: "application/json" };
  const cold: Measurement = { times: [] };
  let found = "";
  for (let index = 0; index <= repeat; index++) {
    await server.restart();
    const warmUp = await context.client.send({ path: `/api/v1/claims/${claimId}`, accept: "application/json" });
    const reply = warmUp.status === 200 ? await context.client.send(related) : warmUp;
    const failure = reply.failure ?? (reply.status === 200 ? undefined : describeStatus(reply));
    if (failure) {
      cold.failure = index === 0 ? failure : `${failure} (after ${index - 1} timed)`;
      await server.recoverAfter(failure);
      return { cold, warm: { times: [], failure: "not measured: the first request failed" } };
    }
    found = describeFound(reply.body);
    if (index > 0) cold.times.push(reply.ms);
  }
  cold.note = `related passages: ${found} for ${claimId}; first request of a process ${medianOf(cold).toFixed(0)} ms`;
  const warm: Measurement = { times: [] };
  for (let index = 0; index < repeat; index++) {
    const reply = await context.client.send(related);
    if (reply.failure || reply.status !== 200) {
      warm.failure = reply.failure ?? describeStatus(reply);
      break;
    }
    warm.times.push(reply.ms);
  }
  return { cold, warm };
}

function describeFound(body: string): string {
  try {
    const reply = JSON.parse(body) as { passages?: unknown[] } | unknown[];
    const passages = Array.isArray(reply) ? reply : reply.passages;
    return `${passages?.length ?? "?"} passages found`;
  } catch {
    return "a reply that is not JSON";
  }
}
