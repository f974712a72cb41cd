// Test data for the report and interchange tests: a fresh workspace with a fixed set of claims on
// both seed articles (nested, cross-verdict, with and without evidence, one with markup in it),
// made through the same lib functions the API calls. Plus the normalisation that makes goldens
// stable: ids, dates and the workspace's random suffix replaced by fixed values.
import { writeAnnotationCollection, type AnnotationCollection } from "@/lib/annotations/w3c-annotation";
import type { Viewer } from "@/lib/auth/types";
import { writeClaimReviews, type ClaimReview } from "@/lib/exports/claim-review";
import { addEvidenceSchema } from "@/lib/evidence/schema";
import { addEvidence } from "@/lib/evidence/mutations";
import { createClaim } from "@/lib/claims/mutations";
import type { ReportFilters } from "@/lib/reports/filters";
import type { ReportModel } from "@/lib/reports/model";
import { collectReport, openWorkspaceReport, type ReportOptions } from "@/lib/reports/queries";
import { writeReportText } from "@/lib/reports/report-writer";
import { setVerdict } from "@/lib/verdicts/mutations";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";

export const PARADE = "In 2017, the two countries held their first joint military parade";
export const FIXED_NOW = new Date("2026-03-02T09:30:00.000Z");
export const BASE_URL = "https://factmark.example";

export async function createReportDesk() {
  const ws = await createTestWorkspace();
  const mark = async (articleId: string, exact: string, by = ws.reviewer) =>
    (await createClaim(by, articleId, await selectionOf(articleId, exact))).id;
  const evidence = (claimId: string, input: Record<string, string>, by = ws.reviewer) =>
    addEvidence(by, claimId, addEvidenceSchema.parse(input));

  const parade = await mark(ws.whoIsFriends, PARADE);
  await setVerdict(ws.reviewer, parade, { verdict: "disputed", rationale: "Only state media reports it." });
  await setVerdict(ws.editor, parade, {
    verdict: "contradicted",
    rationale: "No joint parade took place in 2017;\nChina sent a delegation to the 2018 parade.",
  });
  await evidence(parade, {
    url: "https://www.reuters.com/article/us-northkorea-anniversary-parade",
    title: "North Korea stages military parade",
    excerpt: "Chinese leader Xi Jinping's envoy attended the parade.",
    stance: "refutes",
  });
  await evidence(parade, { stance: "context", note: "Asked the desk's Seoul stringer; no record either." }, ws.editor);

  // Nested inside the parade claim, and left unreviewed.
  await mark(ws.whoIsFriends, "first joint military parade", ws.secondReviewer);

  const tehran = await mark(ws.whoIsFriends, "Kim Jong-un visited Tehran in 2018");
  await setVerdict(ws.secondReviewer, tehran, { verdict: "verified" });
  await evidence(tehran, {
    url: "https://example.org/news/kim-tehran?ref=a&b=<c>",
    title: "Kim's visit <b>to</b> Tehran & back",
    excerpt: "<script>alert('x')</script> *not markdown*",
    stance: "supports",
    note: "=cmd|' /C calc'!A0",
  });

  const vietnam = await mark(ws.whoIsFriends, "Vietnam is another unlikely friend of North Korea");
  await setVerdict(ws.reviewer, vietnam, { verdict: "disputed", rationale: "Depends on what “friend” means." });

  const relations = await mark(ws.friendsAndComrades, "diplomatic relations with 162 countries");
  await setVerdict(ws.reviewer, relations, { verdict: "verified", rationale: "UN and DPRK figures agree." });
  await evidence(relations, {
    url: "https://www.un.org/en/about-us/member-states",
    title: "UN member states",
    excerpt: "193 Member States",
    stance: "context",
  });
  return ws;
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;
const CUID = /\bc[a-z0-9]{24}\b/g;

/** The model with ids numbered by first appearance, every date fixed, and the test run's suffix removed. */
export function normaliseModel(model: ReportModel, suffix: string): ReportModel {
  const ids = new Map<string, string>();
  const json = JSON.stringify(model)
    .replaceAll(suffix, "0000")
    .replace(ISO_DATE, FIXED_NOW.toISOString())
    .replace(CUID, (id) => {
      if (!ids.has(id)) ids.set(id, `id${String(ids.size + 1).padStart(23, "0")}`);
      return ids.get(id)!;
    });
  return JSON.parse(json) as ReportModel;
}

/** A whole workspace's report gathered in memory: fine for a test desk of two articles. */
export const getWorkspaceReport = async (
  viewer: Viewer,
  slug: string,
  filters: ReportFilters,
  options: ReportOptions,
) => collectReport(await openWorkspaceReport(viewer, slug, filters, options));

/** The W3C export of a report in memory, parsed back. */
export const annotationsOf = (model: ReportModel) =>
  JSON.parse(writeReportText(writeAnnotationCollection, model)) as AnnotationCollection;

/** The ClaimReview export of a report in memory, parsed back. */
export const claimReviewsOf = (model: ReportModel) =>
  JSON.parse(writeReportText(writeClaimReviews, model)) as ClaimReview[];

/** A request body of JSON, as importAnnotations reads it (the bytes, in parts). */
export const jsonBody = (value: unknown) => [JSON.stringify(value)];
