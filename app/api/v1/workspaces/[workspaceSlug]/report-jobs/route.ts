import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { requestReportJob } from "@/lib/report-jobs/mutations";

export const POST = serve(operations.requestReportJob, async ({ viewer, params, body, origin }) => ({
  job: await requestReportJob(viewer, params.workspaceSlug, body, origin),
}));
