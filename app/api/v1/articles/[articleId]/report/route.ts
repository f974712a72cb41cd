import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { downloadReport } from "@/lib/exports/downloads";

export const GET = serve(operations.articleReport, ({ viewer, params, query, origin }) =>
  downloadReport(viewer, params, query, origin),
);
