import "server-only";
// A background report as the desk sees it: its progress, then its file. Any member of its
// workspace (the report is theirs to download anyway); nobody else learns that it exists.
import type { Viewer } from "@/lib/auth/types";
import { requireKey } from "@/lib/access/access";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { FileReply } from "@/lib/http/file-reply";
import { reportJobSelect, toReportJobDto, type ReportJobDto } from "@/lib/report-jobs/dto";
import { REPORT_CONTENT_TYPES, type ReportFormat } from "@/lib/reports/filters";

/** A job of one of the viewer's workspaces. */
async function findJob(viewer: Viewer, jobId: string) {
  requireKey(jobId, "Report");
  const job = await db.reportJob.findFirst({
    where: { id: jobId, workspace: { memberships: { some: { userId: viewer.userId } } } },
    select: reportJobSelect,
  });
  if (!job) throw notFound("Report");
  return job;
}

/** The job's progress. Throws NOT_FOUND. */
export async function getReportJob(viewer: Viewer, jobId: string): Promise<ReportJobDto> {
  return toReportJobDto(await findJob(viewer, jobId));
}

/** The finished file, read from the database a piece at a time as it is sent. Throws NOT_FOUND, CONFLICT (not done). */
export async function readReportJobFile(viewer: Viewer, jobId: string): Promise<FileReply> {
  const job = await findJob(viewer, jobId);
  if (job.status !== "done") {
    throw new AppError("CONFLICT", `The report is not ready yet: it is ${job.status}`);
  }
  return {
    body: readPieces(job.id),
    contentType: REPORT_CONTENT_TYPES[job.format as ReportFormat],
    fileName: job.fileName ?? `report.${job.format}`,
  };
}

async function* readPieces(jobId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const piece = await db.reportJobChunk.findUnique({ where: { jobId_seq: { jobId, seq } }, select: { data: true } });
    if (!piece) return;
    yield piece.data;
  }
}
