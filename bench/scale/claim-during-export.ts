// Creating a claim while an export runs: the workspace's HTML report (the largest export) is
// requested and, once it streams (its first byte) or the server has had it for
// EXPORT_HEAD_START_MS, whichever comes first, a claim is POSTed on the newest article and timed. An export that holds the event loop or
// the connection pool shows here as a slow claim. The same POST with no export running is
// measured too, for the note. Claims land on unclaimed words of the article (workspaces.ts deletes
// them before the next run, so the workspace is as seeded at the start of every run).
import pg from "pg";
import { getMedian } from "../stats";
import { describeStatus, type TimedReply } from "./http-timing";
import type { Measurement } from "./measure";
import type { SizeContext } from "./size-context";

const EXPORT_HEAD_START_MS = 300;

interface Span {
  start: number;
  end: number;
  exact: string;
}

export async function measureClaimDuringExport(context: SizeContext): Promise<Measurement> {
  const { workspace, repeat } = context;
  const articleId = `${workspace.key}-a1`;
  const spans = await prepareSpans(context.databaseUrl, articleId, 2 * (repeat + 1));
  const postClaim = () =>
    context.client.send({
      method: "POST",
      path: `/api/v1/articles/${articleId}/claims`,
      accept: "application/json",
      json: spans.pop(),
    });
  const exportPath = `/api/v1/workspaces/${workspace.slug}/report?format=html`;
  const result: Measurement = { times: [] };
  const alone: number[] = [];
  let sentDuring = 0;
  let answeredDuring = 0;
  for (let index = 0; index <= repeat; index++) {
    const quiet = await postClaim();
    const quietFailure = claimFailure(quiet);
    if (quietFailure) return fail(result, `claim with no export: ${quietFailure}`, context);
    if (index > 0) alone.push(quiet.ms);

    let exportDone = false;
    let onFirstByte = () => {};
    const streaming = new Promise<void>((resolve) => (onFirstByte = resolve));
    const exporting = context.client.send({ path: exportPath, onFirstByte }).finally(() => (exportDone = true));
    const headStart = new Promise((resolve) => setTimeout(resolve, EXPORT_HEAD_START_MS));
    await Promise.race([streaming, exporting, headStart]);
    const wasSentDuring = !exportDone;
    const claim = await postClaim();
    const wasAnsweredDuring = !exportDone;
    const exported = await exporting;
    const failure = claimFailure(claim) ?? (exported.failure && `the export: ${exported.failure}`);
    if (failure) return fail(result, index === 0 ? failure : `${failure} (after ${index - 1} timed)`, context);
    if (index === 0) continue; // the warm-up
    result.times.push(claim.ms);
    if (wasSentDuring) sentDuring++;
    if (wasAnsweredDuring) answeredDuring++;
  }
  result.note =
    `claim during export: of ${repeat} claims, ${sentDuring} were sent while the export ran and ${answeredDuring} ` +
    `answered before it finished; ` +
    `the same POST with no export: ${getMedian(alone).toFixed(0)} ms`;
  return result;
}

const claimFailure = (reply: TimedReply) => reply.failure ?? (reply.status === 201 ? undefined : describeStatus(reply));

async function fail(result: Measurement, failure: string, context: SizeContext): Promise<Measurement> {
  await context.server.recoverAfter(failure);
  return { ...result, failure };
}

/** `count` word pairs of the article that no claim covers (in the sentences between its claims). */
async function prepareSpans(databaseUrl: string, articleId: string, count: number): Promise<Span[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const text: string = (await db.query(`SELECT text FROM "Article" WHERE id = $1`, [articleId])).rows[0].text;
    const claims = (
      await db.query<{ start: number; end: number }>(
        `SELECT start, "end" FROM "Claim" WHERE "articleId" = $1 ORDER BY start`,
        [articleId],
      )
    ).rows;
    const spans: Span[] = [];
    let from = 0;
    for (const { start, end } of [...claims, { start: text.length, end: text.length }]) {
      const words = [...text.slice(from, start).matchAll(/\S+/g)];
      for (let w = 0; w + 1 < words.length; w += 2) {
        const first = words[w]!;
        const second = words[w + 1]!;
        const spanStart = from + first.index;
        const spanEnd = from + second.index + second[0].length;
        spans.push({ start: spanStart, end: spanEnd, exact: text.slice(spanStart, spanEnd) });
      }
      from = Math.max(from, end);
    }
    if (spans.length < count) throw new Error(`only ${spans.length} unclaimed word pairs in ${articleId}`);
    return spans.slice(0, count).reverse();
  } finally {
    await db.end();
  }
}
