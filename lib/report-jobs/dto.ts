// What the person who asked for a background report sees of it: how far it has gone, and the file.
import { z } from "zod";

export const reportJobDtoSchema = z.object({
  id: z.string(),
  format: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  articlesDone: z.number().int(),
  articlesTotal: z.number().int().describe("0 until the job has started"),
  error: z.string().nullable().describe("Why it failed, in words"),
  fileName: z.string().nullable(),
  byteSize: z.number().int().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Where the finished file is downloaded; null until it is done. */
  downloadUrl: z.string().nullable(),
});
export type ReportJobDto = z.infer<typeof reportJobDtoSchema>;

export const reportJobReplySchema = z.object({ job: reportJobDtoSchema });

type JobRow = {
  id: string;
  format: string;
  status: ReportJobDto["status"];
  articlesDone: number;
  articlesTotal: number;
  error: string | null;
  fileName: string | null;
  byteSize: number | null;
  createdAt: Date;
  finishedAt: Date | null;
};

export const reportJobSelect = {
  id: true,
  format: true,
  status: true,
  articlesDone: true,
  articlesTotal: true,
  error: true,
  fileName: true,
  byteSize: true,
  createdAt: true,
  finishedAt: true,
} as const;

export const toReportJobDto = (row: JobRow): ReportJobDto => ({
  id: row.id,
  format: row.format,
  status: row.status,
  articlesDone: row.articlesDone,
  articlesTotal: row.articlesTotal,
  error: row.error,
  fileName: row.fileName,
  byteSize: row.byteSize,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  downloadUrl: row.status === "done" ? `/api/v1/report-jobs/${row.id}/file` : null,
});
