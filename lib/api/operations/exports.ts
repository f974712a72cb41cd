// Reports and exchange formats out (HTML, PDF, Markdown, CSV, W3C annotations, ClaimReview), and
// W3C annotations in.
import { defineOperations } from "@/lib/api/operation";
import { importReplySchema } from "@/lib/annotations/dto";
import { ANNOTATION_CONTENT_TYPE } from "@/lib/annotations/w3c-annotation";
import { reportJobReplySchema } from "@/lib/report-jobs/dto";
import { requestReportJobSchema } from "@/lib/report-jobs/schema";
import { REPORT_CONTENT_TYPES, reportQuerySchema } from "@/lib/reports/filters";

const A = "/api/v1/articles/{articleId}";
const W = "/api/v1/workspaces/{workspaceSlug}";
// The import reads its body as it arrives (lib/annotations/w3c-read.ts), so memory does not bound
// it: this is what a desk's whole workspace exports to. 5,000 articles of ~30 claims (the archive
// of issue 14) make ~150,000 annotations at ~1.5 KB each: ~250 MB. Past this, a runaway upload.
const MAX_ANNOTATION_IMPORT_BYTES = 512 * 1024 * 1024;

const report = { kind: "file", contentTypes: Object.values(REPORT_CONTENT_TYPES) } as const;
const annotations = { kind: "file", contentTypes: [ANNOTATION_CONTENT_TYPE] } as const;
const claimReviews = { kind: "file", contentTypes: ["application/ld+json"] } as const;

export const exportOperations = defineOperations({
  articleReport: {
    method: "GET",
    path: `${A}/report`,
    tag: "Exports",
    summary: "The article's report as HTML, PDF, Markdown or CSV",
    access: "member",
    query: reportQuerySchema,
    rateLimit: "export",
    reply: report,
  },
  articleAnnotations: {
    method: "GET",
    path: `${A}/annotations`,
    tag: "Exports",
    summary: "The article's claims as W3C Web Annotations (JSON-LD)",
    access: "member",
    rateLimit: "export",
    reply: annotations,
  },
  articleClaimReviews: {
    method: "GET",
    path: `${A}/claimreview`,
    tag: "Exports",
    summary: "schema.org ClaimReview for every judged claim",
    access: "member",
    rateLimit: "export",
    reply: claimReviews,
  },
  workspaceReport: {
    method: "GET",
    path: `${W}/report`,
    tag: "Exports",
    summary: "Every article's report as one file",
    access: "member",
    query: reportQuerySchema,
    rateLimit: "export",
    reply: report,
  },
  requestReportJob: {
    method: "POST",
    path: `${W}/report-jobs`,
    tag: "Exports",
    summary: "Have the workspace's report laid out as a PDF in the background; poll the job, then download it",
    access: "member",
    body: requestReportJobSchema,
    rateLimit: "export",
    examples: { everything: { format: "pdf" }, contradicted: { format: "pdf", filters: { verdict: "contradicted" } } },
    reply: { kind: "json", status: 201, schema: reportJobReplySchema },
  },
  getReportJob: {
    method: "GET",
    path: "/api/v1/report-jobs/{jobId}",
    tag: "Exports",
    summary: "How far a background report of one of your workspaces has gone",
    access: "member",
    reply: { kind: "json", status: 200, schema: reportJobReplySchema },
  },
  downloadReportJob: {
    method: "GET",
    path: "/api/v1/report-jobs/{jobId}/file",
    tag: "Exports",
    summary: "The finished background report's file",
    access: "member",
    reply: { kind: "file", contentTypes: [REPORT_CONTENT_TYPES.pdf] },
    errors: { 409: "The report is not ready yet" },
  },
  workspaceAnnotations: {
    method: "GET",
    path: `${W}/annotations`,
    tag: "Exports",
    summary: "Every claim of the workspace as W3C Web Annotations",
    access: "member",
    rateLimit: "export",
    reply: annotations,
  },
  workspaceClaimReviews: {
    method: "GET",
    path: `${W}/claimreview`,
    tag: "Exports",
    summary: "schema.org ClaimReview for every judged claim of the workspace",
    access: "member",
    rateLimit: "export",
    reply: claimReviews,
  },
  importAnnotations: {
    method: "POST",
    path: `${W}/annotations/import`,
    tag: "Exports",
    summary: "Import a W3C Web Annotation collection, all or nothing (editors)",
    access: "editor",
    rawBody: { contentType: "application/ld+json" },
    maxBodyBytes: MAX_ANNOTATION_IMPORT_BYTES,
    rateLimit: "import",
    examples: {
      oneClaim: {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        type: "AnnotationCollection",
        total: 1,
        first: {
          type: "AnnotationPage",
          items: [
            {
              "@context": "http://www.w3.org/ns/anno.jsonld",
              id: "urn:factmark:claim:example-1",
              type: "Annotation",
              target: {
                source: "urn:factmark:article:who-is-friends-with-north-korea",
                selector: [
                  { type: "TextQuoteSelector", exact: "joint military parade", prefix: "", suffix: "" },
                  { type: "TextPositionSelector", start: 31, end: 52 },
                ],
              },
              body: [{ type: "TextualBody", purpose: "assessing", value: "unreviewed" }],
            },
          ],
        },
      },
    },
    reply: { kind: "json", status: 201, schema: importReplySchema },
    errors: { 422: "`error.rejected` lists each refused annotation and why" },
  },
});
