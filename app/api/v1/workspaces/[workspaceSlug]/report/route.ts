import { fileResponse, exportRoute } from "@/lib/exports/http";
import { renderReport } from "@/lib/exports/render";
import { parseReportQuery } from "@/lib/reports/filters";
import { getWorkspaceReport } from "@/lib/reports/queries";

/** GET ?format=html|pdf|md|csv&verdict=&reviewer=&from=&to=: every article's report as one file. Any member. */
export const GET = exportRoute<{ workspaceSlug: string }, ReturnType<typeof parseReportQuery>>(
  (request) => parseReportQuery(new URL(request.url).searchParams),
  async ({ viewer, params, query: { format, ...filters }, origin }) => {
    const model = await getWorkspaceReport(viewer, params.workspaceSlug, filters, { baseUrl: origin });
    const { body, contentType, fileName } = await renderReport(model, format);
    return fileResponse(body, contentType, fileName);
  },
  { rateLimit: "export" },
);
