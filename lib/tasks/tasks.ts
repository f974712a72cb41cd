/**
 * The worker threads' entry: CPU-heavy work on untrusted input, by task name, each a pure lib
 * function. Bundled with esbuild into generated/workers/tasks.mjs (scripts/lib/build-workers.ts),
 * so the same file runs under `next start`, `next dev` and Vitest. Inputs and results cross the
 * thread boundary by structured clone: plain objects, arrays, Maps, Dates.
 *
 * Nothing here may import the database or "server-only".
 */
import type { ArticleDocument } from "@/lib/articles/document";
import type { ImportContent } from "@/lib/articles/import/parse-import";
import { AppError } from "@/lib/errors";
import type { TaskReply } from "@/lib/workers/pool";
import type { ImportArticle } from "@/lib/annotations/w3c-import";
import type { ReportModel } from "@/lib/reports/model";

// Each task loads its modules on first use (esbuild splits them into chunks): a thread started
// to replace a stopped one is ready at once, and compromise or pdfkit load only when needed.
export const tasks = {
  parseImportedArticle: async (input: ImportContent) =>
    (await import("@/lib/articles/import/parse-import")).parseImportedArticle(input),
  planW3cImport: async (input: {
    items: unknown[];
    articles: ImportArticle[];
    claimedSpans: string[];
    /** Spans planned by earlier batches in these articles, with their annotation's position. */
    priorSpans: [string, number][];
    startIndex: number;
  }) => {
    const { planImport } = await import("@/lib/annotations/w3c-import");
    const seen = new Map(input.priorSpans);
    const articles = new Map(input.articles.map((a) => [a.slug, a]));
    const plan = planImport(input.items, articles, new Set(input.claimedSpans), seen, input.startIndex);
    // Only what this batch added goes back: the caller keeps the rest.
    return { ...plan, spans: [...seen].slice(input.priorSpans.length) };
  },
  suggestClaims: async (input: { text: string }) =>
    (await import("@/lib/suggestions/suggest-claims")).suggestClaims(input.text),
  indexArticle: async (input: { articleId: string; text: string }) =>
    (await import("@/lib/passages/related")).indexArticle(input.articleId, input.text),
  diffDocuments: async (input: { from: ArticleDocument; to: ArticleDocument }) =>
    (await import("@/lib/articles/diff")).diffDocuments(input.from, input.to),
  renderPdf: async (input: { model: ReportModel }) =>
    new Uint8Array(await (await import("@/lib/exports/render-pdf")).renderPdf(input.model)),
  /** For the pool's own tests: spins for `ms` (or for ever), then answers. */
  burnCpu: async (input: { ms: number }) => (await import("@/lib/tasks/test-tasks")).burnCpu(input),
};

export type Tasks = typeof tasks;

// The pool (lib/workers/pool.ts) knows the tasks by this registry, not by importing this file:
// the domains that run tasks import the pool, and this file imports their code.
declare module "@/lib/workers/pool" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the registry is exactly Tasks
  interface TaskRegistry extends Tasks {}
}

/** What piscina calls in the worker thread. */
export default async function runTask({
  name,
  input,
}: {
  name: keyof Tasks;
  input: unknown;
}): Promise<TaskReply<unknown>> {
  const task = tasks[name] as ((input: unknown) => unknown) | undefined;
  if (!task) throw new Error(`Unknown worker task "${String(name)}"`);
  try {
    return { ok: true, value: await task(input) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
  }
}
