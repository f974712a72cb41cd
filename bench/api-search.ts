// Search at archive scale through the HTTP API: 1,000 articles and 30,000 claims seeded by SQL
// (bench/archive/seed-archive.ts), then the first page of GET …/search for a word nearly every
// article and thousands of claims contain ("Korea") and for a rare name, against a word found
// nowhere: the route's fixed cost (session, rate limit, workspace, two queries over the indexes).
// One client, sequential requests: latency, not throughput. The search rate limit (120 a minute
// per person) bounds the requests: 3 per query and repetition.
import pg from "pg";
import { cookieHeader, type BenchContext, type BenchOutcome, type BenchRow } from "./bench-types";
import { createHttpClient, type HttpClient } from "./http-client";
import { RARE_NAME, seedArchive } from "./archive/seed-archive";
import { getMedian } from "./stats";

const REQUESTS_PER_RUN = 3;
const ARCHIVE_SLUG = "bench-archive";
const ARTICLE_COUNT = 1_000;
const COMMON_WORD = "Korea";
const ABSENT_WORD = "quokka";

interface SearchReply {
  results: unknown[];
  counts: Record<string, number>;
}

export async function benchSearch(context: BenchContext): Promise<BenchOutcome> {
  const client = new pg.Client({ connectionString: context.databaseUrl });
  await client.connect();
  const seedStarted = performance.now();
  const reviewer = context.seed.reviewer.id;
  const archive = await seedArchive(client, {
    key: "archive",
    slug: ARCHIVE_SLUG,
    name: "Archive desk",
    articles: ARTICLE_COUNT,
    members: [{ userId: reviewer, role: "REVIEWER" }],
    people: [reviewer],
    assignees: [reviewer],
  }).finally(() => client.end());
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const http = createHttpClient(context.baseUrl, cookieHeader(context.session), 1);
  const path = (q: string) => `/api/v1/workspaces/${ARCHIVE_SLUG}/search?q=${encodeURIComponent(q)}`;
  try {
    const first = {
      common: await getSearch(http, path(COMMON_WORD)),
      rare: await getSearch(http, path(RARE_NAME)),
      absent: await getSearch(http, path(ABSENT_WORD)),
    };
    if (first.rare.results.length === 0) throw new Error(`no results for ${RARE_NAME}`);
    if (first.absent.results.length !== 0) throw new Error(`results for ${ABSENT_WORD}`);
    const series = { common: [] as number[], rare: [] as number[], absent: [] as number[] };
    for (let rep = 0; rep < context.repeat; rep++) {
      series.common.push(await time(() => getSearch(http, path(COMMON_WORD))));
      series.rare.push(await time(() => getSearch(http, path(RARE_NAME))));
      series.absent.push(await time(() => getSearch(http, path(ABSENT_WORD))));
    }
    const baseline = { label: `API, "${ABSENT_WORD}" (no hits)`, values: series.absent, unit: "ms" } as const;
    const scale = `${archive.articles.toLocaleString("en")} articles, ${archive.claims.toLocaleString("en")} claims`;
    const rows: BenchRow[] = [
      {
        measure: `search "${COMMON_WORD}" at ${scale}, API GET …/search, first page`,
        figure: { label: "API", values: series.common, unit: "ms" },
        baseline,
        maxValue: 1_000,
        target: "≤ 1 s",
      },
      {
        measure: `search a rare name ("${RARE_NAME}") at ${scale}, API GET …/search, first page`,
        figure: { label: "API", values: series.rare, unit: "ms" },
        baseline,
        maxValue: 250,
        target: "≤ 250 ms",
      },
    ];
    const countsOf = (reply: SearchReply) => JSON.stringify(reply.counts);
    return {
      rows,
      notes: [
        `search: seeded by SQL in ${seedSeconds.toFixed(0)} s; each repetition is the median of ` +
          `${REQUESTS_PER_RUN} sequential requests; counts "${COMMON_WORD}" ${countsOf(first.common)}, ` +
          `"${RARE_NAME}" ${countsOf(first.rare)}.`,
      ],
    };
  } finally {
    http.close();
  }
}

async function getSearch(http: HttpClient, url: string): Promise<SearchReply> {
  const reply = await http.request("GET", url);
  if (reply.status !== 200) throw new Error(`GET ${url}: ${reply.status} ${reply.body.slice(0, 300)}`);
  return JSON.parse(reply.body) as SearchReply;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS_PER_RUN; i++) {
    const started = performance.now();
    await run();
    latencies.push(performance.now() - started);
  }
  return getMedian(latencies);
}
