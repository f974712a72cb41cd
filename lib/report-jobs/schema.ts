// Asking for a report to be laid out in the background.
import { z } from "zod";
import { reportFiltersSchema } from "@/lib/reports/filters";

/** Formats made in the background: a whole workspace's PDF (the others stream as they are read). */
export const JOB_FORMATS = ["pdf"] as const;

export const requestReportJobSchema = z.strictObject({
  format: z.enum(JOB_FORMATS),
  filters: reportFiltersSchema.default({}),
});
export type RequestReportJobInput = z.infer<typeof requestReportJobSchema>;
