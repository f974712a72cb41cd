// Related passages at archive scale through the HTTP API: 1,000 articles seeded by SQL
// (bench/archive/seed-archive.ts, in a workspace of their own, so without passages), filled
// by `npm run passages:fill` as an operator would after the migration, then GET
// …/claims/{id}/related-passages. Cold: a claim asked about for the first time (nothing is cached
// per claim or per process any more; only PostgreSQL's buffers are warm). Warm: the same claim
// again. The archive is the hard case for this ranking: its 60,000 sentences are recombined from
// the two seed articles' 200, so most claims share terms with thousands of passages, and
// "North Korea" is in two of three.
import pg from "pg";
import { runBinOrFail } from "../scripts/lib/run";
import { cookieHeader, type BenchContext, type BenchOutcome } from "./bench-types";
import { createHttpClient, type HttpClient } from "./http-client";
import { seedArchive } from "./archive/seed-archive";
import { getMedian } from "./stats";

const CLAIMS_PER_RUN = 3;
const WARM_REQUESTS = 3;

export async function benchRelatedPassages(context: BenchContext): Promise<BenchOutcome> {
  const client = new pg.Client({ connectionString: context.databaseUrl });
  await client.connect();
  const reviewer = context.seed.reviewer.id;
  const archive = await seedArchive(client, {
    key: "related",
    slug: "bench-related",
    name: "Related passages desk",
    articles: 1_000,
    members: [{ userId: reviewer, role: "REVIEWER" }],
    people: [reviewer],
    assignees: [reviewer],
  });
  // Claims spread over the archive, a different set per repetition.
  const claims = await client
    .query(`SELECT c.id FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE a."workspaceId" = 'related' ORDER BY md5(c.id) LIMIT ${(context.repeat + 1) * CLAIMS_PER_RUN}`)
    .then((result) => result.rows.map((row: { id: string }) => row.id))
    .finally(() => client.end());
  const claimId = (rep: number, k: number) => claims[rep * CLAIMS_PER_RUN + k]!;
  const fillStarted = performance.now();
  await runBinOrFail("tsx", ["--conditions=react-server", "scripts/fill-passages.ts"], {
    DATABASE_URL: context.databaseUrl,
  });
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const http = createHttpClient(context.baseUrl, cookieHeader(context.session), 1);
  try {
    const first = await time(() => getRelated(http, claimId(0, 0)));
    const cold: number[] = [];
    const warm: number[] = [];
    for (let rep = 0; rep < context.repeat; rep++) {
      const colds: number[] = [];
      const warms: number[] = [];
      for (let k = 0; k < CLAIMS_PER_RUN; k++) {
        const id = claimId(rep + 1, k);
        colds.push(await time(() => getRelated(http, id)));
        for (let i = 0; i < WARM_REQUESTS; i++) warms.push(await time(() => getRelated(http, id)));
      }
      cold.push(getMedian(colds));
      warm.push(getMedian(warms));
    }
    const scale = `${archive.articles.toLocaleString("en")} articles`;
    return {
      rows: [
        {
          measure: `related passages at ${scale}, API GET …/related-passages, a claim asked about for the first time`,
          figure: { label: "API cold", values: cold, unit: "ms" },
          maxValue: 300,
          target: "≤ 300 ms",
        },
        {
          measure: `related passages at ${scale}, API GET …/related-passages, the same claim again`,
          figure: { label: "API warm", values: warm, unit: "ms" },
          maxValue: 300,
          target: "≤ 300 ms",
        },
      ],
      notes: [
        `related: passages of the archive filled by npm run passages:fill in ${fillSeconds.toFixed(0)} s; ` +
          `the app's first related-passages request took ${first.toFixed(0)} ms; each repetition is the median of ` +
          `${CLAIMS_PER_RUN} claims (cold) and of ${CLAIMS_PER_RUN * WARM_REQUESTS} requests (warm).`,
      ],
    };
  } finally {
    http.close();
  }
}

async function getRelated(http: HttpClient, id: string): Promise<void> {
  const url = `/api/v1/claims/${id}/related-passages`;
  const reply = await http.request("GET", url);
  if (reply.status !== 200) throw new Error(`GET ${url}: ${reply.status} ${reply.body.slice(0, 300)}`);
  const { passages } = JSON.parse(reply.body) as { passages: unknown[] };
  if (passages.length === 0) throw new Error(`GET ${url}: no related passages`);
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}
