// next-server's resident memory while it serves the 1,000-claim reading view over and over:
// RSS from /proc/<pid>/status after each round of 100 page loads. A steady climb across rounds
// suggests a leak; a jump in round 1 followed by a plateau is V8 growing its heap to fit. RSS
// also swings with garbage collection, so growth counts only when it stands out of that noise.
import { readRssMb } from "./app-server";
import { cookieHeader, type BenchContext, type BenchOutcome } from "./bench-types";
import { runConcurrently } from "./concurrent-loop";
import { createHttpClient } from "./http-client";
import { fitLine, getMedian } from "./stats";

const PAGES_PER_ROUND = 100;
/** Two in flight keep both cores busy without queueing renders behind each other for long. */
const CONCURRENCY = 2;
const WARM_UP_PAGES = 10;
/** Growth per round that would matter: 20 KB kept per render. */
const GROWTH_THRESHOLD_MB = 2;
/** How many standard errors the slope must clear to count as growth rather than GC noise. */
const SIGNIFICANCE = 2;

export async function benchServerMemory(context: BenchContext): Promise<BenchOutcome> {
  const { seed } = context;
  const path = `/w/${seed.workspaceSlug}/articles/${seed.claimed.slug}`;
  const http = createHttpClient(context.baseUrl, cookieHeader(context.session), CONCURRENCY);
  const renderPages = (count: number) =>
    runConcurrently(count, CONCURRENCY, async () => {
      const reply = await http.request("GET", path, undefined, "text/html");
      if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status}`);
    });
  try {
    await renderPages(WARM_UP_PAGES);
    const startMb = await readRssMb(context.serverPid);
    const rounds: number[] = [];
    const renderMs: number[] = [];
    for (let round = 0; round < context.repeat; round++) {
      const { latenciesMs } = await renderPages(PAGES_PER_ROUND);
      renderMs.push(getMedian(latenciesMs));
      rounds.push(await readRssMb(context.serverPid));
    }
    const { slope, standardError } = fitLine(rounds);
    // With too few rounds for an error estimate, the threshold alone decides.
    const isGrowing = slope > GROWTH_THRESHOLD_MB && !(slope <= SIGNIFICANCE * standardError);
    const fit = `${slope >= 0 ? "+" : ""}${slope.toFixed(1)} ± ${standardError.toFixed(1)} MB/round`;
    const perRound = rounds.map((mb, index) => `round ${index + 1}: ${mb.toFixed(0)} MB`).join(", ");
    return {
      rows: [
        {
          measure: `next-server RSS after each round of ${PAGES_PER_ROUND} renders of the ${seed.claims.length}-claim page`,
          figure: { label: "RSS", values: rounds, unit: "MB" },
          target: "report per round; does it grow?",
          status: `${isGrowing ? "grows" : "no steady growth"} (${fit})`,
        },
      ],
      notes: [
        `memory: RSS ${startMb.toFixed(0)} MB after warm-up; ${perRound}. ` +
          `Page render median per round: ${renderMs.map((ms) => ms.toFixed(0)).join(", ")} ms (${CONCURRENCY} in flight).`,
      ],
    };
  } finally {
    http.close();
  }
}
