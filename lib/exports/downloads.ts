import "server-only";
// The files an article or a whole workspace can be downloaded as: the report (HTML, PDF,
// Markdown, CSV), its claims as W3C Web Annotations, and ClaimReview JSON-LD. Any member. Access
// and the summary are settled before the reply starts (so a refusal is a proper error status);
// then every format but the PDF is written to the response an article at a time.

import type { Viewer } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { writeClaimReviews } from "@/lib/exports/claim-review";
import { reportFileName } from "@/lib/exports/format";
import { renderReport } from "@/lib/exports/render";
import { ANNOTATION_CONTENT_TYPE, writeAnnotationCollection } from "@/lib/annotations/w3c-annotation";
import type { FileReply } from "@/lib/http/file-reply";
import type { ReportFilters, ReportQuery } from "@/lib/reports/filters";
import { openArticleReport, openWorkspaceReport } from "@/lib/reports/queries";
import { writeReport, type WriterFactory } from "@/lib/reports/report-writer";

/** One article, or every article of a workspace. */
export type ReportScope = { articleId: string } | { workspaceSlug: string };

const openReport = (viewer: Viewer, scope: ReportScope, filters: ReportFilters, baseUrl: string) =>
  "articleId" in scope
    ? openArticleReport(viewer, scope.articleId, filters, { baseUrl })
    : openWorkspaceReport(viewer, scope.workspaceSlug, filters, { baseUrl });

async function streamJsonLd(
  viewer: Viewer,
  scope: ReportScope,
  baseUrl: string,
  write: WriterFactory,
  contentType: string,
  name: string,
): Promise<FileReply> {
  const report = await openReport(viewer, scope, {}, baseUrl);
  return { body: writeReport(write, report), contentType, fileName: reportFileName(report.header, name) };
}

/**
 * The report, filtered, in the format asked for. Links in it point at `baseUrl`. A workspace's
 * PDF is never laid out in a request (minutes of CPU for a large desk): it is refused, pointing
 * at the background job (lib/report-jobs). Throws INVALID_INPUT (format).
 */
export async function downloadReport(viewer: Viewer, scope: ReportScope, query: ReportQuery, baseUrl: string) {
  const { format, ...filters } = query;
  const report = await openReport(viewer, scope, filters, baseUrl);
  if (format === "pdf" && "workspaceSlug" in scope) {
    throw new AppError(
      "INVALID_INPUT",
      "format: a workspace's PDF is made in the background: ask for it with the report page's PDF button " +
        `(or POST /api/v1/workspaces/${scope.workspaceSlug}/report-jobs), then download it when it is ready`,
      "format",
    );
  }
  return renderReport(report, format);
}

/** Every claim as a W3C Web Annotation collection (JSON-LD). */
export const downloadAnnotations = (viewer: Viewer, scope: ReportScope, baseUrl: string) =>
  streamJsonLd(viewer, scope, baseUrl, writeAnnotationCollection, ANNOTATION_CONTENT_TYPE, "annotations.jsonld");

/** schema.org ClaimReview for every judged claim. */
export const downloadClaimReviews = (viewer: Viewer, scope: ReportScope, baseUrl: string) =>
  streamJsonLd(viewer, scope, baseUrl, writeClaimReviews, "application/ld+json", "claimreview.jsonld");
