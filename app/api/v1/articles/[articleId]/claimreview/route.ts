import { toClaimReviews } from "@/lib/exports/claim-review";
import { reportFileName } from "@/lib/exports/format";
import { fileResponse, exportRoute } from "@/lib/exports/http";
import { getArticleReport } from "@/lib/reports/queries";

/** GET: schema.org ClaimReview JSON-LD for every judged claim of the article. Any member. */
export const GET = exportRoute<{ articleId: string }, null>(
  () => null,
  async ({ viewer, params, origin }) => {
    const model = await getArticleReport(viewer, params.articleId, {}, { baseUrl: origin });
    const body = JSON.stringify(toClaimReviews(model), null, 2);
    return fileResponse(body, "application/ld+json", reportFileName(model, "claimreview.jsonld"));
  },
  { rateLimit: "export" },
);
