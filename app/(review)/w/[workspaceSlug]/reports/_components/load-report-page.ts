import "server-only";
// What both report pages do before rendering: read the filters and the page's position from the
// URL (a bad value is shown, not thrown, and the report is shown unfiltered or from the start) and
// work out the origin for absolute links.
import { headers } from "next/headers";
import { articlePageQuerySchema, type ArticleListQuery } from "@/lib/articles/schema";
import { readFiltersForPage, readQuery } from "@/lib/http/query";
import { requestOrigin } from "@/lib/http/request-origin";
import { reportFiltersSchema, type ReportFilters } from "@/lib/reports/filters";

/** Articles on one page of the workspace report: each comes with its text and every claim. */
export const REPORT_ARTICLES_PER_PAGE = 10;

const reportPageSchema = articlePageQuerySchema(REPORT_ARTICLES_PER_PAGE);

export async function readReportFilters(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<{
  filters: ReportFilters;
  filterError: string | null;
  page: ArticleListQuery;
}> {
  // The position (?cursor= or ?before=) is the pager's; everything else is a filter.
  const { cursor, before, ...rest } = readQuery(await searchParams);
  const firstPage: ArticleListQuery = { limit: REPORT_ARTICLES_PER_PAGE, after: null, before: null };
  const position = readFiltersForPage(reportPageSchema, { cursor, before }, firstPage);
  const { query, error } = readFiltersForPage(reportFiltersSchema, rest, {});
  return { filters: query, filterError: error ?? position.error, page: position.query };
}

/** The origin the browser used, for the report's absolute links (ClaimReview urls). */
export async function getRequestOrigin(): Promise<string> {
  // Pages have no request URL: Next.js's own is http://localhost, which requestOrigin replaces.
  return requestOrigin(await headers(), "http://localhost");
}
