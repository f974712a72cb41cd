import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { readReportJobFile } from "@/lib/report-jobs/queries";

export const GET = serve(operations.downloadReportJob, ({ viewer, params }) => readReportJobFile(viewer, params.jobId));
