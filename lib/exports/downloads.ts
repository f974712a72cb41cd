import "server-only";
// The files an article or a whole workspace can be downloaded as: the report (HTML, PDF,
// Markdown, CSV), its claims as W3C Web Annotations, and ClaimReview JSON-LD. Any member.

import type { Viewer } from "@/lib/auth/types";
import { toClaimReviews } from "@/lib/exports/claim-review";
import { reportFileName } from "@/lib/exports/format";
import { renderReport } from "@/lib/exports/render";
import { ANNOTATION_CONTENT_TYPE, toAnnotationCollection } from "@/lib/annotations/w3c-annotation";
import type { FileReply } from "@/lib/http/file-reply";
import type { ReportQuery } from "@/lib/reports/filters";
import type { ReportModel } from "@/lib/reports/model";
import { getArticleReport, getWorkspaceReport } from "@/lib/reports/queries";

/** One article, or every article of a workspace. */
export type ReportScope = { articleId: string } | { workspaceSlug: string };

const loadModel = (viewer: Viewer, scope: ReportScope, filters: Omit<ReportQuery, "format">, baseUrl: string) =>
  "articleId" in scope
    ? getArticleReport(viewer, scope.articleId, filters, { baseUrl })
    : getWorkspaceReport(viewer, scope.workspaceSlug, filters, { baseUrl });

const jsonLd = (model: ReportModel, document: unknown, contentType: string, name: string): FileReply => ({
  body: JSON.stringify(document, null, 2),
  contentType,
  fileName: reportFileName(model, name),
});

/** The report, filtered, in the format asked for. Links in it point at `baseUrl`. */
export async function downloadReport(viewer: Viewer, scope: ReportScope, query: ReportQuery, baseUrl: string) {
  const { format, ...filters } = query;
  return renderReport(await loadModel(viewer, scope, filters, baseUrl), format);
}

/** Every claim as a W3C Web Annotation collection (JSON-LD). */
export async function downloadAnnotations(viewer: Viewer, scope: ReportScope, baseUrl: string) {
  const model = await loadModel(viewer, scope, {}, baseUrl);
  return jsonLd(model, toAnnotationCollection(model), ANNOTATION_CONTENT_TYPE, "annotations.jsonld");
}

/** schema.org ClaimReview for every judged claim. */
export async function downloadClaimReviews(viewer: Viewer, scope: ReportScope, baseUrl: string) {
  const model = await loadModel(viewer, scope, {}, baseUrl);
  return jsonLd(model, toClaimReviews(model), "application/ld+json", "claimreview.jsonld");
}
