import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { getReportJob } from "@/lib/report-jobs/queries";

export const GET = serve(operations.getReportJob, async ({ viewer, params }) => ({
  job: await getReportJob(viewer, params.jobId),
}));
