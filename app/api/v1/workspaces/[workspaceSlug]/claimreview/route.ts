import { toClaimReviews } from "@/lib/exports/claim-review";
import { reportFileName } from "@/lib/exports/format";
import { fileResponse, exportRoute } from "@/lib/exports/http";
import { getWorkspaceReport } from "@/lib/reports/queries";

/** GET: schema.org ClaimReview JSON-LD for every judged claim of the workspace. Any member. */
export const GET = exportRoute<{ workspaceSlug: string }, null>(
  () => null,
  async ({ viewer, params, origin }) => {
    const model = await getWorkspaceReport(viewer, params.workspaceSlug, {}, { baseUrl: origin });
    const body = JSON.stringify(toClaimReviews(model), null, 2);
    return fileResponse(body, "application/ld+json", reportFileName(model, "claimreview.jsonld"));
  },
  { rateLimit: "export" },
);
