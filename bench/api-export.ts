// Workspace exports through the HTTP API at two sizes (100 and 1,000 articles, ~30 claims each,
// seeded by SQL: bench/seed-export-desks.ts): the time to the last byte of the HTML report, the
// CSV and the W3C annotations, and next-server's peak RSS while they stream. Exports are written
// an article at a time, so time should grow with what is exported (10× the articles: ~10×) and
// memory not at all. The client counts the bytes and keeps none.
import http from "node:http";
import pg from "pg";
import { readRssMb } from "./app-server";
import { cookieHeader, type BenchContext, type BenchOutcome, type BenchRow } from "./bench-types";
import { seedExportDesk, type ExportDesk } from "./seed-export-desks";

const SIZES = [100, 1_000] as const;
const EXPORTS = [
  ["HTML report", "report?format=html"],
  ["CSV report", "report?format=csv"],
  ["W3C annotations", "annotations"],
] as const;
const RSS_SAMPLE_MS = 50;

export async function benchExport(context: BenchContext): Promise<BenchOutcome> {
  const client = new pg.Client({ connectionString: context.databaseUrl });
  await client.connect();
  const desks: ExportDesk[] = [];
  try {
    for (const size of SIZES)
      desks.push(await seedExportDesk(client, context.seed.reviewer.id, `export-${size}`, size));
  } finally {
    await client.end();
  }
  const [small, large] = desks as [ExportDesk, ExportDesk];
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const rss = { small: [] as number[], large: [] as number[] };
  for (const [name, path] of EXPORTS) {
    const timed = { small: [] as number[], large: [] as number[] };
    let bytes = { small: 0, large: 0 };
    for (const [key, desk] of [
      ["small", small],
      ["large", large],
    ] as const) {
      await download(context, desk, path); // warm-up
      for (let rep = 0; rep < context.repeat; rep++) {
        const result = await download(context, desk, path);
        timed[key].push(result.ms);
        rss[key].push(result.peakRssMb);
        bytes = { ...bytes, [key]: result.bytes };
      }
    }
    rows.push({
      measure: `workspace ${name} export, ${large.articles.toLocaleString("en")} articles (${large.claims.toLocaleString("en")} claims) vs ${small.articles}`,
      figure: { label: `${large.articles.toLocaleString("en")}`, values: timed.large, unit: "ms" },
      baseline: { label: `${small.articles}`, values: timed.small, unit: "ms" },
      maxRatio: 12,
      target: "linear: ≤ 12× for 10× the articles",
    });
    notes.push(
      `export ${name}: ${mb(bytes.small)} at ${small.articles} articles, ${mb(bytes.large)} at ${large.articles}.`,
    );
  }
  rows.push({
    measure: `next-server peak RSS during those exports, ${large.articles.toLocaleString("en")} articles vs ${small.articles}`,
    figure: { label: `${large.articles.toLocaleString("en")}`, values: rss.large, unit: "MB" },
    baseline: { label: `${small.articles}`, values: rss.small, unit: "MB" },
    maxRatio: 1.5,
    maxValue: 500,
    target: "< 500 MB, flat (≤ 1.5×)",
  });
  notes.push(
    `export: RSS sampled every ${RSS_SAMPLE_MS} ms from /proc while each download streams; one download at a time.`,
  );
  return { rows, notes };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One download: time to its last byte, its size, and the server's peak RSS meanwhile. */
async function download(context: BenchContext, desk: ExportDesk, path: string) {
  let peakRssMb = await readRssMb(context.serverPid);
  const sampler = setInterval(() => {
    void readRssMb(context.serverPid).then((value) => (peakRssMb = Math.max(peakRssMb, value)));
  }, RSS_SAMPLE_MS);
  const started = performance.now();
  try {
    const bytes = await new Promise<number>((resolve, reject) => {
      const url = new URL(`/api/v1/workspaces/${desk.workspaceSlug}/${path}`, context.baseUrl);
      const request = http.get(url, { headers: { cookie: cookieHeader(context.session) } }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`GET ${url.pathname}: ${response.statusCode}`));
        let size = 0;
        response.on("data", (chunk: Buffer) => (size += chunk.length));
        response.on("end", () => resolve(size));
        response.on("error", reject);
      });
      request.on("error", reject);
    });
    return { ms: performance.now() - started, bytes, peakRssMb };
  } finally {
    clearInterval(sampler);
  }
}
