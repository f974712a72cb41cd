// The rows of the scale table (issue 14's table), in the order they are measured at each size:
// the pages and APIs, the server's memory after them, the exports (with the server's peak memory
// while each runs), a claim created during an export, and related passages last, since they
// restart the server. Everything goes through the public HTTP surface — pages, and the /api/v1
// routes declared in lib/api/operations/ — so the rows keep working as the features change.
import { RARE_NAME } from "../archive/seed-archive";
import { measureClaimDuringExport } from "./claim-during-export";
import type { TimedReply, TimedRequest } from "./http-timing";
import { measureRequest, type Measurement } from "./measure";
import { measureRelatedPassages, type RelatedMeasurements } from "./related";
import type { SizeContext } from "./size-context";

/** How a row is judged: pages and APIs on time and growth, exports on linearity and memory. */
export type RowKind = "time" | "export" | "memory";

export interface ScaleRow {
  key: string;
  measure: string;
  kind: RowKind;
  /** Whether the body's size is part of the figure. */
  showBytes?: boolean;
}

export const SCALE_ROWS: ScaleRow[] = [
  { key: "search-api", measure: 'search "Korea" (API, first page)', kind: "time" },
  { key: "search-page", measure: `search a rare name ("${RARE_NAME}", page)`, kind: "time", showBytes: true },
  { key: "articles", measure: "article list page", kind: "time", showBytes: true },
  { key: "queue", measure: "review queue page", kind: "time", showBytes: true },
  { key: "dashboard", measure: "dashboard page", kind: "time", showBytes: true },
  { key: "report-page", measure: "workspace report page", kind: "time", showBytes: true },
  { key: "rss", measure: "server memory (RSS) after the page rows", kind: "memory" },
  { key: "report-csv", measure: "report CSV (workspace)", kind: "export" },
  { key: "report-html", measure: "report HTML (workspace)", kind: "export" },
  { key: "report-pdf", measure: "report PDF (workspace)", kind: "export" },
  { key: "annotations", measure: "W3C annotations export (workspace)", kind: "export" },
  { key: "claimreview", measure: "ClaimReview export (workspace)", kind: "export" },
  { key: "claim-during-export", measure: "creating a claim while an export runs", kind: "time" },
  { key: "related-cold", measure: "related passages, first request of a process", kind: "time" },
  { key: "related-warm", measure: "related passages, warm", kind: "time" },
];

const json = "application/json";

const hasResults = (reply: TimedReply) => {
  const results = (JSON.parse(reply.body) as { results?: unknown[] }).results;
  return results && results.length > 0 ? undefined : "no results";
};
// The search page's words when nothing was found (app/(review)/w/[workspaceSlug]/search/page.tsx).
const hasHits = (reply: TimedReply) => (reply.body.includes("Try other words") ? "no results" : undefined);

/** Measures every row at one size, in table order. */
export async function measureSize(context: SizeContext): Promise<Map<string, Measurement>> {
  const { workspace, server } = context;
  const w = `/w/${workspace.slug}`;
  const api = `/api/v1/workspaces/${workspace.slug}`;
  const results = new Map<string, Measurement>();
  const measure = async (
    key: string,
    request: TimedRequest,
    options: { sampleRss?: boolean; check?: (reply: TimedReply) => string | undefined } = {},
  ) => {
    console.log(`  ${key}`);
    const run = () => measureRequest(server, context.client, request, { repeat: context.repeat, ...options });
    results.set(key, await guarded(run));
  };

  await measure("search-api", { path: `${api}/search?q=Korea`, accept: json }, { check: hasResults });
  await measure("search-page", { path: `${w}/search?q=${RARE_NAME}` }, { check: hasHits });
  await measure("articles", { path: w });
  await measure("queue", { path: `${w}/queue` });
  await measure("dashboard", { path: `${w}/dashboard` });
  await measure("report-page", { path: `${w}/reports` }, { sampleRss: true });
  const restarted = server.unplannedRestarts.length;
  results.set("rss", {
    times: [await server.rssMb()],
    note: restarted
      ? `RSS read after ${restarted} restart(s) of the server: ${server.unplannedRestarts.join("; ")}`
      : undefined,
  });

  for (const [key, format] of [
    ["report-csv", "csv"],
    ["report-html", "html"],
    ["report-pdf", "pdf"],
  ] as const) {
    await measure(key, { path: `${api}/report?format=${format}` }, { sampleRss: true });
  }
  await measure("annotations", { path: `${api}/annotations`, accept: "application/ld+json" }, { sampleRss: true });
  await measure("claimreview", { path: `${api}/claimreview`, accept: "application/ld+json" }, { sampleRss: true });

  console.log("  claim-during-export");
  results.set("claim-during-export", await guarded(() => measureClaimDuringExport(context)));
  console.log("  related passages (a fresh server for each first request)");
  const related = await measureRelatedPassages(context).catch((error: unknown) => {
    const failed = { times: [], failure: describeError(error) };
    return { cold: failed, warm: failed } satisfies RelatedMeasurements;
  });
  results.set("related-cold", related.cold);
  results.set("related-warm", related.warm);
  return results;
}

const describeError = (error: unknown) => `error: ${String((error as Error)?.message ?? error).split("\n")[0]}`;

/** One row's measurement; an error (a bug here, a lost database connection) becomes the row's failure. */
async function guarded(run: () => Promise<Measurement>): Promise<Measurement> {
  try {
    return await run();
  } catch (error) {
    console.error(error);
    return { times: [], failure: describeError(error) };
  }
}
