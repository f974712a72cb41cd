import { fileResponse, exportRoute } from "@/lib/exports/http";
import { renderReport } from "@/lib/exports/render";
import { parseReportQuery } from "@/lib/reports/filters";
import { getArticleReport } from "@/lib/reports/queries";

/** GET ?format=html|pdf|md|csv&verdict=&reviewer=&from=&to=: the article's report as a file. Any member. */
export const GET = exportRoute<{ articleId: string }, ReturnType<typeof parseReportQuery>>(
  (request) => parseReportQuery(new URL(request.url).searchParams),
  async ({ viewer, params, query: { format, ...filters }, origin }) => {
    const model = await getArticleReport(viewer, params.articleId, filters, { baseUrl: origin });
    const { body, contentType, fileName } = await renderReport(model, format);
    return fileResponse(body, contentType, fileName);
  },
  { rateLimit: "export" },
);
