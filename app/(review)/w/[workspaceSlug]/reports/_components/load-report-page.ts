import "server-only";
// What both report pages do before rendering: read the filters from the URL (a bad value is
// shown, not thrown, and the report is shown unfiltered) and work out the origin for absolute links.
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { parseReportFilters, readQuery, type ReportFilters } from "@/lib/reports/filters";

export async function readReportFilters(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<{ filters: ReportFilters; filterError: string | null }> {
  const raw = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    if (typeof value === "string") raw.set(key, value);
  }
  try {
    return { filters: parseReportFilters(readQuery(raw)), filterError: null };
  } catch (error) {
    if (error instanceof AppError) return { filters: {}, filterError: error.message };
    throw error;
  }
}

/** The origin the browser used, for the report's absolute links (ClaimReview urls). */
export async function getRequestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const protocol = list.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${protocol.split(",")[0]!.trim()}://${host.split(",")[0]!.trim()}`;
}
