// Listing the 1,000 claims of an article through the HTTP API against a bare SELECT of the same
// rows with `pg`: the same columns, the creator's name by join, evidence counts by subquery and
// the API's order. One client, sequential requests: this is latency, not throughput.
import pg from "pg";
import { cookieHeader, type BenchContext, type BenchOutcome } from "./bench-types";
import { createHttpClient } from "./http-client";
import { getMedian } from "./stats";

const REQUESTS_PER_RUN = 10;
const WARM_UP_REQUESTS = 5;

const SELECT_CLAIMS = `SELECT c."id", c."start", c."end", c."exact", c."prefix", c."suffix", c."verdict", c."rationale",
    c."version", c."createdAt", c."updatedAt", u."id" AS "createdById", u."name" AS "createdByName",
    (SELECT count(*)::int FROM "Evidence" e WHERE e."claimId" = c."id") AS "evidenceCount"
  FROM "Claim" c JOIN "User" u ON u."id" = c."createdById"
  WHERE c."articleId" = $1
  ORDER BY c."start" ASC, c."end" DESC, c."createdAt" ASC`;

export async function benchListClaims(context: BenchContext): Promise<BenchOutcome> {
  const { seed } = context;
  const expected = seed.claims.length;
  const path = `/api/v1/articles/${seed.claimed.id}/claims`;
  const http = createHttpClient(context.baseUrl, cookieHeader(context.session), 1);
  const client = new pg.Client({ connectionString: context.databaseUrl });
  await client.connect();
  let responseBytes = 0;

  // The API pages at most 500 claims a request: listing all of them follows the cursor, as any
  // client must, so the figure is every request the listing takes.
  const getApi = async () => {
    const claims: unknown[] = [];
    let cursor: string | null = null;
    responseBytes = 0;
    do {
      const url = `${path}?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const reply = await http.request("GET", url);
      if (reply.status !== 200) throw new Error(`GET ${url}: ${reply.status} ${reply.body.slice(0, 300)}`);
      responseBytes += Buffer.byteLength(reply.body);
      const page = JSON.parse(reply.body) as { claims: unknown[]; nextCursor: string | null };
      claims.push(...page.claims);
      cursor = page.nextCursor;
    } while (cursor);
    return claims;
  };
  const selectBare = async () => {
    const result = await client.query(SELECT_CLAIMS, [seed.claimed.id]);
    if (result.rowCount !== expected) throw new Error(`SELECT returned ${result.rowCount} rows, not ${expected}`);
  };
  const time = async (run: () => Promise<unknown>) => {
    const latencies: number[] = [];
    for (let i = 0; i < REQUESTS_PER_RUN; i++) {
      const started = performance.now();
      await run();
      latencies.push(performance.now() - started);
    }
    return getMedian(latencies);
  };

  try {
    const claims = await getApi();
    if (claims.length !== expected) throw new Error(`API listed ${claims.length} claims, not ${expected}`);
    for (let i = 0; i < WARM_UP_REQUESTS; i++) await Promise.all([getApi(), selectBare()]);
    const api: number[] = [];
    const bare: number[] = [];
    for (let rep = 0; rep < context.repeat; rep++) {
      api.push(await time(getApi));
      bare.push(await time(selectBare));
    }
    return {
      rows: [
        {
          measure: `list ${expected} claims with verdicts and evidence counts, API GET …/claims (2 pages of 500)`,
          figure: { label: "API", values: api, unit: "ms" },
          baseline: { label: "pg SELECT", values: bare, unit: "ms" },
          maxRatio: 3,
          target: "≤ 3×",
        },
      ],
      notes: [
        `list: each repetition is the median of ${REQUESTS_PER_RUN} sequential requests; ` +
          `the API's JSON body is ${(responseBytes / 1024).toFixed(0)} KB.`,
      ],
    };
  } finally {
    http.close();
    await client.end();
  }
}
