// Creating claims through the HTTP API against a bare parameterised INSERT of the same rows with
// `pg`: 16 concurrent clients on each side, the same spans, the same harness. The target article
// is emptied before every run, so both sides insert into the same table state.
import pg from "pg";
import { describeRange, type TextSelection } from "@/lib/anchoring/selectors";
import { cookieHeader, type BenchContext, type BenchOutcome } from "./bench-types";
import { pickClaimRanges } from "./claim-ranges";
import { runConcurrently, type LoopResult } from "./concurrent-loop";
import { createHttpClient } from "./http-client";
import { createRandom } from "./random";
import { getMedian, getPercentile } from "./stats";

const CONCURRENCY = 16;
const ROWS_PER_RUN = 320;
const WARM_UP_ROWS = 96;

const INSERT_CLAIM = `INSERT INTO "Claim" ("id", "articleId", "createdById", "exact", "prefix", "suffix", "start", "end", "updatedAt")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`;

export async function benchCreateClaim(context: BenchContext): Promise<BenchOutcome> {
  const { seed } = context;
  const articleId = seed.createTarget.id;
  const selections: TextSelection[] = pickClaimRanges(seed.text, seed.blocks, ROWS_PER_RUN, createRandom(99)).map(
    (range) => ({ ...range, exact: seed.text.slice(range.start, range.end) }),
  );
  // The baseline gets its row ready-made: it stands for the cost of the write alone.
  const rows = selections.map((selection, index) => {
    const { quote } = describeRange(seed.text, selection);
    const id = `cbench${String(index).padStart(19, "0")}`;
    return [id, articleId, seed.reviewer.id, quote.exact, quote.prefix, quote.suffix, selection.start, selection.end];
  });
  const pool = new pg.Pool({ connectionString: context.databaseUrl, max: CONCURRENCY });
  const http = createHttpClient(context.baseUrl, cookieHeader(context.session), CONCURRENCY);
  const anonymous = createHttpClient(context.baseUrl, "", CONCURRENCY);
  const path = `/api/v1/articles/${articleId}/claims`;

  const runApi = (count: number) =>
    runConcurrently(count, CONCURRENCY, async (index) => {
      const reply = await http.request("POST", path, selections[index]);
      if (reply.status !== 201) throw new Error(`POST ${path}: ${reply.status} ${reply.body.slice(0, 300)}`);
    });
  // The framework's floor: the same request without a session is refused with 401 after
  // routing, body parsing, zod and auth(), before any database work.
  const runRefused = (count: number) =>
    runConcurrently(count, CONCURRENCY, async (index) => {
      const reply = await anonymous.request("POST", path, selections[index]);
      if (reply.status !== 401) throw new Error(`POST ${path} without a session: ${reply.status}`);
    });
  const runPg = (count: number) =>
    runConcurrently(count, CONCURRENCY, async (index) => {
      await pool.query(INSERT_CLAIM, rows[index]);
    });
  const clear = async () => {
    await pool.query(`DELETE FROM "Claim" WHERE "articleId" = $1`, [articleId]);
    await pool.query(`VACUUM ANALYZE "Claim"`);
  };

  try {
    // Open all 16 connections and all 16 sockets before anything is timed.
    await Promise.all(Array.from({ length: CONCURRENCY }, () => pool.query("SELECT 1")));
    await clear();
    await runApi(WARM_UP_ROWS);
    await clear();
    await runPg(WARM_UP_ROWS);
    await clear();
    await runRefused(WARM_UP_ROWS);
    const api: LoopResult[] = [];
    const bare: LoopResult[] = [];
    const refused: LoopResult[] = [];
    for (let rep = 0; rep < context.repeat; rep++) {
      refused.push(await runRefused(ROWS_PER_RUN));
      // Alternate who goes first, so neither side always follows a VACUUM or a cold cache.
      const order = rep % 2 === 0 ? [runApi, runPg] : [runPg, runApi];
      for (const run of order) {
        const result = await run(ROWS_PER_RUN);
        (run === runApi ? api : bare).push(result);
        await clear();
      }
    }
    return summariseRuns(api, bare, refused);
  } finally {
    http.close();
    anonymous.close();
    await pool.end();
  }
}

function summariseRuns(api: LoopResult[], bare: LoopResult[], refused: LoopResult[]): BenchOutcome {
  const quantiles = (runs: LoopResult[], q: number) => runs.map((run) => getPercentile(run.latenciesMs, q));
  const throughput = (runs: LoopResult[]) => getMedian(runs.map((run) => (ROWS_PER_RUN * 1000) / run.wallMs));
  const label = `${CONCURRENCY} clients × ${ROWS_PER_RUN} rows`;
  return {
    rows: [
      {
        measure: `create a claim, API POST …/claims, p50 (${label})`,
        figure: { label: "API", values: quantiles(api, 0.5), unit: "ms" },
        baseline: { label: "pg INSERT", values: quantiles(bare, 0.5), unit: "ms" },
        maxRatio: 2,
        target: "p50 ≤ 2×",
      },
      {
        measure: `create a claim, API POST …/claims, p95 (${label})`,
        figure: { label: "API", values: quantiles(api, 0.95), unit: "ms" },
        baseline: { label: "pg INSERT", values: quantiles(bare, 0.95), unit: "ms" },
        target: "— (reported)",
      },
    ],
    notes: [
      `create: throughput (median of runs) API ${throughput(api).toFixed(0)} claims/s, ` +
        `pg INSERT ${throughput(bare).toFixed(0)} rows/s, ${CONCURRENCY} concurrent clients each.`,
      `create: framework floor, the same POST without a session (401 after routing, body, zod and auth(), no database): ` +
        `p50 ${getMedian(quantiles(refused, 0.5)).toFixed(1)} ms, p95 ${getMedian(quantiles(refused, 0.95)).toFixed(1)} ms, ` +
        `${throughput(refused).toFixed(0)} requests/s.`,
    ],
  };
}
