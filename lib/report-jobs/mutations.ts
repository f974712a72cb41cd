import "server-only";
// Reports made in the background (a whole workspace's PDF): asking for one, and working it. The
// report is read a batch of articles at a time, laid out in a thread of its own, and the file
// written to PostgreSQL in pieces of a quarter megabyte, with the count of articles done kept up
// to date for the person waiting. Never in a request: a request only asks and looks.
import type { Viewer } from "@/lib/auth/types";
import { getWorkspaceForViewer } from "@/lib/access/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reportFileName } from "@/lib/exports/format";
import { enqueue, type JobQueue } from "@/lib/jobs/queue";
import { reportJobSelect, toReportJobDto, type ReportJobDto } from "@/lib/report-jobs/dto";
import { layOutPdf } from "@/lib/report-jobs/pdf-thread-client";
import type { RequestReportJobInput } from "@/lib/report-jobs/schema";
import { reportFiltersSchema } from "@/lib/reports/filters";
import { openWorkspaceReport } from "@/lib/reports/queries";

/** Finished reports a person keeps per workspace; older ones are deleted when they ask for another. */
const KEPT_PER_PERSON = 5;

/** The longest a workspace's PDF may take to lay out: 5,000 articles take minutes, not this. */
export const REPORT_JOB_TIMEOUT_MS = 30 * 60_000;
/** Pieces of the file as stored: few rows, each small enough to read in one go. */
const PIECE_BYTES = 256 * 1024;

export const reportJobQueue: JobQueue<{ jobId: string }> = {
  name: "report-pdf",
  expireInSeconds: REPORT_JOB_TIMEOUT_MS / 1000 + 60,
  retryLimit: 1,
  work: ({ jobId }) => runReportJob(jobId),
};

/**
 * Asks for the workspace's report in `input.format`, laid out in the background. The same report
 * (same filters) already queued or being laid out for this person is answered instead of a second
 * one. Any member. Throws NOT_FOUND.
 */
export async function requestReportJob(
  viewer: Viewer,
  workspaceSlug: string,
  input: RequestReportJobInput,
  baseUrl: string,
): Promise<ReportJobDto> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const mine = { workspaceId: workspace.id, requestedById: viewer.userId };
  const pending = await db.reportJob.findMany({
    where: { ...mine, format: input.format, status: { in: ["queued", "running"] } },
    select: { ...reportJobSelect, filters: true },
  });
  const same = pending.find((job) => JSON.stringify(job.filters) === JSON.stringify(input.filters));
  if (same) return toReportJobDto(same);
  const job = await db.$transaction(async (tx) => {
    const old = await tx.reportJob.findMany({
      where: { ...mine, status: { in: ["done", "failed"] } },
      orderBy: { createdAt: "desc" },
      skip: KEPT_PER_PERSON - 1,
      select: { id: true },
    });
    await tx.reportJob.deleteMany({ where: { id: { in: old.map((row) => row.id) } } });
    return tx.reportJob.create({
      data: { ...mine, format: input.format, filters: input.filters, baseUrl: baseUrl.replace(/\/+$/, "") },
      select: reportJobSelect,
    });
  });
  try {
    await enqueue(reportJobQueue, { jobId: job.id });
  } catch (error) {
    await db.reportJob.update({
      where: { id: job.id },
      data: { status: "failed", error: "The report could not be queued; try again", finishedAt: new Date() },
    });
    throw error;
  }
  return toReportJobDto(job);
}

/**
 * Lays the job's report out and stores the file; records a failure on the job in words. Run
 * again (a retry), it starts over. A job of someone who is no longer a member fails.
 */
export async function runReportJob(jobId: string): Promise<void> {
  const job = await db.reportJob.findUnique({
    where: { id: jobId },
    include: { workspace: { select: { slug: true } }, requestedBy: { select: { id: true, name: true, email: true } } },
  });
  if (!job || job.status === "done") return;
  await db.$transaction([
    db.reportJobChunk.deleteMany({ where: { jobId } }),
    db.reportJob.update({
      where: { id: jobId },
      data: { status: "running", startedAt: new Date(), articlesDone: 0, error: null },
    }),
  ]);
  try {
    const viewer = { userId: job.requestedBy.id, name: job.requestedBy.name, email: job.requestedBy.email };
    const filters = reportFiltersSchema.parse(job.filters);
    const report = await openWorkspaceReport(viewer, job.workspace.slug, filters, { baseUrl: job.baseUrl });
    await db.reportJob.update({ where: { id: jobId }, data: { articlesTotal: report.header.articleCount } });
    const file = pieceWriter(jobId);
    await layOutPdf(
      report,
      {
        write: file.write,
        progress: (articlesDone) => db.reportJob.update({ where: { id: jobId }, data: { articlesDone } }).then(() => {}),
      },
      REPORT_JOB_TIMEOUT_MS,
    );
    const byteSize = await file.close();
    await db.reportJob.update({
      where: { id: jobId },
      data: { status: "done", finishedAt: new Date(), byteSize, fileName: reportFileName(report.header, job.format) },
    });
  } catch (error) {
    const message =
      error instanceof AppError && error.code === "NOT_FOUND"
        ? "You are no longer a member of this workspace"
        : `The report could not be made: ${(error as Error).message}`;
    await db.$transaction([
      db.reportJobChunk.deleteMany({ where: { jobId } }),
      db.reportJob.update({ where: { id: jobId }, data: { status: "failed", error: message, finishedAt: new Date() } }),
    ]);
  }
}

/** Collects the file's bytes into pieces of PIECE_BYTES and stores each as it fills. */
function pieceWriter(jobId: string) {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let seq = 0;
  let total = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const data = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    await db.reportJobChunk.create({ data: { jobId, seq: seq++, data } });
    total += data.byteLength;
  };
  return {
    async write(bytes: Uint8Array) {
      pending.push(bytes);
      pendingBytes += bytes.byteLength;
      if (pendingBytes >= PIECE_BYTES) await flush();
    },
    async close() {
      await flush();
      return total;
    },
  };
}
