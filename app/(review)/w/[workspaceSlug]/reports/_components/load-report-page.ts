import "server-only";
// What both report pages do before rendering: read the filters from the URL (a bad value is
// shown, not thrown, and the report is shown unfiltered) and work out the origin for absolute links.
import { headers } from "next/headers";
import { reportFiltersSchema, type ReportFilters } from "@/lib/reports/filters";
import { readFiltersForPage } from "@/lib/http/query";
import { requestOrigin } from "@/lib/http/request-origin";

export async function readReportFilters(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<{ filters: ReportFilters; filterError: string | null }> {
  const { query, error } = readFiltersForPage(reportFiltersSchema, await searchParams, {});
  return { filters: query, filterError: error };
}

/** The origin the browser used, for the report's absolute links (ClaimReview urls). */
export async function getRequestOrigin(): Promise<string> {
  // Pages have no request URL: Next.js's own is http://localhost, which requestOrigin replaces.
  return requestOrigin(await headers(), "http://localhost");
}
