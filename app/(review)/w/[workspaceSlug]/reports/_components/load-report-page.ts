import "server-only";
// What both report pages do before rendering: read the filters from the URL (a bad value is
// shown, not thrown, and the report is shown unfiltered) and work out the origin for absolute links.
import { headers } from "next/headers";
import { reportFiltersSchema, type ReportFilters } from "@/lib/reports/filters";
import { readFiltersForPage } from "@/lib/http/query";

export async function readReportFilters(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<{ filters: ReportFilters; filterError: string | null }> {
  const { query, error } = readFiltersForPage(reportFiltersSchema, await searchParams, {});
  return { filters: query, filterError: error };
}

/** The origin the browser used, for the report's absolute links (ClaimReview urls). */
export async function getRequestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const protocol = list.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${protocol.split(",")[0]!.trim()}://${host.split(",")[0]!.trim()}`;
}
