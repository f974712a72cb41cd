import { reportFileName } from "@/lib/exports/format";
import { fileResponse, exportRoute } from "@/lib/exports/http";
import { ANNOTATION_CONTENT_TYPE, toAnnotationCollection } from "@/lib/exports/w3c-annotation";
import { getWorkspaceReport } from "@/lib/reports/queries";

/** GET: every claim of the workspace as a W3C Web Annotation collection (JSON-LD). Any member. */
export const GET = exportRoute<{ workspaceSlug: string }, null>(
  () => null,
  async ({ viewer, params, origin }) => {
    const model = await getWorkspaceReport(viewer, params.workspaceSlug, {}, { baseUrl: origin });
    const body = JSON.stringify(toAnnotationCollection(model), null, 2);
    return fileResponse(body, ANNOTATION_CONTENT_TYPE, reportFileName(model, "annotations.jsonld"));
  },
  { rateLimit: "export" },
);
